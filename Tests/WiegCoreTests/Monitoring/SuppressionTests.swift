import Foundation
import PropertyBased
import Testing

@testable import WiegCore

@Suite("Suppression")
struct SuppressionTests {
    func cell(_ code: String, _ parent: String?, _ n: Int, _ d: Int) -> SuppressionCell {
        SuppressionCell(areaCode: code, parentCode: parent, numerator: n, denominator: d)
    }

    func states(_ cells: [SuppressionCell], threshold: Int = 10) -> [String: SuppressionState] {
        Dictionary(uniqueKeysWithValues: Suppression.apply(cells: cells, threshold: threshold).map { ($0.cell.areaCode, $0.state) })
    }

    @Test("a numerator or denominator below the threshold is hidden; 10 itself is shown")
    func primary() {
        let result = Suppression.apply(cells: [cell("A", nil, 9, 100), cell("B", nil, 10, 10), cell("C", nil, 0, 9)])
        #expect(result.map(\.state) == [.primary, .shown, .primary])
        #expect(result[0].reason?.contains("kleiner is dan 10") == true)
        #expect(result[1].reason == nil)
    }

    @Test("one hidden wijk under a shown municipality: the next smallest wijk is hidden too")
    func secondary() {
        let s = states([
            cell("GM1", nil, 200, 1000), cell("WK1", "GM1", 3, 40), cell("WK2", "GM1", 30, 300),
            cell("WK3", "GM1", 20, 120), cell("WK4", "GM1", 147, 540)
        ])
        #expect(s == ["GM1": .shown, "WK1": .primary, "WK3": .secondary, "WK2": .shown, "WK4": .shown])
    }

    @Test("the reason of a secondary cell names the cell it protects and the parent")
    func reason() {
        let result = Suppression.apply(cells: [cell("GM1", nil, 60, 400), cell("WK1", "GM1", 2, 50), cell("WK2", "GM1", 58, 350)])
        #expect(result[2].state == .secondary)
        #expect(result[2].reason == "Verborgen omdat het verborgen cijfer van WK1 anders terug te rekenen is uit het totaal van GM1.")
    }

    @Test("two hidden children already protect each other; a hidden parent exposes nothing")
    func noExtra() {
        let s = states([
            cell("GM1", nil, 60, 400), cell("WK1", "GM1", 2, 50), cell("WK2", "GM1", 5, 50), cell("WK3", "GM1", 53, 300),
            cell("GM2", nil, 5, 400), cell("WK4", "GM2", 1, 20), cell("WK5", "GM2", 14, 380)
        ])
        #expect(s["WK3"] == .shown)
        #expect(s["WK5"] == .shown)
    }

    @Test("hiding a municipality can expose it in its province: the cascade goes up a level")
    func cascade() {
        let s = states([
            cell("PV", nil, 500, 5000), cell("GM1", "PV", 30, 40), cell("GM2", "PV", 300, 3000),
            cell("GM3", "PV", 140, 1960),
            cell("WK1", "GM3", 4, 60), cell("WK2", "GM3", 136, 1900)
        ])
        #expect(s["GM1"] == .shown)
        #expect(s["WK1"] == .primary && s["WK2"] == .secondary)
        // GM3's wijk WK1 is small, so WK2 is hidden; GM3 stays shown (two hidden wijken).
        // Now GM3 is small itself: hiding it leaves one hidden municipality in PV, so GM1 goes too.
        let t = states([
            cell("PV", nil, 500, 5000), cell("GM1", "PV", 30, 40), cell("GM2", "PV", 300, 3000),
            cell("GM3", "PV", 8, 1960), cell("WK1", "GM3", 4, 60), cell("WK2", "GM3", 4, 1900)
        ])
        #expect(t["GM3"] == .primary && t["GM1"] == .secondary && t["GM2"] == .shown)
    }

    @Test("the only child of a shown parent is hidden: the parent is hidden instead")
    func onlyChild() {
        let result = Suppression.apply(cells: [cell("GM1", nil, 40, 400), cell("WK1", "GM1", 4, 400)])
        #expect(result.map(\.state) == [.secondary, .primary])
        #expect(result[0].reason?.contains("enige deelgebied") == true)
    }

    @Test("children that do not add up to the parent are still protected")
    func inconsistentSums() {
        let s = states([cell("GM1", nil, 999, 9999), cell("WK1", "GM1", 1, 11), cell("WK2", "GM1", 20, 200)])
        #expect(s["WK2"] == .secondary)
    }

    @Test("after suppression no shown parent has exactly one hidden child, and no shown cell is small")
    func property() async {
        // Up to 4 municipalities with up to 6 wijken each, counts around the threshold.
        let child = zip(Gen<Int>.int(in: 0...40), Gen<Int>.int(in: 0...120)).array(of: 0...6)
        let province = Gen<Int>.int(in: 5...40).array(of: 1...4)
        await propertyCheck(count: 300, input: child.array(of: 4), province, Gen<Int>.int(in: 1...15)) {
            wijken, provinceCounts, threshold in
            var cells = [SuppressionCell(areaCode: "PV", parentCode: nil, numerator: 100, denominator: 1000)]
            for (m, count) in provinceCounts.enumerated() {
                let kids = wijken[m]
                let n = kids.reduce(0) { $0 + min($1.0, $1.1) }
                let d = kids.reduce(0) { $0 + $1.1 }
                cells.append(
                    SuppressionCell(
                        areaCode: "GM\(m)", parentCode: "PV", numerator: kids.isEmpty ? count : n,
                        denominator: kids.isEmpty ? count * 3 : d))
                for (w, kid) in kids.enumerated() {
                    cells.append(
                        SuppressionCell(areaCode: "WK\(m)\(w)", parentCode: "GM\(m)", numerator: min(kid.0, kid.1), denominator: kid.1))
                }
            }
            let result = Suppression.apply(cells: cells, threshold: threshold)
            let state = Dictionary(uniqueKeysWithValues: result.map { ($0.cell.areaCode, $0.state) })
            for r in result where r.state == .shown {
                #expect(r.cell.numerator >= threshold && r.cell.denominator >= threshold)
            }
            for r in result where r.cell.numerator < threshold || r.cell.denominator < threshold {
                #expect(r.state == .primary)
            }
            for parent in Set(cells.compactMap(\.parentCode)) where state[parent] == .shown {
                let hidden = result.filter { $0.cell.parentCode == parent && $0.state.isHidden }
                #expect(hidden.count != 1, "\(parent) has one hidden child")
            }
            #expect(result.allSatisfy { ($0.reason == nil) == ($0.state == .shown) })
        }
    }

    @Test("DisclosureMap: wijken and PC4 areas of one municipality are two groups, and a region is a third over its municipalities")
    func disclosureGroups() {
        func record(_ area: String, _ n: Int, _ d: Int) -> IndicatorValueRecord {
            IndicatorValueRecord(indicator: "BIG2", area: area, period: Period(year: 2023), numerator: n, denominator: d, line: 0)
        }
        let areas = [
            AreaRecord(code: "PV1", kind: .provincie, name: "P", parentCode: "NL"),
            AreaRecord(code: "GM1", kind: .gemeente, name: "A", parentCode: "PV1"),
            AreaRecord(code: "GM2", kind: .gemeente, name: "B", parentCode: "PV1"),
            AreaRecord(code: "GM3", kind: .gemeente, name: "C", parentCode: "PV1"),
            AreaRecord(code: "WK1", kind: .wijk, name: "w1", parentCode: "GM1"),
            AreaRecord(code: "WK2", kind: .wijk, name: "w2", parentCode: "GM1"),
            AreaRecord(code: "PC1", kind: .pc4, name: "p1", parentCode: "GM1"),
            AreaRecord(code: "PC2", kind: .pc4, name: "p2", parentCode: "GM1"),
            AreaRecord(code: "RG1", kind: .regio, name: "R", members: ["GM2", "GM3"])
        ]
        // One small PC4: its sibling PC4 goes too, but no wijk (the wijken are another partition).
        let map = DisclosureMap.build(
            values: [
                record("GM1", 60, 600), record("WK1", 30, 300), record("WK2", 30, 300),
                record("PC1", 5, 100), record("PC2", 55, 500)
            ], areas: areas, threshold: 10)
        #expect(Set(map.hidden.keys) == ["PC1", "PC2"])
        #expect(map["PC2"]?.state == .secondary)
        // A small municipality of a region without a figure of its own: the region's sum is
        // published on its dashboard, so the other member goes too (the province has no figure
        // here, and counts as published: its other municipality is hidden as well).
        let region = DisclosureMap.build(
            values: [record("GM2", 4, 400), record("GM3", 50, 900), record("GM1", 80, 700)],
            areas: areas, threshold: 10)
        #expect(region["GM2"]?.state == .primary && region["GM3"]?.state == .secondary)
        #expect(region["GM1"]?.state == .secondary)
        #expect(!region.isHidden("RG1"))
    }

    @Test("without a disclosure map a view still hides a count below the threshold (never 'everything shown')")
    func fallbackHidesSmall() throws {
        let big2 = try #require(IndicatorCatalogue.seeded.first { $0.code == "BIG2" })
        let small = IndicatorValueRecord(
            indicator: "BIG2", area: "PC4-7940", period: Period(year: 2023), numerator: 5, denominator: 48, line: 0)
        let cell = IndicatorCell.make(definition: big2, record: small, state: nil, reference: nil, showSmallNumbers: false)
        #expect(cell.suppression == .primary && cell.numerator == nil)
        #expect(big2.smallState(numerator: 10, denominator: 10) == .shown)
    }

    @Test("a viewer who sees one hidden municipality of a province keeps it hidden when it would let the other hidden one be computed")
    func forViewer() {
        func record(_ area: String, _ n: Int, _ d: Int) -> IndicatorValueRecord {
            IndicatorValueRecord(indicator: "BIG2", area: area, period: Period(year: 2023), numerator: n, denominator: d, line: 0)
        }
        let areas =
            [AreaRecord(code: "PV1", kind: .provincie, name: "P", parentCode: "NL")]
            + ["GM1", "GM2", "GM3", "GM4"].map { AreaRecord(code: $0, kind: .gemeente, name: $0, parentCode: "PV1") }
        // GM1 is small; GM2 (the smallest other) is hidden with it. Province shown.
        let map = DisclosureMap.build(
            values: [
                record("PV1", 400, 4000), record("GM1", 4, 300), record("GM2", 30, 500), record("GM3", 160, 1500), record("GM4", 206, 1700)
            ],
            areas: areas, threshold: 10)
        #expect(Set(map.hidden.keys) == ["GM1", "GM2"])
        let groups = DisclosureMap.groups(of: areas)
        let parents = ["GM1": "PV1", "GM2": "PV1", "GM3": "PV1", "GM4": "PV1"]
        // The coordinator of GM2 would compute GM1 (4 of 300) from the province's total: GM2 stays hidden.
        let coordinator = map.forViewer(.areas(["GM2"]), groups: groups, parents: parents)
        #expect(coordinator.isWithheld("GM2"))
        // Seeing both, nothing is left to compute: nothing withheld. The beheerder sees all.
        #expect(map.forViewer(.areas(["GM1", "GM2"]), groups: groups, parents: parents).withheld.isEmpty)
        #expect(map.forViewer(.all, groups: groups, parents: parents).withheld.isEmpty)
    }
}
