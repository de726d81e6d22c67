import Foundation
import WiegCore

/// The level of an indicator in the demo: the national proportion, the share of the
/// population in the denominator, and the change per year.
struct DemoIndicatorLevel {
    let proportion: Double
    let populationShare: Double
    let trendPerYear: Double

    static let births = 0.0095
    static let known: [String: DemoIndicatorLevel] = [
        "BIG2": .init(proportion: 0.145, populationShare: births, trendPerYear: -0.01),
        "PERI-STERFTE": .init(proportion: 0.0085, populationShare: births, trendPerYear: -0.015),
        "START-ZORG-10": .init(proportion: 0.62, populationShare: births, trendPerYear: 0.01),
        "TIENERMOEDERS": .init(proportion: 0.011, populationShare: births, trendPerYear: -0.03),
        "EENOUDER": .init(proportion: 0.17, populationShare: 0.16, trendPerYear: 0.005),
        "UITKERING-KIND": .init(proportion: 0.065, populationShare: 0.19, trendPerYear: -0.01),
        "JEUGDHULP": .init(proportion: 0.095, populationShare: 0.19, trendPerYear: 0.02),
        "LAAGGELETTERD": .init(proportion: 0.12, populationShare: 0.64, trendPerYear: 0),
        "ROKEN-ZWANGER": .init(proportion: 0.065, populationShare: births, trendPerYear: -0.04)
    ]

    /// A level for an indicator the demo does not know: 10 % of 5 % of the population.
    static func of(_ code: String) -> DemoIndicatorLevel {
        known[code] ?? DemoIndicatorLevel(proportion: 0.10, populationShare: 0.05, trendPerYear: 0)
    }
}

/// Generates the figures of one indicator and period at a time, bottom-up: wijken are
/// drawn, municipalities are their sums, PC4 areas split the municipality's totals, and
/// provinces and the country are sums of municipalities.
struct MonitoringFigures {
    let layout = MonitoringDemo.layout
    let levels: [DemoIndicatorLevel]
    /// Per indicator: a lasting effect per municipality, wijk and PC4 area (log scale).
    let municipalityEffect: [[Double]], wijkEffect: [[Double]], pc4Effect: [[Double]]
    let codes: (wijk: [[UInt8]], pc4: [[UInt8]], municipality: [[UInt8]])
    let provinces: [String]
    let provinceOf: [Int]
    var rng: SplitMix64

    init(seed: UInt64, indicators: [IndicatorDefinition]) {
        rng = SplitMix64(seed: seed)
        levels = indicators.map { DemoIndicatorLevel.of($0.code) }
        let wijken = layout.reduce(0) { $0 + $1.wijken.count }
        let pc4 = layout.reduce(0) { $0 + $1.pc4.count }
        var r = rng
        municipalityEffect = indicators.map { _ in (0..<MonitoringDemo.layout.count).map { _ in 0.18 * r.normal() } }
        wijkEffect = indicators.map { _ in (0..<wijken).map { _ in 0.22 * r.normal() } }
        pc4Effect = indicators.map { _ in (0..<pc4).map { _ in 0.22 * r.normal() } }
        rng = r
        codes = (
            layout.flatMap { $0.wijken.map { Array($0.code.utf8) } }, layout.flatMap { $0.pc4.map { Array($0.code.utf8) } },
            layout.map { Array($0.municipality.code.utf8) }
        )
        provinces = NationalDemo.municipalitiesPerProvince.map(\.province)
        provinceOf = layout.map { m in NationalDemo.municipalitiesPerProvince.firstIndex { $0.province == m.municipality.provinceCode }! }
    }

    /// A binomial-like draw: the normal approximation, rounded and kept within 0…n.
    mutating func draw(_ n: Int, _ p: Double) -> Int {
        let mean = Double(n) * p
        let sd = (mean * (1 - p)).squareRoot()
        return min(n, max(0, Int((mean + sd * rng.normal()).rounded())))
    }

    mutating func write(indicator i: Int, code: String, period: Period, index t: Int, to out: inout CSVBytes) {
        let level = levels[i]
        let trend = 1 + level.trendPerYear * (Double(t) - 4.5)
        var wijkRows: [(Int, Int)] = []
        var pc4Rows: [(Int, Int)] = []
        var municipalityRows: [(Int, Int)] = []
        var provinceRows = [(Int, Int)](repeating: (0, 0), count: provinces.count)
        var w = 0
        var p = 0
        for (m, municipality) in layout.enumerated() {
            let base = level.proportion * trend * exp(municipalityEffect[i][m])
            var total = (0, 0)
            for area in municipality.wijken {
                let expected = municipality.population * area.share * level.populationShare * (1 + 0.04 * rng.normal())
                let d = max(1, Int(expected.rounded()))
                let n = draw(d, min(0.98, base * exp(wijkEffect[i][w])))
                wijkRows.append((n, d))
                total = (total.0 + n, total.1 + d)
                w += 1
            }
            municipalityRows.append(total)
            provinceRows[provinceOf[m]] = (provinceRows[provinceOf[m]].0 + total.0, provinceRows[provinceOf[m]].1 + total.1)
            // PC4: split the municipality's totals, each area at least 1 in the denominator.
            var (restN, restD) = total
            let k = municipality.pc4.count
            let firstPC4 = p
            for area in municipality.pc4 {
                let left = k - 1 - (p - firstPC4)
                let d: Int
                let n: Int
                if left == 0 {  // the last one takes the rest
                    d = max(1, restD)
                    n = min(restN, d)
                } else if restD <= left {  // too few to split (never with the demo's sizes): not additive
                    d = 1
                    n = min(restN, 1)
                } else {
                    d = min(restD - left, max(1, Int((Double(total.1) * area.share).rounded())))
                    let rate = Double(restN) / Double(restD)
                    n = min(d, restN, max(draw(d, min(0.98, rate * exp(pc4Effect[i][p]))), restN - (restD - d)))
                }
                pc4Rows.append((n, d))
                restN = max(0, restN - n)
                restD = max(0, restD - d)
                p += 1
            }
        }
        let country = provinceRows.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
        let prefix = Array((code + ";").utf8)
        let periodBytes = Array((";" + period.description + ";").utf8)
        func row(_ area: [UInt8], _ value: (Int, Int)) {
            out.append(prefix)
            out.append(area)
            out.append(periodBytes)
            out.number(value.0)
            out.byte(59)
            out.number(value.1)
            out.byte(10)
        }
        row(Array("NL".utf8), country)
        for (j, province) in provinces.enumerated() { row(Array(province.utf8), provinceRows[j]) }
        for (j, value) in municipalityRows.enumerated() { row(codes.municipality[j], value) }
        for (j, value) in wijkRows.enumerated() { row(codes.wijk[j], value) }
        for (j, value) in pc4Rows.enumerated() { row(codes.pc4[j], value) }
    }
}
