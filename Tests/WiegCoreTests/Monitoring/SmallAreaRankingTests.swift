import Foundation
import Testing

@testable import WiegCore

@Suite("Small-area ranking")
struct SmallAreaRankingTests {
    static let big2 = IndicatorCatalogue.seeded.first { $0.code == "BIG2" }!
    static let startZorg = IndicatorCatalogue.seeded.first { $0.code == "START-ZORG-10" }!

    func area(_ code: String, _ n: Int, _ d: Int, _ definition: IndicatorDefinition = big2, hidden: Bool = false) -> SmallAreaFigure {
        SmallAreaFigure(
            areaCode: code, areaName: "Wijk \(code)", definition: definition, numerator: n, denominator: d,
            secondarySuppressed: hidden)
    }

    @Test("lower is better: the highest BIG2 first, hidden areas last without a value")
    func lowerIsBetter() {
        let ranking = SmallAreaRanking.rank(
            figures: [
                area("B", 20, 200), area("A", 53, 280), area("C", 4, 50),
                area("D", 30, 300, hidden: true), area("E", 12, 120)
            ],
            reference: 130.8, polarity: .lowerIsBetter)
        #expect(ranking.map(\.areaCode) == ["A", "B", "E", "C", "D"])
        #expect(ranking.map(\.position) == [1, 2, 3, nil, nil])
        #expect(ranking[3].value == nil && ranking[3].interval95 == nil && ranking[3].comparison == .notComparable)
        // 53/280 = 189.3 per 1000 (Meppel 7942): Wilson 95 % (147.7…239.3) lies above 130.8,
        // 99.8 % (127.7…271.4) does not.
        #expect(abs(ranking[0].value! - 189.29) < 0.01)
        #expect(ranking[0].comparison.outcome == .worse)
        #expect(ranking[0].significant95 && !ranking[0].significant998)
        // B and E have 100 per 1000: interval includes 130.8.
        #expect(ranking[1].comparison.outcome == .similar && !ranking[1].significant95)
        // Equal values: by code.
        #expect(ranking[1].value == ranking[2].value)
    }

    @Test("higher is better: the lowest value first, and significance only at 95 % when the 99.8 % interval touches")
    func higherIsBetter() {
        // 40/100 = 40 %: 95 % interval 30.9–49.8 lies below 50, 99.8 % (26.4–55.4) does not.
        let ranking = SmallAreaRanking.rank(
            figures: [area("X", 80, 100, Self.startZorg), area("Y", 40, 100, Self.startZorg)],
            reference: 50, polarity: .higherIsBetter)
        #expect(ranking.map(\.areaCode) == ["Y", "X"])
        #expect(ranking[0].comparison.outcome == .worse)
        #expect(ranking[0].significant95 && !ranking[0].significant998)
        #expect(ranking[1].comparison.outcome == .better && ranking[1].significant998)
    }

    @Test("without a reference nothing is significant; without a figure the area is listed last")
    func noReference() {
        let empty = SmallAreaFigure(areaCode: "Z", areaName: "Aa", figure: nil, suppressed: false)
        let ranking = SmallAreaRanking.rank(figures: [empty, area("A", 53, 280)], reference: nil, polarity: .none)
        #expect(ranking.map(\.areaCode) == ["A", "Z"])
        #expect(ranking.allSatisfy { $0.comparison.outcome == .notComparable })
    }
}
