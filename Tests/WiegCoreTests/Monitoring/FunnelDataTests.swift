import Foundation
import Testing

@testable import WiegCore

@Suite("Monitoring: funnel plot data")
struct FunnelDataTests {
    static let big2 = IndicatorCatalogue.seeded.first { $0.code == "BIG2" }!

    @Test("the target is pooled over the shown areas; an area far above is flagged at 99.8 %; small areas are hidden in public only")
    func positions() throws {
        let areas: [(code: String, name: String, numerator: Int, denominator: Int)] = [
            ("A", "Centrum", 100, 1000), ("B", "Oost", 105, 1000), ("C", "West", 95, 1000),
            ("D", "Haven", 60, 280), ("E", "Dorp", 2, 8)
        ]
        let data = try #require(FunnelData.build(definition: Self.big2, areas: areas, suppress: true))
        let pooled = Double(100 + 105 + 95 + 60) / Double(1000 + 1000 + 1000 + 280) * Double(Self.big2.multiplier)  // E is hidden
        #expect(abs(data.target - pooled) < 1e-9)
        let byCode = Dictionary(uniqueKeysWithValues: data.rows.map { ($0.code, $0) })
        #expect(byCode["D"]?.position == .above998)
        #expect(byCode["A"]?.position == .within)
        #expect(byCode["E"]?.position == .hidden && byCode["E"]?.value == nil)
        #expect(data.points.count == 4 && !data.points.contains { $0.label == "Dorp" })
        #expect(!data.limits95.isEmpty && data.limits95.count == data.limits998.count)
        // The 99.8 % limits lie outside the 95 % ones.
        for (l95, l998) in zip(data.limits95, data.limits998) {
            #expect(l998.interval.lower <= l95.interval.lower && l95.interval.upper <= l998.interval.upper)
        }
        let signedIn = try #require(FunnelData.build(definition: Self.big2, areas: areas, suppress: false))
        #expect(signedIn.rows.first { $0.code == "E" }?.value != nil)
    }

    @Test("an area hidden by secondary suppression is hidden like a small one; without suppression only the named areas are hidden")
    func secondary() throws {
        let areas: [(code: String, name: String, numerator: Int, denominator: Int)] = [
            ("A", "Centrum", 100, 1000), ("B", "Oost", 105, 1000)
        ]
        let data = try #require(FunnelData.build(definition: Self.big2, areas: areas, suppress: true, alsoHidden: ["B"]))
        #expect(data.rows.first { $0.code == "B" }?.position == .hidden)
        #expect(data.rows.first { $0.code == "A" }?.position != .hidden)
        #expect(data.points.map(\.label) == ["Centrum"])
        let signedIn = try #require(FunnelData.build(definition: Self.big2, areas: areas, suppress: false))
        #expect(signedIn.rows.allSatisfy { $0.position != .hidden })
        // The caller decides: an area named in `alsoHidden` is hidden even without `suppress`.
        let named = try #require(FunnelData.build(definition: Self.big2, areas: areas, suppress: false, alsoHidden: ["B"]))
        #expect(named.rows.first { $0.code == "B" }?.position == .hidden)
    }

    @Test("nothing to plot without a denominator")
    func empty() {
        #expect(FunnelData.build(definition: Self.big2, areas: [("A", "A", 0, 0)], suppress: true) == nil)
    }

    @Test("the CSV is Excel-NL and leaves hidden areas without counts")
    func csv() throws {
        let data = try #require(
            FunnelData.build(definition: Self.big2, areas: [("A", "=Centrum", 100, 1000), ("E", "Dorp", 2, 8)], suppress: true))
        let lines = data.csv().components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}gebied;naam;teller;noemer;waarde;positie")
        #expect(lines[1].hasPrefix("A;'=Centrum;100;1000;"))
        #expect(lines[2] == "E;Dorp;;;;verborgen (kleine aantallen)")
    }

    @Test("the average and the limits come from the shown areas only: a hidden area's figure cannot be read from them")
    func targetFromShownOnly() throws {
        let areas: [(code: String, name: String, numerator: Int, denominator: Int)] = [
            ("A", "Centrum", 100, 1000), ("B", "Oost", 300, 1000), ("C", "Dorp", 3, 50)
        ]
        let data = try #require(FunnelData.build(definition: Self.big2, areas: areas, suppress: true, alsoHidden: ["B"]))
        #expect(abs(data.target - 100) < 1e-9, "only A is shown: 100 per 1000, not the pooled 195")
        #expect(FunnelData.build(definition: Self.big2, areas: [("B", "Oost", 300, 1000)], suppress: true, alsoHidden: ["B"]) == nil)
    }
}
