import Foundation

/// Quarters as people write them: "Q1 2024", "q1-2024", "2024-Q1" or "2024 Q1".
public enum QuarterText {
    /// The years a plan can be about.
    public static let years = 2000...2100

    /// The quarter, or nil when the text is no quarter of 2000–2100.
    public static func parse(_ text: String) -> Quarter? {
        let parts = text.uppercased().split { $0 == " " || $0 == "-" || $0 == "/" }
        guard parts.count == 2 else { return nil }
        let (q, y) = parts[0].hasPrefix("Q") ? (parts[0], parts[1]) : (parts[1], parts[0])
        guard q.count == 2, q.hasPrefix("Q"), let number = Int(q.dropFirst()), (1...4).contains(number),
            y.count == 4, y.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(y), years.contains(year)
        else { return nil }
        return Quarter(year: year, quarter: number)
    }

    /// "Q1 2024, Q3 2024": sorted, as the form shows them.
    public static func format(_ quarters: [Quarter]) -> String {
        quarters.sorted().map(\.label).joined(separator: ", ")
    }
}
