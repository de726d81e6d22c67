import Foundation
import WiegCore

/// A wijk or PC4 area of the monitoring demo.
struct DemoSmallArea: Sendable {
    let code: String
    let name: String
    /// Its share of the municipality's population (the shares of a municipality's wijken
    /// add up to 1, as do those of its PC4 areas).
    let share: Double
    /// Defined by the regular demo geography already (Meppel's), so not in `areas`.
    let known: Bool
}

/// A municipality of the monitoring demo with its population and small areas.
struct DemoMunicipality: Sendable {
    let municipality: NationalMunicipality
    let population: Double
    let wijken: [DemoSmallArea]
    let pc4: [DemoSmallArea]
}

extension MonitoringDemo {
    /// The wijken and PC4 areas the regular demo geography (WiegStore's DemoGeography)
    /// defines for Meppel; the demo uses them and gives Meppel no others.
    static let knownMeppelWijken = (1...5).map { "WK01190\($0)" }
    static let knownMeppelPC4 = (7940...7944).map(AreaCode.pc4)

    /// The areas and their sizes. They do not depend on the seed (only the figures do), so
    /// the geography can be loaded once for every seed.
    static let layout: [DemoMunicipality] = {
        var rng = SplitMix64(seed: 0x4D4F_4E49_544F_52)  // "MONITOR"
        let municipalities = NationalDemo.municipalities
        // Populations from about 6,000 to 400,000, most of them small, as in the Netherlands.
        let populations = municipalities.map { m -> Double in
            m.code == "GM0119" ? 34_500 : 6_000 * exp(pow(rng.unit(), 2.2) * log(400_000.0 / 6_000))
        }
        let others = municipalities.indices.filter { municipalities[$0].code != "GM0119" }
        let weights = populations.map { $0.squareRoot() }
        var wijkCounts = allocate(wijkCount - knownMeppelWijken.count, weights: others.map { weights[$0] }, minimum: 2, maximum: 99)
        var pc4Counts = allocate(pc4Count - knownMeppelPC4.count, weights: others.map { weights[$0] }, minimum: 2, maximum: 60)
        var nextPC4 = 1000
        var result: [DemoMunicipality] = []
        for (i, m) in municipalities.enumerated() {
            let digits = m.code.dropFirst(2)
            let meppel = m.code == "GM0119"
            let nWijken = meppel ? knownMeppelWijken.count : wijkCounts.removeFirst()
            let nPC4 = meppel ? knownMeppelPC4.count : pc4Counts.removeFirst()
            let wijkShares = shares(nWijken, &rng)
            let pc4Shares = shares(nPC4, &rng)
            let wijken = (0..<nWijken).map { w in
                let number = w + 1
                return DemoSmallArea(
                    code: "WK\(digits)\(number < 10 ? "0" : "")\(number)", name: "\(m.name) wijk \(number) (demo)",
                    share: wijkShares[w], known: meppel)
            }
            let pc4 = (0..<nPC4).map { p -> DemoSmallArea in
                if meppel { return DemoSmallArea(code: knownMeppelPC4[p], name: "", share: pc4Shares[p], known: true) }
                defer { nextPC4 += 1 }
                return DemoSmallArea(code: AreaCode.pc4(nextPC4), name: "\(m.name) \(nextPC4) (demo)", share: pc4Shares[p], known: false)
            }
            result.append(DemoMunicipality(municipality: m, population: populations[i].rounded(), wijken: wijken, pc4: pc4))
        }
        return result
    }()

    /// `total` split over the weights (largest remainder), each between minimum and maximum.
    static func allocate(_ total: Int, weights: [Double], minimum: Int, maximum: Int) -> [Int] {
        let sum = weights.reduce(0, +)
        var counts = weights.map { max(minimum, min(maximum, Int(Double(total) * $0 / sum))) }
        var i = 0
        while counts.reduce(0, +) != total, i < 100 * weights.count {
            let k = i % counts.count
            if counts.reduce(0, +) < total { if counts[k] < maximum { counts[k] += 1 } } else if counts[k] > minimum { counts[k] -= 1 }
            i += 1
        }
        return counts
    }

    /// `n` random shares that add up to 1, none tiny.
    static func shares(_ n: Int, _ rng: inout SplitMix64) -> [Double] {
        let raw = (0..<n).map { _ in 0.4 + rng.unit() }
        let sum = raw.reduce(0, +)
        return raw.map { $0 / sum }
    }
}

extension SplitMix64 {
    /// A uniform number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A standard normal number (Box–Muller).
    mutating func normal() -> Double {
        let u = max(unit(), 1e-300)
        let v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
