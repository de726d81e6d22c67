import Foundation

extension Quarter {
    /// The quarter a moment falls in.
    public static func containing(_ date: Date, calendar: Calendar = .dutch) -> Quarter {
        let parts = calendar.dateComponents([.year, .month], from: date)
        return Quarter(year: parts.year ?? 0, quarter: ((parts.month ?? 1) - 1) / 3 + 1)
    }

    /// The quarter after this one (Q4 2024 → Q1 2025).
    public var next: Quarter { quarter == 4 ? Quarter(year: year + 1, quarter: 1) : Quarter(year: year, quarter: quarter + 1) }

    /// The first moment of the quarter: 1 January, 1 April, 1 July or 1 October, 00:00.
    public func start(calendar: Calendar = .dutch) -> Date {
        calendar.date(from: DateComponents(year: year, month: (quarter - 1) * 3 + 1, day: 1)) ?? .distantPast
    }

    /// The first moment after the quarter: the quarter has ended when this is at or before now.
    public func end(calendar: Calendar = .dutch) -> Date { next.start(calendar: calendar) }

    /// The quarters from `first` to `last`, both included (empty when `last` is before `first`).
    public static func range(from first: Quarter, to last: Quarter) -> [Quarter] {
        var quarters: [Quarter] = []
        var quarter = first
        while quarter <= last {
            quarters.append(quarter)
            quarter = quarter.next
        }
        return quarters
    }
}
