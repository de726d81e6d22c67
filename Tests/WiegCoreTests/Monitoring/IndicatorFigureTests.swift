import Testing

@testable import WiegCore

@Suite("Indicator figures")
struct IndicatorFigureTests {
    static let catalogue = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.seeded.map { ($0.code, $0) })

    @Test("Meppel PC4 7942: 189.3 per 1000, significantly less favourable than Meppel at 95 %, not at 99.8 %")
    func meppel7942() throws {
        let big2 = try #require(Self.catalogue["BIG2"])
        let area = try #require(IndicatorFigure(big2, numerator: 53, denominator: 280))
        let meppel = try #require(IndicatorFigure(big2, numerator: 209, denominator: 1598))
        #expect((area.value * 10).rounded() / 10 == 189.3)
        #expect((meppel.value * 10).rounded() / 10 == 130.8)
        #expect(area.interval95.contains(area.value) && area.interval998.contains(area.interval95))
        #expect(area.interval95.lower > meppel.value)
        let comparison = area.compared(with: meppel.value, polarity: big2.polarity)
        #expect(comparison.outcome == .worse)
        #expect(comparison.outcome.dutchLabel == "significant ongunstiger")
        #expect(!comparison.significantAt998)
        #expect(!area.belowThreshold)
    }

    @Test("small numbers are below the publication threshold")
    func threshold() throws {
        let big2 = try #require(Self.catalogue["BIG2"])
        #expect(IndicatorFigure(big2, numerator: 5, denominator: 48)?.belowThreshold == true)
        #expect(IndicatorFigure(big2, numerator: 10, denominator: 10)?.belowThreshold == false)
        #expect(IndicatorFigure(big2, numerator: 1, denominator: 0) == nil)
    }

    @Test("rates use Poisson intervals in the indicator's unit; small counts are not significant; polarity decides better or worse")
    func rate() throws {
        let mortality = try #require(Self.catalogue["PERI-STERFTE"])
        let venray = try #require(IndicatorFigure(mortality, numerator: 4, denominator: 235))
        #expect(abs(venray.value - 17.02) < 0.01)
        let exact = try #require(PoissonRate.interval(count: 4, denominator: 235, multiplier: 1000, level: .p95))
        #expect(venray.interval95 == exact)
        // 17 per 1000 looks three times the region's 5, but 4 deaths is too few to tell.
        #expect(venray.compared(with: 5.0, polarity: .lowerIsBetter).outcome == .similar)
        let larger = try #require(IndicatorFigure(mortality, numerator: 40, denominator: 2350))
        #expect(larger.compared(with: 5.0, polarity: .lowerIsBetter).outcome == .worse)
        #expect(larger.compared(with: 5.0, polarity: .higherIsBetter).outcome == .better)
        #expect(larger.compared(with: 5.0, polarity: .none).outcome == .higher)
    }
}
