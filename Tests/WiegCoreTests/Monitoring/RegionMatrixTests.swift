import Foundation
import Testing

@testable import WiegCore

@Suite("Region dashboard matrix")
struct RegionMatrixTests {
    let big2 = IndicatorCatalogue.seeded.first { $0.code == "BIG2" }!
    let teens = IndicatorCatalogue.seeded.first { $0.code == "TIENERMOEDERS" }!
    let smoking = IndicatorCatalogue.seeded.first { $0.code == "ROKEN-ZWANGER" }!
    let region = AreaRecord(
        code: "zuidwest-drenthe", kind: .regio, name: "Zuidwest-Drenthe",
        members: ["GM0119", "GM1690", "GM1701", "GM0118"])
    let municipalities = [("GM0119", "Meppel"), ("GM1690", "De Wolden"), ("GM1701", "Westerveld"), ("GM0118", "Hoogeveen")]
        .map { AreaRecord(code: $0.0, kind: .gemeente, name: $0.1, parentCode: "PV22") }
    let p1719 = Period(start: 2017, end: 2019), p1820 = Period(start: 2018, end: 2020)

    func value(_ code: String, _ area: String, _ period: Period, _ n: Int, _ d: Int) -> IndicatorValueRecord {
        IndicatorValueRecord(indicator: code, area: area, period: period, numerator: n, denominator: d, line: 0)
    }

    var values: [IndicatorValueRecord] {
        [
            value("BIG2", "GM0119", p1719, 209, 1598), value("BIG2", "GM1690", p1719, 40, 700),
            value("BIG2", "GM1701", p1719, 50, 650), value("BIG2", "GM0118", p1719, 230, 1500),
            // A newer period not every municipality has yet: not the common one.
            value("BIG2", "GM0119", p1820, 200, 1600), value("BIG2", "GM0118", p1820, 220, 1480),
            value("TIENERMOEDERS", "GM0119", Period(year: 2022), 12, 400), value("TIENERMOEDERS", "GM1690", Period(year: 2022), 3, 300),
            value("TIENERMOEDERS", "GM1701", Period(year: 2022), 11, 280), value("TIENERMOEDERS", "GM0118", Period(year: 2022), 30, 600),
            value("TIENERMOEDERS", "zuidwest-drenthe", Period(year: 2022), 56, 1580),
            value("TIENERMOEDERS", "GM0119", Period(year: 2021), 14, 390)
        ]
    }

    func matrix(signedIn: Bool = false) -> RegionMatrix {
        RegionMatrix.build(
            region: region, municipalities: municipalities, indicators: [big2, teens, smoking], values: values,
            showSmallNumbers: signedIn ? .all : .none)
    }

    @Test("columns per indicator at the latest period all municipalities share; rows in the given order, then the total")
    func shape() {
        let m = matrix()
        #expect(m.columns.map(\.code) == ["BIG2", "TIENERMOEDERS", "ROKEN-ZWANGER"])
        #expect(m.columns.map(\.period) == [p1719, Period(year: 2022), nil])
        #expect(m.columns.map(\.regionSummed) == [true, false, false])
        #expect(m.allRows.map(\.areaCode) == ["GM0119", "GM1690", "GM1701", "GM0118", "zuidwest-drenthe"])
        #expect(m.total.isRegionTotal && m.allRows.allSatisfy { $0.cells.count == 3 })
        #expect(m.allRows.allSatisfy { $0.cells[2] == .missing })
    }

    @Test("each municipality against the region's own value: summed counts when the region has none")
    func comparison() throws {
        let m = matrix()
        let total = m.total.cells[0]
        #expect(total.numerator == 529 && total.denominator == 4448 && total.comparison == .notComparable)
        let regionValue = try #require(total.value)
        #expect(abs(regionValue - 118.93) < 0.01)
        let meppel = m.rows[0].cells[0]
        let wolden = m.rows[1].cells[0]
        let hoogeveen = m.rows[3].cells[0]
        #expect(meppel.comparison == .similar && meppel.numerator == 209)
        #expect(wolden.comparison == .better && wolden.significantAt998)
        #expect(hoogeveen.comparison == .worse)
        #expect(try #require(hoogeveen.interval95).lower > regionValue)
        #expect(hoogeveen.significantAt998 == (try #require(hoogeveen.interval998).lower > regionValue))
    }

    @Test("one small municipality: it and the smallest other are hidden in public; the region's own total stays")
    func suppression() {
        let m = matrix()
        let states = m.allRows.map { $0.cells[1].suppression }
        #expect(states == [.shown, .primary, .secondary, .shown, .shown])
        #expect(m.rows[1].cells[1].numerator == nil && m.rows[2].cells[1].value == nil)
        #expect(m.rows[2].cells[1].reason?.contains("terug te rekenen is uit het totaal") == true)
        #expect(m.total.cells[1].numerator == 56)
    }

    @Test("signed in: every cell shown, the publicly hidden ones with a warning and compared")
    func signedIn() {
        let m = matrix(signedIn: true)
        #expect(m.allRows.map { $0.cells[1].suppression } == [.shown, .shownWithWarning, .shownWithWarning, .shown, .shown])
        #expect(m.rows[1].cells[1].numerator == 3 && m.rows[1].cells[1].comparison != .notComparable)
    }

    @Test("all small: the total and every municipality hidden in public; the JSON holds no counts")
    func hiddenTotal() {
        let small = [
            value("BIG2", "GM0119", p1719, 2, 80), value("BIG2", "GM1690", p1719, 3, 60),
            value("BIG2", "GM1701", p1719, 1, 50), value("BIG2", "GM0118", p1719, 3, 90)
        ]
        let m = RegionMatrix.build(
            region: region, municipalities: municipalities, indicators: [big2], values: small,
            showSmallNumbers: false)
        #expect(m.total.cells[0].suppression == .primary && m.total.cells[0].numerator == nil)
        #expect(m.rows.allSatisfy { $0.cells[0].suppression == .primary })
        let json = String(data: try! JSONEncoder().encode(m), encoding: .utf8)!
        #expect(!json.contains("numerator"))
    }
}
