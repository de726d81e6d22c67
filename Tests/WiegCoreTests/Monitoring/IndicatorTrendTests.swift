import Foundation
import Testing

@testable import WiegCore

@Suite("Indicator trend")
struct IndicatorTrendTests {
    typealias M = MeppelBIG2
    let drenthe = AreaRecord(code: "PV22", kind: .provincie, name: "Drenthe", parentCode: "NL")
    let p1416 = Period(start: 2014, end: 2016), p1517 = Period(start: 2015, end: 2017)
    let p1618 = Period(start: 2016, end: 2018), p1719 = Period(start: 2017, end: 2019)

    func value(_ area: String, _ period: Period, _ n: Int, _ d: Int) -> IndicatorValueRecord {
        IndicatorValueRecord(indicator: "BIG2", area: area, period: period, numerator: n, denominator: d, line: 0)
    }

    /// PC4 7942 over four three-year periods (given out of order), the first one small;
    /// Meppel for all four, Drenthe without the latest.
    var values: [IndicatorValueRecord] {
        [
            value("PC4-7942", p1719, 53, 280), value("PC4-7942", p1416, 8, 260), value("PC4-7942", p1618, 50, 275),
            value("PC4-7942", p1517, 48, 270),
            value("GM0119", p1416, 190, 1570), value("GM0119", p1517, 200, 1580), value("GM0119", p1618, 205, 1590),
            value("GM0119", p1719, 209, 1598),
            value("PV22", p1416, 1100, 14_000), value("PV22", p1618, 1120, 14_100), value("PV22", p1517, 1090, 13_900),
            value("GM0120", p1719, 1, 5)
        ]  // another area: not part of this trend
    }

    func trend(signedIn: Bool = false, extra: [IndicatorValueRecord] = [], geography: [AreaRecord] = []) -> [IndicatorTrend] {
        IndicatorTrend.build(
            definition: M.big2, area: M.pc4[2], references: [M.meppel, drenthe], values: values + extra,
            showSmallNumbers: signedIn ? .all : .none, geography: geography)
    }

    @Test("points sorted by period, multi-year periods as they are; every line has every period")
    func sorted() throws {
        let t = trend()
        #expect(t.map(\.areaCode) == ["PC4-7942", "GM0119", "PV22"] && t.map(\.isReference) == [false, true, true])
        #expect(t.allSatisfy { $0.points.map(\.period) == [p1416, p1517, p1618, p1719] })
        let latest = try #require(t[0].points.last)
        let latestValue = try #require(latest.value)
        #expect(latest.numerator == 53 && abs(latestValue - 189.29) < 0.01 && latest.interval95 != nil)
        #expect(latest.comparison == .worse && !latest.significantAt998)  // against Meppel, the first reference
        #expect(t[1].points.allSatisfy { $0.comparison == .notComparable })  // references are not compared
    }

    @Test("a suppressed point is a gap with its state and reason, not a zero; a missing one is a plain gap")
    func gaps() throws {
        let t = trend()
        let small = t[0].points[0]
        #expect(small.isSuppressed && small.suppression == .primary && small.value == nil && small.numerator == nil)
        #expect(small.reason?.contains("kleiner is dan 10") == true)
        let missing = t[2].points[3]
        #expect(missing == IndicatorTrend.Point(period: p1719, cell: .missing) && !missing.isSuppressed)
        let series = t.map(\.chartSeries)
        #expect(series[0].points.map(\.period) == ["2014-2016", "2015-2017", "2016-2018", "2017-2019"])
        #expect(series[0].points[0].value == nil && series[0].points[0].interval == nil)
        #expect(series[2].points[3].value == nil && series[2].label == "Drenthe")
    }

    @Test("signed in: the small point is shown, with a warning")
    func signedIn() {
        let point = trend(signedIn: true)[0].points[0]
        #expect(point.suppression == .shownWithWarning && point.numerator == 8 && point.value != nil)
    }

    @Test("secondary suppression per period: a small sibling hides 7942 in that period only")
    func secondary() {
        let siblings = [value("PC4-7944", p1719, 4, 300), value("PC4-7940", p1719, 40, 350)]
        let t = trend(extra: siblings, geography: M.pc4)
        #expect(t[0].points.map(\.suppression) == [.primary, .shown, .shown, .secondary])
        #expect(t[0].points[3].value == nil)
        // Without the geography the siblings are not known as such: no secondary suppression.
        #expect(trend(extra: siblings)[0].points[3].suppression == .shown)
    }

    @Test("TrendSeries.build feeds TrendChartSVG: the main line breaks at the hidden period")
    func chart() {
        let series = TrendSeries.build(
            definition: M.big2, area: M.pc4[2], references: [M.meppel], values: values,
            showSmallNumbers: false)
        #expect(series.map(\.label) == ["Meppel 7942", "Meppel"])
        #expect(series[0].points.map(\.value).map { $0 == nil } == [true, false, false, false])
        let svg = TrendChartSVG.render(series: series, unit: M.big2.unitLabel, title: "BIG2")
        #expect(svg.contains("2014-2016") && svg.contains("Laatste waarde (2017-2019): 189,3 per 1000"))
        #expect(TrendChartSVG.runs(series[0].points, where: { $0.value != nil }).map(\.count) == [3])
    }

    @Test("a small area that is its parent's only known child hides the parent in that period; with its siblings it does not")
    func onlyChild() {
        // Without siblings, the hidden 7942 of 2014-2016 would be Meppel's total: Meppel is
        // hidden, and then Drenthe (Meppel its only known child), as the Suppression module says.
        #expect(trend()[1].points[0].suppression == .secondary && trend()[2].points[0].suppression == .secondary)
        #expect(trend()[1].points[1].suppression == .shown)
        let siblings = [value("PC4-7940", p1416, 40, 350), value("PC4-7941", p1416, 35, 330)]
        let t = trend(extra: siblings, geography: M.pc4)
        #expect(t[0].points[0].suppression == .primary && t[1].points[0].suppression == .shown)
        #expect(t[0].points[0].comparison == .notComparable)
    }

    @Test("no values for the area or its references: lines without points")
    func empty() {
        let t = IndicatorTrend.build(definition: M.big2, area: M.pc4[0], references: [], values: values, showSmallNumbers: false)
        #expect(t.count == 1 && t[0].points.isEmpty)
    }
}
