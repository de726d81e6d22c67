/// A year (`2021`) or a span of years (`2019-2021`), as indicator values are published.
public struct Period: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(year: Int) { self.init(start: year, end: year) }

    public static let years = 1900...2200

    /// Parses `2021`, `2019-2021` or `2019–2021` (en dash); nil when malformed.
    public static func parse(_ text: String) -> Period? {
        let parts = text.trimmingWhitespace.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard (1...2).contains(parts.count), let start = Int(parts[0]), let end = Int(parts.last!),
            parts.allSatisfy({ $0.count == 4 }), years.contains(start), years.contains(end), start <= end
        else { return nil }
        return Period(start: start, end: end)
    }

    public var description: String { start == end ? "\(start)" : "\(start)-\(end)" }

    public static func < (lhs: Period, rhs: Period) -> Bool { (lhs.end, lhs.start) < (rhs.end, rhs.start) }
}
