import Foundation
import WiegCore

/// Demo coalitions entered faithfully from the seeds: Meppel (000), the Noord- en
/// Midden-Limburg annual plan 2024 (003) and Apeldoorn (001). Members point at the
/// `NetworkDemo` organisations where they exist. Ids are fixed, so two runs (and the
/// web layer's seeding) agree. What a seed does not say is listed in each `demoNote`.
public enum CoalitionDemo {
    /// All demo coalitions: Meppel, Noord- en Midden-Limburg, Apeldoorn.
    public static var all: [DemoCoalition] { [meppel, noordMiddenLimburg, apeldoorn] }

    /// The network demo organisations plus the coalitions' own (Apeldoorn), for names.
    public static func organisations(now: Date) -> [OrganisationRecord] {
        NetworkDemo.make(now: now).organisations + all.flatMap(\.organisations)
    }

    /// Fixed ids: one prefix per kind, a counter in the last group (Meppel 1–99,
    /// Noord- en Midden-Limburg 101–199, Apeldoorn 201–299).
    static func coalitionID(_ n: Int) -> UUID { id(prefix: "dec0a001", n) }
    static func goalID(_ n: Int) -> UUID { id(prefix: "dec0a002", n) }
    static func activityID(_ n: Int) -> UUID { id(prefix: "dec0a003", n) }
    static func agreementID(_ n: Int) -> UUID { id(prefix: "dec0a004", n) }
    static func workgroupID(_ n: Int) -> UUID { id(prefix: "dec0a005", n) }
    static func organisationID(_ n: Int) -> UUID { id(prefix: "dec0a006", n) }

    private static func id(prefix: String, _ n: Int) -> UUID {
        let digits = String(n)
        let text = "\(prefix)-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
        guard let uuid = UUID(uuidString: text) else { preconditionFailure("bad demo id \(text)") }
        return uuid
    }

    /// Noon on a day in the Dutch calendar.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        Calendar.dutch.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
    }

    /// Quarters `from`…`to` of one year.
    static func quarters(_ year: Int, _ from: Int, _ to: Int? = nil) -> [Quarter] {
        (from...(to ?? from)).map { Quarter(year: year, quarter: $0) }
    }
}
