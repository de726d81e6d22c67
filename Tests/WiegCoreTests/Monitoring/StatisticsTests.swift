import Foundation
import Testing

@testable import WiegCore

/// Special functions, confidence intervals and comparisons against SciPy
/// (`Fixtures/statistics.json`; tolerance: see `matchesReference`), plus their invariants.
@Suite struct StatisticsTests {
    let fixture = StatisticsFixture.shared

    // MARK: - Special functions

    @Test func normalQuantileMatchesScipy() {
        for c in fixture.normalQuantile {
            #expect(matchesReference(SpecialFunctions.normalQuantile(c.p), c.z), "p = \(c.p)")
        }
        #expect(SpecialFunctions.normalQuantile(0) == -.infinity)
        #expect(SpecialFunctions.normalQuantile(1) == .infinity)
        #expect(SpecialFunctions.normalQuantile(1.5).isNaN)
    }

    @Test func chiSquareQuantileMatchesScipy() {
        for c in fixture.chiSquareQuantile {
            let x = SpecialFunctions.chiSquareQuantile(c.p, degreesOfFreedom: c.df)
            #expect(matchesReference(x, c.x), "p = \(c.p), df = \(c.df)")
            let upper = SpecialFunctions.chiSquareUpperQuantile(1 - c.p, degreesOfFreedom: c.df)
            #expect(matchesReference(upper, c.x, tolerance: 1e-8), "upper, p = \(c.p), df = \(c.df)")
        }
    }

    @Test func incompleteGammaMatchesScipy() {
        for c in fixture.incompleteGamma {
            #expect(matchesReference(SpecialFunctions.regularizedGammaP(c.a, c.x), c.p), "P(\(c.a), \(c.x))")
            #expect(matchesReference(SpecialFunctions.regularizedGammaQ(c.a, c.x), c.q), "Q(\(c.a), \(c.x))")
        }
    }

    /// Relative 1e-10: one unit in the last place of x ≈ 10⁶ already moves a 0.001 tail
    /// by about 1e-12.
    @Test func inverseGammaRoundTrips() {
        for a in [0.05, 0.5, 1, 4.5, 30, 2_500, 1e6] {
            for p in [1e-8, 0.001, 0.025, 0.5, 0.975] {
                let x = SpecialFunctions.inverseRegularizedGammaP(a, p)
                #expect(abs(SpecialFunctions.regularizedGammaP(a, x) - p) <= 1e-10 * p, "a = \(a), p = \(p)")
                let y = SpecialFunctions.inverseRegularizedGammaQ(a, p)
                #expect(abs(SpecialFunctions.regularizedGammaQ(a, y) - p) <= 1e-10 * p, "a = \(a), q = \(p)")
            }
        }
    }

    @Test func binomialTailsMatchScipy() {
        for c in fixture.binomial {
            let distribution = DiscreteDistribution.binomial(n: c.n, p: c.p)
            let (lower, upper) = distribution.tails(c.k)
            // Relative: these tails are the small numbers the funnel limits rest on.
            #expect(abs(lower - c.cdf) <= 1e-11 * c.cdf, "cdf n = \(c.n), k = \(c.k)")
            #expect(abs(upper - c.sf) <= 1e-11 * c.sf, "sf n = \(c.n), k = \(c.k)")
            #expect(abs(distribution.density(c.k) - c.pmf) <= 1e-11 * c.pmf, "pmf n = \(c.n), k = \(c.k)")
        }
    }

    // MARK: - Intervals

    @Test func levels() {
        #expect(matchesReference(ConfidenceLevel.p95.z, 1.959963984540054))
        #expect(matchesReference(ConfidenceLevel.p998.z, 3.090232306167813))
        #expect(ConfidenceLevel.p998.dutchLabel == "99,8%")
    }

    @Test func wilsonMatchesScipy() {
        for c in fixture.wilson {
            let interval = Wilson.interval(numerator: c.numerator, denominator: c.denominator, level: c.level)
            #expect(matchesReference(interval, lower: c.lower, upper: c.upper), "\(c.numerator)/\(c.denominator) \(c.level)")
        }
    }

    @Test func wilsonEdges() throws {
        #expect(Wilson.interval(numerator: 0, denominator: 0, level: .p95) == nil)
        #expect(Wilson.interval(numerator: 3, denominator: 2, level: .p95) == nil)
        #expect(Wilson.interval(numerator: -1, denominator: 2, level: .p95) == nil)
        let none = try #require(Wilson.interval(numerator: 0, denominator: 1, level: .p95))
        #expect(none.lower == 0 && none.upper > 0.7 && none.upper < 0.8)
        let all = try #require(Wilson.interval(numerator: 1_000_000_000, denominator: 1_000_000_000, level: .p998))
        #expect(all.upper == 1 && all.lower < 1)
        // Huge n, tiny p: the lower limit keeps its relative precision.
        let one = try #require(Wilson.interval(numerator: 1, denominator: 1_000_000_000, level: .p95))
        #expect(abs(one.lower - 1.7652455495696316e-10) <= 1e-14 * 1.7652455495696316e-10)
    }

    @Test func poissonRatesMatchScipy() {
        for c in fixture.poissonRate {
            let count = c.count
            #expect((count < PoissonRate.exactBelow) == (c.method == "exact"))
            let interval = PoissonRate.interval(
                count: count, denominator: c.denominator,
                multiplier: c.multiplier, level: c.level)
            #expect(matchesReference(interval, lower: c.lower, upper: c.upper), "\(count)/\(c.denominator) \(c.level)")
            #expect(PoissonRate.rate(count: count, denominator: c.denominator, multiplier: c.multiplier) == c.rate)
        }
    }

    @Test func poissonEdges() throws {
        #expect(PoissonRate.interval(count: 3, denominator: 0, level: .p95) == nil)
        #expect(PoissonRate.interval(count: -1, denominator: 10, level: .p95) == nil)
        let zero = try #require(PoissonRate.interval(count: 0, denominator: 1000, level: .p95))
        #expect(zero.lower == 0)
        #expect(matchesReference(zero.upper, 3.688879454113936))  // −ln(0.025)
    }

    @Test func estimateLiesInsideItsInterval() throws {
        for level in ConfidenceLevel.allCases {
            for n in [1, 2, 7, 50, 999, 123_456] {
                for o in Set([0, 1, n / 3, n / 2, n - 1, n]) where o >= 0 {
                    let interval = try #require(Wilson.interval(numerator: o, denominator: n, level: level))
                    #expect(interval.contains(Double(o) / Double(n)), "\(o)/\(n)")
                }
            }
            for count in 0...150 {
                let interval = try #require(PoissonRate.interval(count: count, denominator: 4321, level: level))
                #expect(interval.contains(Double(count) / 4321 * 1000), "count \(count)")
            }
        }
    }

    @Test func intervalsWidenAsTheDenominatorShrinks() throws {
        for level in ConfidenceLevel.allCases {
            var previous = 0.0
            for n in [100_000, 10_000, 1000, 100, 10] {
                let width = try #require(Wilson.interval(numerator: n / 5, denominator: n, level: level)).width
                #expect(width > previous, "n = \(n)")
                previous = width
            }
            previous = 0
            for n in [1e6, 1e5, 1e4, 1000.0] {  // 8 per 1000 each time: Byar, then exact
                let width = try #require(PoissonRate.interval(count: Int(n / 125), denominator: n, level: level)).width
                #expect(width > previous, "n = \(n)")
                previous = width
            }
        }
    }

    @Test func wider998IntervalsContain95Ones() throws {
        for n in [1, 3, 20, 400, 1_000_000] {
            for o in [0, n / 4, n / 2, n] {
                let i95 = try #require(Wilson.interval(numerator: o, denominator: n, level: .p95))
                let i998 = try #require(Wilson.interval(numerator: o, denominator: n, level: .p998))
                #expect(i998.contains(i95) && i998.width > i95.width, "\(o)/\(n)")
            }
        }
        for count in [0, 1, 5, 9, 10, 11, 40, 5000] {
            let i95 = try #require(PoissonRate.interval(count: count, denominator: 2000, level: .p95))
            let i998 = try #require(PoissonRate.interval(count: count, denominator: 2000, level: .p998))
            #expect(i998.contains(i95) && i998.width > i95.width, "count \(count)")
        }
    }

    // MARK: - Comparison

    @Test func comparisonsMatchFixture() {
        for c in fixture.comparisons {
            let result =
                c.kind == "proportion"
                ? BenchmarkComparison.proportion(
                    numerator: c.numerator, denominator: Int(c.denominator),
                    reference: c.reference, polarity: c.polarity)
                : BenchmarkComparison.rate(
                    count: c.numerator, denominator: c.denominator, multiplier: c.multiplier,
                    reference: c.reference, polarity: c.polarity)
            #expect(
                result == BenchmarkComparison(outcome: c.outcome, significantAt998: c.significantAt998),
                "\(c.kind) \(c.numerator)/\(c.denominator) vs \(c.reference), \(c.polarity)")
        }
        let outcomes = Set(fixture.comparisons.map(\.outcome))
        #expect(outcomes == [.better, .similar, .worse, .lower, .higher])
        #expect(fixture.comparisons.contains { $0.outcome.isSignificant && !$0.significantAt998 })
        #expect(fixture.comparisons.contains { $0.significantAt998 })
    }

    @Test func polarityFlipsBetterAndWorse() {
        let intervals = [
            ConfidenceInterval(lower: 0.2, upper: 0.3), ConfidenceInterval(lower: 0.01, upper: 0.05),
            ConfidenceInterval(lower: 0.05, upper: 0.2)
        ]
        for interval in intervals {
            let low = BenchmarkComparison.outcome(of: interval, reference: 0.1, polarity: .lowerIsBetter)
            let high = BenchmarkComparison.outcome(of: interval, reference: 0.1, polarity: .higherIsBetter)
            let none = BenchmarkComparison.outcome(of: interval, reference: 0.1, polarity: .none)
            switch none {
            case .higher: #expect(low == .worse && high == .better)
            case .lower: #expect(low == .better && high == .worse)
            default: #expect(none == .similar && low == .similar && high == .similar)
            }
        }
        // An interval touching the reference is not significant.
        let touching = ConfidenceInterval(lower: 0.1, upper: 0.2)
        #expect(BenchmarkComparison.outcome(of: touching, reference: 0.1, polarity: .lowerIsBetter) == .similar)
    }

    @Test func notComparable() {
        let interval = ConfidenceInterval(lower: 0.1, upper: 0.2)
        #expect(BenchmarkComparison.outcome(of: nil, reference: 0.1, polarity: .none) == .notComparable)
        #expect(BenchmarkComparison.outcome(of: interval, reference: nil, polarity: .none) == .notComparable)
        #expect(BenchmarkComparison.outcome(of: interval, reference: .nan, polarity: .none) == .notComparable)
        #expect(
            BenchmarkComparison.proportion(
                numerator: 0, denominator: 0, reference: 0.1,
                polarity: .lowerIsBetter) == .notComparable)
        #expect(
            BenchmarkComparison.rate(
                count: 4, denominator: 0, reference: 8,
                polarity: .lowerIsBetter) == .notComparable)
    }

    @Test func labels() {
        #expect(ComparisonOutcome.better.dutchLabel == "significant gunstiger")
        #expect(ComparisonOutcome.similar.dutchLabel == "niet significant verschillend")
        #expect(ComparisonOutcome.worse.dutchLabel == "significant ongunstiger")
        #expect(ComparisonOutcome.lower.dutchLabel == "significant lager")
        #expect(ComparisonOutcome.higher.dutchLabel == "significant hoger")
        #expect(ComparisonOutcome.notComparable.dutchLabel == "niet te vergelijken")
        #expect(ComparisonOutcome.better.englishLabel == "significantly better")
        #expect(Set(ComparisonOutcome.allCases.map(\.englishLabel)).count == ComparisonOutcome.allCases.count)
    }
}
