import Foundation
import WiegCore

/// The demo social map: organisations, services and zorgpaden.
public struct NetworkDemoData: Sendable, Equatable {
    public let organisations: [OrganisationRecord]
    public let services: [ServiceRecord]
    public let zorgpaden: [ZorgpadRecord]
}

/// Demo network data for Meppel (seed 000, 001) and Noord- en Midden-Limburg (seed 003). The
/// names of organisations and interventions are real; addresses, phone numbers, e-mail
/// addresses, websites and most descriptions are invented, so every record is `demo: true`.
/// Ids are fixed, so two runs (and the web layer's seeding) agree.
public enum NetworkDemo {
    public static let meppel = "GM0119"
    /// Meppel's neighbour; the midwifery centre works in both.
    public static let deWolden = "GM1690"
    public static let drenthe = "PV22"
    public static let regionCode = "nml"
    public static let venlo = "GM0983"
    public static let roermond = "GM0957"
    /// The 14 municipalities of the region (seed 003 counts 14): Noord-Limburg, then Midden-Limburg.
    public static let regionMunicipalities = [
        "GM0983", "GM0984", "GM1507", "GM1894", "GM0889", "GM0893", "GM0907", "GM0944",
        "GM0957", "GM1711", "GM1640", "GM1641", "GM1669", "GM0946"
    ]

    /// The demo data, with verification dates spread relative to `now`: most fresh, some due a
    /// check (6–12 months), a few stale (over 12 months).
    public static func make(now: Date) -> NetworkDemoData {
        let clock = DemoClock(now: now)
        return NetworkDemoData(
            organisations: meppelOrganisations(clock) + limburgOrganisations(clock),
            services: meppelCareServices(clock) + meppelSocialServices(clock) + limburgServices(clock),
            zorgpaden: meppelZorgpaden(clock) + limburgZorgpaden(clock))
    }

    /// Fixed ids: one prefix per kind, a counter in the last group.
    static func organisationID(_ n: Int) -> UUID { id(prefix: "de000001", n) }
    static func serviceID(_ n: Int) -> UUID { id(prefix: "de000002", n) }
    static func zorgpadID(_ n: Int) -> UUID { id(prefix: "de000003", n) }

    private static func id(prefix: String, _ n: Int) -> UUID {
        let digits = String(n)
        let text = "\(prefix)-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
        guard let uuid = UUID(uuidString: text) else { preconditionFailure("bad demo id \(text)") }
        return uuid
    }

    /// A clearly fake phone number in the 0123-456789 pattern.
    static func phone(_ id: UUID) -> String { "0123-4567" + id.uuidString.suffix(2) }
}

/// Dates relative to `now`, in the Dutch calendar.
struct DemoClock {
    let now: Date

    func daysAgo(_ days: Int) -> Date {
        Calendar.dutch.date(byAdding: .day, value: -days, to: now) ?? now
    }

    /// Stale entries ask for attention; the rest were checked.
    func editorial(verifiedDaysAgo days: Int) -> EditorialStatus {
        Freshness.of(lastVerified: daysAgo(days), now: now) == .verouderd ? .aandachtNodig : .gecontroleerd
    }
}
