import Foundation

/// How current an entry is: partners are asked to check every six months; after twelve
/// months without a check an entry is stale and flagged in lists and on dashboards.
public enum Freshness: String, Sendable, Codable, CaseIterable {
    case actueel
    case controleren
    case verouderd

    public static let checkAfterMonths = 6
    public static let staleAfterMonths = 12

    /// An entry never verified counts as stale.
    public static func of(lastVerified: Date?, now: Date, calendar: Calendar = .dutch) -> Freshness {
        guard let verified = lastVerified else { return .verouderd }
        guard let check = calendar.date(byAdding: .month, value: checkAfterMonths, to: verified),
              let stale = calendar.date(byAdding: .month, value: staleAfterMonths, to: verified) else { return .verouderd }
        if now >= stale { return .verouderd }
        if now >= check { return .controleren }
        return .actueel
    }

    public var dutchName: String {
        switch self {
        case .actueel: "actueel"
        case .controleren: "controleer uw gegevens"
        case .verouderd: "verouderd (meer dan 12 maanden niet gecontroleerd)"
        }
    }

    public var englishName: String {
        switch self {
        case .actueel: "up to date"
        case .controleren: "please check your details"
        case .verouderd: "stale (not checked for over 12 months)"
        }
    }
}

extension Calendar {
    /// Gregorian in Europe/Amsterdam: the calendar every date rule of Wieg uses.
    public static var dutch: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return calendar
    }
}
