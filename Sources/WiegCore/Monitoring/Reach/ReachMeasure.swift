import Foundation

/// What is counted for the reach of an aanbod (a service or intervention), per quarter,
/// in aggregate only: never who.
public enum ReachMeasure: String, CaseIterable, Codable, Sendable {
    case contacten
    case nieuweCliënten = "nieuweClienten"
    case verwijzingenIn
    case verwijzingenUit
    case afgerond

    public var dutchLabel: String {
        switch self {
        case .contacten: "Contacten"
        case .nieuweCliënten: "Nieuwe cliënten"
        case .verwijzingenIn: "Verwijzingen naar dit aanbod"
        case .verwijzingenUit: "Verwijzingen naar ander aanbod"
        case .afgerond: "Afgeronde trajecten"
        }
    }

    public var englishName: String {
        switch self {
        case .contacten: "Contacts"
        case .nieuweCliënten: "New clients"
        case .verwijzingenIn: "Referrals in"
        case .verwijzingenUit: "Referrals out"
        case .afgerond: "Completed"
        }
    }

    /// The form field of this measure: `contacten`, `nieuwe_clienten`, `verwijzingen_in`, …
    public var formField: String {
        switch self {
        case .contacten: "contacten"
        case .nieuweCliënten: "nieuwe_clienten"
        case .verwijzingenIn: "verwijzingen_in"
        case .verwijzingenUit: "verwijzingen_uit"
        case .afgerond: "afgerond"
        }
    }
}

/// A calendar quarter: 2025 Q2 is written `2025-K2`.
public struct ReachQuarter: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let quarter: Int

    /// nil unless the quarter is 1…4 and the year 2000…2200.
    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), (2000...2200).contains(year) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// The quarter `date` lies in (in `calendar`, by default Europe/Amsterdam).
    public static func containing(_ date: Date, calendar: Calendar = .dutch) -> ReachQuarter? {
        let parts = calendar.dateComponents([.year, .month], from: date)
        guard let year = parts.year, let month = parts.month else { return nil }
        return ReachQuarter(year: year, quarter: (month - 1) / 3 + 1)
    }

    /// Reads `2025-K2` (or `2025-Q2`, any case).
    public static func parse(_ text: String) -> ReachQuarter? {
        let parts = text.trimmingWhitespace.uppercased().split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].count == 2, ["K", "Q"].contains(parts[1].first!),
            let q = Int(parts[1].dropFirst())
        else { return nil }
        return ReachQuarter(year: year, quarter: q)
    }

    public var description: String { "\(year)-K\(quarter)" }
    /// "2e kwartaal 2025".
    public var dutchLabel: String { "\(quarter)e kwartaal \(year)" }

    public static func < (a: ReachQuarter, b: ReachQuarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }
}
