/// One page of a longer list. Pages count from 1.
public struct Paged<Item: Sendable>: Sendable {
    public var items: [Item]
    public var number: Int
    public var size: Int
    public var total: Int

    public init(items: [Item], number: Int, size: Int, total: Int) {
        self.items = items
        self.number = number
        self.size = size
        self.total = total
    }

    public var pageCount: Int { max(1, (total + size - 1) / size) }
    public var hasPrevious: Bool { number > 1 }
    public var hasNext: Bool { number < pageCount }

    public func map<T: Sendable>(_ transform: (Item) throws -> T) rethrows -> Paged<T> {
        Paged<T>(items: try items.map(transform), number: number, size: size, total: total)
    }
}

/// Which page to show, clamped to sensible bounds (1…, 1–200 per page).
public struct PageQuery: Sendable, Equatable {
    public var number: Int
    public var size: Int

    public init(number: Int? = nil, size: Int? = nil, defaultSize: Int = 50) {
        self.number = max(1, number ?? 1)
        self.size = min(200, max(1, size ?? defaultSize))
    }

    public var offset: Int { (number - 1) * size }
}
