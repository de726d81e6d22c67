import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Monitoring demo")
struct MonitoringDemoTests {
    static let indicators = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.seeded.map { ($0.code, $0) })
    /// What the regular demo geography already has.
    static let existing: [String: AreaKind] = {
        var result: [String: AreaKind] = ["NL": .land]
        for (province, _) in NationalDemo.municipalitiesPerProvince { result[province] = .provincie }
        for m in NationalDemo.municipalities where !m.synthetic { result[m.code] = .gemeente }
        for code in MonitoringDemo.knownMeppelWijken { result[code] = .wijk }
        for code in MonitoringDemo.knownMeppelPC4 { result[code] = .pc4 }
        return result
    }()

    @Test("342 municipalities, 3,300 wijken and 4,000 PC4 areas; the geography imports cleanly on top of the demo's")
    func areas() {
        let layout = MonitoringDemo.layout
        #expect(layout.count == 342)
        #expect(layout.reduce(0) { $0 + $1.wijken.count } == 3_300)
        #expect(layout.reduce(0) { $0 + $1.pc4.count } == 4_000)
        #expect(layout.filter(\.municipality.synthetic).map(\.municipality.code) == (9001...9314).map { "GM\($0)" })
        let meppel = layout.first { $0.municipality.code == "GM0119" }!
        #expect(meppel.wijken.map(\.code) == MonitoringDemo.knownMeppelWijken && meppel.pc4.map(\.code) == MonitoringDemo.knownMeppelPC4)
        let codes = MonitoringDemo.figureAreaCodes
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { AreaCode.kind(of: $0) != nil })
        let plan = GeographyImport.plan(csv: Data(MonitoringDemo.geographyCSV().utf8), existing: Self.existing)
        #expect(plan.issues == [])
        #expect(plan.records.count == 314 + 3_300 - 5 + 4_000 - 5)  // 342 minus the 28 real municipalities of the demo geography
        #expect(Set(codes).isSubset(of: Set(plan.records.map(\.code)).union(Self.existing.keys)))
    }

    @Test("the same seed gives the same figures, another seed others; the areas stay the same")
    func determinism() {
        let some = Array(IndicatorCatalogue.seeded.prefix(2))
        let years = [Period(year: 2020)]
        let a = MonitoringDemo.nationalCSV(seed: 1, indicators: some, periods: years)
        #expect(a == MonitoringDemo.nationalCSV(seed: 1, indicators: some, periods: years))
        let b = MonitoringDemo.nationalCSV(seed: 2, indicators: some, periods: years)
        #expect(a != b)
        func areaColumn(_ csv: String) -> [Substring] { csv.split(separator: "\n").map { $0.split(separator: ";")[1] } }
        #expect(areaColumn(a) == areaColumn(b))
    }

    @Test("the national CSV: the row count, consistent sums, plausible rates, and a slice imports with zero issues")
    func national() throws {
        let csv = MonitoringDemo.nationalCSV()
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count - 1 == MonitoringDemo.rowCount())
        #expect(MonitoringDemo.rowCount() == 9 * 10 * 7_655)
        #expect(lines[0] == "indicator;gebied;periode;teller;noemer")

        // BIG2 in 2024: every numerator ≤ its denominator, sums add up, and the national rate is plausible.
        var figures: [String: (Int, Int)] = [:]
        for line in lines.dropFirst() where line.hasPrefix("BIG2;") && line.contains(";2024;") {
            let f = line.split(separator: ";")
            figures[String(f[1])] = (Int(f[3])!, Int(f[4])!)
        }
        #expect(figures.count == 7_655)
        #expect(figures.values.allSatisfy { $0.0 >= 0 && $0.0 <= $0.1 && $0.1 >= 1 })
        let nl = figures["NL"]!
        #expect((150_000...190_000).contains(nl.1))  // births in the Netherlands
        #expect((0.12...0.17).contains(Double(nl.0) / Double(nl.1)))
        for m in MonitoringDemo.layout {
            let total = figures[m.municipality.code]!
            #expect(m.wijken.reduce(0) { $0 + figures[$1.code]!.1 } == total.1)
            #expect(m.wijken.reduce(0) { $0 + figures[$1.code]!.0 } == total.0)
            #expect(m.pc4.reduce(0) { $0 + figures[$1.code]!.1 } == total.1)
            #expect(m.pc4.reduce(0) { $0 + figures[$1.code]!.0 } == total.0)
        }

        // A slice: the header, the first rows (NL, provinces, municipalities) and wijken and PC4 further on.
        let slice = ([lines[0]] + lines[1...2_000] + lines[400_000...401_000] + lines[lines.count - 1_000..<lines.count])
            .joined(separator: "\n")
        let areas = Set(MonitoringDemo.figureAreaCodes)
        let plan = IndicatorImport.plan(csv: Data(slice.utf8), indicators: Self.indicators, areas: areas)
        #expect(plan.issues == [])
        #expect(plan.records.count == 4_001)
    }
}
