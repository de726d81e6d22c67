import Foundation
import WiegCore

/// The national demo: what `wieg demo --scale national` adds on top of the regular demo
/// (DemoGeography and `NetworkDemo`).
public struct NationalDemoData: Sendable, Equatable {
    /// Extra areas for Wieg's geography import (`code;naam;soort;ouder;leden;synthetisch`):
    /// the synthetic municipalities that bring the total to 342.
    public let geographyCSV: String
    public let organisations: [OrganisationRecord]
    public let services: [ServiceRecord]
    public let zorgpaden: [ZorgpadRecord]
}

/// A national directory at realistic scale for load tests and demos: all 342 municipalities
/// (the demo geography's real ones plus synthetic ones, see `syntheticCode(_:)`), each with
/// about 30 organisations, about 90 services and a zorgpad for each of `zorgpadNeeds`.
/// Everything is invented and marked `demo: true`. The same seed gives the same data, ids
/// included: all randomness comes from one SplitMix64 generator.
public enum NationalDemo {
    public static let defaultSeed: UInt64 = 20_261_123
    /// Organisations per municipality: `NationalOrgKind` counts (30) plus 0–2 extras.
    static let extraOrganisations = 0...2
    /// Services per municipality: each template once, then more until this many.
    static let servicesPerMunicipality = 88...94
    /// Verification dates lie up to 18 months back.
    static let maxVerifiedDaysAgo = 547

    /// Generates the national demo; verification dates are relative to `now`.
    public static func make(seed: UInt64 = defaultSeed, now: Date) -> NationalDemoData {
        var rng = SplitMix64(seed: seed)
        let dates = DemoDates(now: now, maxDaysAgo: maxVerifiedDaysAgo)
        // The regular demo has hand-made organisations and zorgpaden for some municipalities:
        // keep their names unique and do not add a second zorgpad for the same need.
        let regular = NetworkDemo.make(now: now)
        let handMade = Set(regular.zorgpaden.map { "\($0.areaCode)|\($0.needCode)" })
        let takenNames = Set(regular.organisations.map(\.name))
        var organisations: [OrganisationRecord] = []
        var services: [ServiceRecord] = []
        var zorgpaden: [ZorgpadRecord] = []
        organisations.reserveCapacity(municipalities.count * 32)
        services.reserveCapacity(municipalities.count * servicesPerMunicipality.upperBound)
        for (index, municipality) in municipalities.enumerated() {
            var local = LocalNetwork(municipality: municipality, index: index, dates: dates, takenNames: takenNames)
            local.addOrganisations(&rng)
            local.addServices(&rng)
            let needs = zorgpadNeeds.filter { !handMade.contains("\(municipality.code)|\($0)") }
            zorgpaden += local.zorgpaden(for: needs, &rng)
            organisations += local.organisations
            services += local.services
        }
        return NationalDemoData(
            geographyCSV: geographyCSV(), organisations: organisations,
            services: services, zorgpaden: zorgpaden)
    }
}

/// Verification dates and the editorial status that goes with them, computed once per day
/// back: the calendar is far slower than the generator.
struct DemoDates: Sendable {
    let dates: [Date]
    let editorial: [EditorialStatus]

    init(now: Date, maxDaysAgo: Int) {
        let clock = DemoClock(now: now)
        dates = (0...maxDaysAgo).map(clock.daysAgo)
        editorial = (0...maxDaysAgo).map { clock.editorial(verifiedDaysAgo: $0) }
    }
}
