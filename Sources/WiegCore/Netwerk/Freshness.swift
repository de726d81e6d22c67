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
        Boundaries(now: now, calendar: calendar).of(lastVerified)
    }

    /// The two boundaries for one moment, computed once: judging many entries (a search
    /// result, a list) then costs two comparisons each instead of calendar arithmetic.
    /// Counted back from now: checked on or before `check` means due for a check.
    public struct Boundaries: Sendable {
        public let check: Date
        public let stale: Date

        public init(now: Date, calendar: Calendar = .dutch) {
            check = calendar.date(byAdding: .month, value: -Freshness.checkAfterMonths, to: now) ?? now
            stale = calendar.date(byAdding: .month, value: -Freshness.staleAfterMonths, to: now) ?? now
        }

        public func of(_ lastVerified: Date?) -> Freshness {
            guard let verified = lastVerified else { return .verouderd }
            if verified <= stale { return .verouderd }
            if verified <= check { return .controleren }
            return .actueel
        }
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
    /// Gregorian in Europe/Amsterdam: the calendar every date rule of Wieg uses. Made
    /// once (a time zone lookup per use showed up in profiles).
    public static let dutch: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return calendar
    }()
}

/// What a reminder's "alles klopt nog" link stands for.
public enum CheckLink: Sendable, Equatable {
    case valid(UUID)
    case checked(UUID)
    case used(UUID, Date)
    case expired(UUID)
    case unknown
}
