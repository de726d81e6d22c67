import Foundation

/// A hulpkaart given to a parent, as Wieg keeps it to count referrals without client data:
/// a random code, the services on the card, the municipality, the day it was made and, per
/// service, the day the receiving organisation confirmed contact. Nothing else: no name,
/// no reason, no professional, no language.
public struct Referral: Sendable, Equatable {
    public var code: String
    public var municipalityCode: String
    /// The day made, as `yyyy-MM-dd` (a day, not a moment).
    public var madeOn: String
    public var services: [Service]

    public struct Service: Sendable, Equatable {
        public var serviceID: UUID
        /// The day contact was confirmed, as `yyyy-MM-dd`.
        public var confirmedOn: String?

        public init(serviceID: UUID, confirmedOn: String? = nil) {
            self.serviceID = serviceID
            self.confirmedOn = confirmedOn
        }
    }

    public init(code: String, municipalityCode: String, madeOn: String, services: [Service]) {
        self.code = code
        self.municipalityCode = municipalityCode
        self.madeOn = madeOn
        self.services = services
    }

    /// A code may be confirmed for 90 days after the card was made.
    public static let validDays = 90

    /// Whether the code can no longer be confirmed on `today` (`yyyy-MM-dd`).
    public func isExpired(today: String) -> Bool {
        guard let made = ReferralDay.date(madeOn), let now = ReferralDay.date(today) else { return true }
        // Calendar days, so a clock change in between does not move the end by an hour.
        return (ReferralDay.calendar.dateComponents([.day], from: made, to: now).day ?? 0) > Self.validDays
    }
}

/// What a confirmation did.
public enum ReferralConfirmation: Sendable, Equatable {
    case confirmed([UUID])
    case unknown, expired, notYours
    /// Every service of the card this person may confirm was confirmed before, on that day.
    case already(String)
}

/// Days as Wieg keeps them for referrals: `yyyy-MM-dd` in Amsterdam time.
public enum ReferralDay {
    public static func string(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    public static func date(_ day: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// The quarter a day falls in.
    public static func quarter(_ day: String) -> Quarter? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Quarter(year: parts[0], quarter: (parts[1] - 1) / 3 + 1)
    }

    public static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        return c
    }()
}

/// A hulpkaart's code: eight letters and digits from an alphabet without look-alikes
/// (no 0/O, 1/I/L), written `K7PQ-X2MD`. Random: it means nothing about anyone.
public enum ReferralCode {
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// `K7PQX2MD` → `K7PQ-X2MD`.
    public static func written(_ code: String) -> String { String(code.prefix(4)) + "-" + String(code.dropFirst(4)) }

    public enum Problem: Error, Sendable, Equatable {
        case empty, personalData, shape
    }

    /// A typed code, read forgivingly (case, spaces and dashes do not matter), or what is
    /// wrong with it. A number that looks like a BSN is refused as such.
    public static func read(_ text: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .failure(.empty) }
        if PersonalDataGuard.finding(in: trimmed, anyDate: true) != nil { return .failure(.personalData) }
        let compact = trimmed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard compact.count == 8, compact.allSatisfy({ alphabet.contains($0) }) else { return .failure(.shape) }
        return .success(compact)
    }

    /// The Dutch message for a problem.
    public static func message(_ problem: Problem) -> String {
        switch problem {
        case .empty: "Vul de code van de hulpkaart in."
        case .personalData:
            "Dit lijkt een burgerservicenummer of geboortedatum. Vul alleen de code van de hulpkaart in (8 tekens, zoals K7PQ-X2MD); Wieg bewaart nooit gegevens van ouders of kinderen."
        case .shape: "Een code van een hulpkaart heeft 8 letters en cijfers, zoals K7PQ-X2MD."
        }
    }
}

/// Referrals counted per quarter for one service (or a set): made, confirmed.
public struct ReferralCount: Sendable, Equatable {
    public var quarter: Quarter
    public var made: Int
    public var confirmed: Int

    public init(quarter: Quarter, made: Int, confirmed: Int) {
        self.quarter = quarter
        self.made = made
        self.confirmed = confirmed
    }

    /// Confirmed out of made, 0…1 (nil when none were made).
    public var rate: Double? { made == 0 ? nil : Double(confirmed) / Double(made) }

    /// Counts per quarter of the day made, oldest first.
    public static func counts(_ rows: [(madeOn: String, confirmedOn: String?)]) -> [ReferralCount] {
        var byQuarter: [Quarter: (Int, Int)] = [:]
        for row in rows {
            guard let quarter = ReferralDay.quarter(row.madeOn) else { continue }
            var entry = byQuarter[quarter] ?? (0, 0)
            entry.0 += 1
            if row.confirmedOn != nil { entry.1 += 1 }
            byQuarter[quarter] = entry
        }
        return byQuarter.keys.sorted().map { ReferralCount(quarter: $0, made: byQuarter[$0]!.0, confirmed: byQuarter[$0]!.1) }
    }
}

extension ReferralCount {
    /// A count as a public page or a travelling report shows it: below `threshold` (but not
    /// zero) hidden as "< 10"; the share only where both counts show.
    /// `roundedTo` (public tables over another grouping than the quarters, such as the
    /// region's municipalities): shown counts rounded to that step ("± 15"), so two tables
    /// cannot be subtracted to find a hidden count.
    public static func table(
        _ rows: [(label: String, count: ReferralCount)], threshold: Int = 10, showSmall: Bool = false, roundedTo step: Int = 1
    ) -> [[String]] {
        rows.map { label, count in
            func shown(_ n: Int) -> String? {
                guard showSmall || n == 0 || n >= threshold else { return nil }
                guard !showSmall, step > 1, n > 0 else { return String(n) }
                return "± \(Int((Double(n) / Double(step)).rounded()) * step)"
            }
            let made = shown(count.made)
            let confirmed = shown(count.confirmed)
            let share = made != nil && confirmed != nil ? count.rate.map { "\(Int(($0 * 100).rounded())) %" } : nil
            return [label, made ?? "< \(threshold)", confirmed ?? "< \(threshold)", share ?? "—"]
        }
    }

    /// All rows summed (the made and confirmed of several quarters or places).
    public static func total(_ counts: [ReferralCount], quarter: Quarter) -> ReferralCount {
        ReferralCount(quarter: quarter, made: counts.reduce(0) { $0 + $1.made }, confirmed: counts.reduce(0) { $0 + $1.confirmed })
    }
}
