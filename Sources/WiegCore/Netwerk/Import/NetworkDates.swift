import Foundation

/// Dates in the social-map files: written as dd-mm-jjjj, read as that, d-m-jjjj,
/// dd/mm/jjjj or jjjj-mm-dd; a date is the start of that day in Europe/Amsterdam.
public enum NetworkDates {
    enum Failure: Error, Equatable { case format, nonexistent }

    static func parse(_ text: String, calendar: Calendar = .dutch) -> Result<Date, Failure> {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return .failure(.format) }
        let numbers = parts.map { Int($0)! }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            (year, month, day) = (numbers[0], numbers[1], numbers[2])
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            (year, month, day) = (numbers[2], numbers[1], numbers[0])
        } else {
            return .failure(.format)
        }
        guard year >= 1900 else { return .failure(.format) }
        guard (1...12).contains(month), day >= 1,
            let date = calendar.date(from: DateComponents(year: year, month: month, day: day))
        else { return .failure(.nonexistent) }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return .failure(.nonexistent) }
        return .success(date)
    }

    /// `dd-mm-jjjj`, the way Excel-NL shows a date.
    public static func format(_ date: Date, calendar: Calendar = .dutch) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(two(c.day))-\(two(c.month))-\(c.year ?? 0)"
    }
}

/// The guard against formula injection: a spreadsheet runs a cell that starts with
/// `=`, `+`, `-` or `@` as a formula, so the export puts an apostrophe before it and the
/// import takes that apostrophe away again. Plain numbers such as `-9` stay as they are.
enum SpreadsheetCell {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `value` as it is written to an export cell.
    static func guarded(_ value: String) -> String {
        let body = value.drop { $0 == "'" }
        guard let first = body.first, triggers.contains(first) else { return value }
        if body.count == value.count, isPlainNumber(value) { return value }
        return "'" + value
    }

    /// A cell as read from a file: one apostrophe before a formula character removed.
    static func unguarded(_ cell: String) -> String {
        let body = cell.drop { $0 == "'" }
        guard body.count < cell.count, let first = body.first, triggers.contains(first) else { return cell }
        return String(cell.dropFirst())
    }

    /// `-9`, `+3`, `-1,5`, `2.25`: a sign, digits and at most one decimal separator with digits after it.
    private static func isPlainNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if let sign = rest.first, sign == "-" || sign == "+" { rest = rest.dropFirst() }
        let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
