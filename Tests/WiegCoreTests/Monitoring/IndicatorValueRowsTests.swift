import Foundation
import Testing

@testable import WiegCore

/// Meppel's BIG2 figures from the local coalition plan (April 2021): 209 of 1598 births in
/// the municipality (130,8 per 1000), 53 of 280 in PC4 7942 Watertoren/Haveltermade (189,3).
/// The other four PC4 areas share the rest (156 of 1318).
enum MeppelBIG2 {
    static let big2 = IndicatorCatalogue.seeded.first { $0.code == "BIG2" }!
    static let period = Period(start: 2017, end: 2019)
    static let meppel = AreaRecord(code: "GM0119", kind: .gemeente, name: "Meppel", parentCode: "PV22")
    static let pc4 = [7940, 7941, 7942, 7943, 7944].map {
        AreaRecord(code: AreaCode.pc4($0), kind: .pc4, name: "Meppel \($0)", parentCode: "GM0119")
    }
    static let pc4Counts = [7940: (40, 350), 7941: (35, 330), 7942: (53, 280), 7943: (45, 338), 7944: (36, 300)]

    static func values(
        _ counts: [Int: (Int, Int)] = pc4Counts, meppel: (Int, Int) = (209, 1598),
        period: Period = period
    ) -> [IndicatorValueRecord] {
        [IndicatorValueRecord(indicator: "BIG2", area: "GM0119", period: period, numerator: meppel.0, denominator: meppel.1, line: 0)]
            + counts.keys.sorted().map {
                IndicatorValueRecord(
                    indicator: "BIG2", area: AreaCode.pc4($0), period: period,
                    numerator: counts[$0]!.0, denominator: counts[$0]!.1, line: 0)
            }
    }
}

@Suite("Indicator values view")
struct IndicatorValueRowsTests {
    typealias M = MeppelBIG2

    func rows(_ values: [IndicatorValueRecord], signedIn: Bool = false, period: Period? = nil) -> [String: ValueRow] {
        let result = IndicatorValueRows.build(
            definition: M.big2, areas: [M.meppel] + M.pc4, values: values, period: period,
            reference: "GM0119", showSmallNumbers: signedIn ? .all : .none)
        return Dictionary(uniqueKeysWithValues: result.map { ($0.areaCode, $0) })
    }

    @Test("Meppel: PC4 7942 (189,3 per 1000) is significantly worse than Meppel (130,8) at 95 %, not at 99.8 %")
    func meppel() throws {
        let r = rows(M.values())
        #expect(r.count == 6)
        let meppel = try #require(r["GM0119"])
        let watertoren = try #require(r["PC4-7942"])
        #expect(abs(try #require(meppel.value) - 130.79) < 0.01)
        #expect(abs(try #require(watertoren.value) - 189.29) < 0.01)
        #expect(watertoren.numerator == 53 && watertoren.denominator == 280 && watertoren.period == M.period)
        #expect(watertoren.suppression == .shown && watertoren.reason == nil)
        #expect(watertoren.comparison == .worse && !watertoren.significantAt998)
        let i95 = try #require(watertoren.interval95)
        let i998 = try #require(watertoren.interval998)
        #expect(i95.lower > 130.8 && i998.lower < 130.8 && i998.lower < i95.lower)
        #expect(meppel.comparison == .similar)  // the reference against itself
        #expect(r.values.allSatisfy { $0.suppression == .shown })
    }

    @Test("one small PC4 among large siblings: a second one is hidden in public (secondary), the smallest")
    func secondary() throws {
        var counts = M.pc4Counts
        counts[7944] = (6, 300)
        let r = rows(M.values(counts, meppel: (179, 1598)))
        #expect(r["PC4-7944"]?.suppression == .primary)
        #expect(r["PC4-7942"]?.suppression == .secondary)  // 280 births: the smallest shown sibling
        for code in ["PC4-7944", "PC4-7942"] {
            let row = try #require(r[code])
            #expect(
                row.numerator == nil && row.denominator == nil && row.value == nil && row.interval95 == nil
                    && row.interval998 == nil && row.comparison == .notComparable && row.reason != nil)
        }
        #expect(
            r["PC4-7942"]?.reason
                == "Verborgen omdat een verborgen klein aantal anders terug te rekenen is uit het totaal van het grotere gebied.")
        #expect(r["PC4-7944"]?.reason?.contains("kleiner is dan 10") == true)
        #expect(["GM0119", "PC4-7940", "PC4-7941", "PC4-7943"].allSatisfy { r[$0]?.suppression == .shown })
    }

    @Test("a sibling off screen still protects: showing one PC4 alone gives the same state as the full table")
    func offScreenSibling() {
        var counts = M.pc4Counts
        counts[7944] = (6, 300)
        let alone = IndicatorValueRows.build(
            definition: M.big2, areas: [M.pc4[2]], values: M.values(counts), period: nil,
            reference: "GM0119", showSmallNumbers: false, geography: M.pc4)
        #expect(alone.map(\.areaCode) == ["PC4-7942"] && alone.first?.suppression == .secondary)
    }

    @Test("signed in with small numbers: everything shown, the publicly hidden ones with a warning and the reason")
    func signedIn() throws {
        var counts = M.pc4Counts
        counts[7944] = (6, 300)
        let r = rows(M.values(counts, meppel: (179, 1598)), signedIn: true)
        let small = try #require(r["PC4-7944"])
        let derived = try #require(r["PC4-7942"])
        #expect(small.suppression == .shownWithWarning && small.numerator == 6 && small.value == 20)
        #expect(small.reason?.contains("kleiner is dan 10") == true)
        #expect(derived.suppression == .shownWithWarning && derived.numerator == 53 && derived.interval95 != nil)
        #expect(small.comparison == .better)  // 20 per 1000 against 112
        #expect(r.values.filter { $0.suppression == .shown }.count == 4)
    }

    @Test("the public JSON never holds a suppressed numerator or denominator")
    func json() throws {
        var counts = M.pc4Counts
        counts[7944] = (7, 17)
        let result = IndicatorValueRows.build(
            definition: M.big2, areas: [M.meppel] + M.pc4, values: M.values(counts),
            period: nil, reference: "GM0119", showSmallNumbers: false)
        let data = try JSONEncoder().encode(result)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let hidden = objects.filter { ["primary", "secondary"].contains($0["suppression"] as? String) }
        #expect(hidden.map { $0["areaCode"] as? String } == ["PC4-7942", "PC4-7944"])
        for object in hidden {
            #expect(
                object["numerator"] == nil && object["denominator"] == nil && object["value"] == nil
                    && object["interval95"] == nil && object["interval998"] == nil)
        }
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(!text.contains("\"numerator\":7,") && !text.contains("\"numerator\":53,") && !text.contains(":17,"))
        #expect(try JSONDecoder().decode([ValueRow].self, from: data) == result)
        let shown = try #require(objects.first { $0["areaCode"] as? String == "PC4-7940" })
        #expect(shown["numerator"] as? Int == 40 && shown["comparison"] as? String == "similar")
    }

    @Test("the latest period by default, an explicit one on request; other indicators are ignored")
    func periods() {
        let older = M.values(period: Period(year: 2016)).map { r -> IndicatorValueRecord in
            var r = r
            r.numerator -= 5
            return r
        }
        let other = IndicatorValueRecord(
            indicator: "TIENERMOEDERS", area: "GM0119", period: Period(year: 2022),
            numerator: 1, denominator: 2, line: 0)
        let values = older + M.values() + [other]
        #expect(rows(values)["GM0119"]?.numerator == 209)
        #expect(rows(values, period: Period(year: 2016))["GM0119"]?.numerator == 204)
        #expect(rows(values, period: Period(year: 2030)).isEmpty)
    }

    @Test("a publicly hidden reference gives no comparison in public")
    func hiddenReference() {
        let r = rows(M.values(meppel: (8, 1598)))
        #expect(r["GM0119"]?.suppression == .primary)
        #expect(r["PC4-7940"]?.comparison == .notComparable)
        #expect(rows(M.values(meppel: (8, 1598)), signedIn: true)["PC4-7940"]?.comparison == .worse)
    }
}
