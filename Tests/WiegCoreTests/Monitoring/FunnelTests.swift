import Foundation
import Testing

@testable import WiegCore

/// Funnel-plot control limits and over-dispersion against SciPy
/// (`Fixtures/statistics.json`; tolerance: see `matchesReference`), plus their invariants.
@Suite struct FunnelTests {
    let fixture = StatisticsFixture.shared

    @Test func fixtureIsComplete() {
        #expect(fixture.caseCount >= 200)
        #expect(Set(fixture.proportionFunnel.map(\.method)) == Set(ProportionFunnelMethod.allCases))
        #expect(Set(fixture.rateFunnel.map(\.method)) == Set(RateFunnelMethod.allCases))
        #expect(fixture.overdispersion.contains { $0.overdispersed && $0.kind == "proportion" })
        #expect(fixture.overdispersion.contains { !$0.overdispersed && $0.kind == "proportion" })
        #expect(fixture.overdispersion.contains { $0.overdispersed && $0.kind == "rate" })
        #expect(fixture.overdispersion.contains { !$0.overdispersed && $0.kind == "rate" })
    }

    @Test func proportionLimitsMatchScipy() {
        for c in fixture.proportionFunnel {
            let limits = ProportionFunnel.limits(target: c.target, n: c.n, level: c.level, method: c.method)
            #expect(matchesReference(limits, lower: c.lower, upper: c.upper), "p0 = \(c.target), n = \(c.n), \(c.level), \(c.method)")
        }
    }

    @Test func rateLimitsMatchScipy() {
        for c in fixture.rateFunnel {
            let limits = RateFunnel.limits(
                target: c.target, n: c.n, multiplier: c.multiplier,
                level: c.level, method: c.method)
            #expect(matchesReference(limits, lower: c.lower, upper: c.upper), "r0 = \(c.target), n = \(c.n), \(c.level), \(c.method)")
        }
    }

    @Test func overdispersionMatchesScipy() throws {
        for c in fixture.overdispersion {
            let estimate =
                c.kind == "proportion"
                ? Overdispersion.proportions(zip(c.numerators, c.denominators).map { ($0, Int($1)) }, target: c.target)
                : Overdispersion.rates(
                    zip(c.numerators, c.denominators).map { ($0, $1) }, target: c.target,
                    multiplier: c.multiplier)
            #expect(estimate.unitCount == c.numerators.count, "\(c.name)")
            #expect(matchesReference(estimate.phi, c.phi), "\(c.name) phi")
            #expect(matchesReference(estimate.tau2, c.tau2), "\(c.name) tau2")
            #expect(estimate.isOverdispersed == c.overdispersed, "\(c.name)")
            for limit in c.limits {
                let widened =
                    c.kind == "proportion"
                    ? ProportionFunnel.limits(target: c.target, n: limit.n, level: limit.level, tau2: estimate.tau2)
                    : RateFunnel.limits(
                        target: c.target, n: limit.n, multiplier: c.multiplier,
                        level: limit.level, tau2: estimate.tau2)
                #expect(matchesReference(widened, lower: limit.lower, upper: limit.upper), "\(c.name) n = \(limit.n) \(limit.level)")
            }
        }
    }

    /// Spiegelhalter's interpolation keeps the chance of falling outside each limit at
    /// or below α/2 for an area that is exactly on target.
    @Test func exactLimitsAreConservative() throws {
        for p0 in [0.02, 0.1, 0.5] {
            for n in [1, 4, 25, 300, 5000] {
                let binomial = DiscreteDistribution.binomial(n: n, p: p0)
                for level in ConfidenceLevel.allCases {
                    let limits = try #require(ProportionFunnel.limits(target: p0, n: n, level: level))
                    let t = level.alpha / 2
                    let below = (0...n).filter { Double($0) / Double(n) < limits.lower }.last
                    let above = (0...n).first { Double($0) / Double(n) > limits.upper }
                    if let below { #expect(binomial.tails(below).lower <= t * (1 + 1e-12), "p0 \(p0) n \(n)") }
                    if let above { #expect(binomial.tails(above - 1).upper <= t * (1 + 1e-12), "p0 \(p0) n \(n)") }
                }
            }
        }
    }

    @Test func limitsContainTargetAndNest() throws {
        for method in ProportionFunnelMethod.allCases {
            for n in [1, 10, 100, 10_000] {
                let l95 = try #require(ProportionFunnel.limits(target: 0.08, n: n, level: .p95, method: method))
                let l998 = try #require(ProportionFunnel.limits(target: 0.08, n: n, level: .p998, method: method))
                #expect(l95.contains(0.08) && l998.contains(l95), "\(method) n = \(n)")
            }
        }
        for method in RateFunnelMethod.allCases {
            for n in [100.0, 1000, 1e5] {
                let l95 = try #require(RateFunnel.limits(target: 8, n: n, level: .p95, method: method))
                let l998 = try #require(RateFunnel.limits(target: 8, n: n, level: .p998, method: method))
                #expect(l95.contains(8) && l998.contains(l95), "\(method) n = \(n)")
            }
        }
    }

    @Test func funnelNarrowsAsNGrows() throws {
        for method in ProportionFunnelMethod.allCases {
            var previous = Double.infinity
            for n in [10, 100, 1000, 10_000, 100_000] {
                let width = try #require(ProportionFunnel.limits(target: 0.3, n: n, level: .p95, method: method)).width
                #expect(width < previous, "\(method) n = \(n)")
                previous = width
            }
        }
        var previous = Double.infinity
        for n in [100.0, 1000, 10_000, 100_000] {
            let width = try #require(RateFunnel.limits(target: 8, n: n, level: .p998, tau2: 1e-7)).width
            #expect(width < previous, "n = \(n)")
            previous = width
        }
    }

    @Test func overdispersionWidensTheLimits() throws {
        let narrow = try #require(ProportionFunnel.limits(target: 0.1, n: 500, level: .p95, tau2: 0))
        let wide = try #require(ProportionFunnel.limits(target: 0.1, n: 500, level: .p95, tau2: 0.002))
        #expect(wide.contains(narrow) && wide.width > narrow.width)
        // Without over-dispersion the curve draws the exact limits.
        let flat = Overdispersion(unitCount: 20, phi: 0.8, tau2: 0)
        let curve = ProportionFunnel.curve(target: 0.1, maxN: 500, points: 5, overdispersion: flat)
        #expect(curve.last?.limits95 == ProportionFunnel.limits(target: 0.1, n: 500, level: .p95))
        let spread = Overdispersion(unitCount: 20, phi: 3, tau2: 0.002)
        let widened = ProportionFunnel.curve(target: 0.1, maxN: 500, points: 5, overdispersion: spread)
        #expect(widened.last?.limits95 == wide)
    }

    @Test func overdispersionEdges() {
        #expect(Overdispersion.proportions([], target: 0.1) == Overdispersion(unitCount: 0, phi: 0, tau2: 0))
        let single = Overdispersion.proportions([(numerator: 90, denominator: 100)], target: 0.1)
        #expect(single.unitCount == 1 && single.tau2 == 0 && single.phi > 100)
        let skipped = Overdispersion.rates(
            [(count: 3, denominator: 0), (count: 5, denominator: 1000)],
            target: 5, multiplier: 1000)
        #expect(skipped.unitCount == 1)
    }

    @Test func curvesSpanOneToMax() throws {
        let curve = ProportionFunnel.curve(target: 0.1, maxN: 25_000, points: 100)
        #expect(curve.first?.n == 1 && curve.last?.n == 25_000)
        #expect(curve.count <= 100 && curve.count > 60)
        #expect(zip(curve, curve.dropFirst()).allSatisfy { $0.n < $1.n })
        #expect(curve.allSatisfy { $0.limits998.contains($0.limits95) })
        let rates = RateFunnel.curve(target: 8, minN: 100, maxN: 1e6, points: 50, method: .interpolatedPoisson)
        #expect(rates.first?.n == 100 && rates.last?.n == 1e6 && rates.count == 50)
        #expect(ProportionFunnel.curve(target: 0.1, maxN: 1).map(\.n) == [1])
    }

    @Test func invalidInputs() {
        #expect(ProportionFunnel.limits(target: 0.1, n: 0, level: .p95) == nil)
        #expect(ProportionFunnel.limits(target: 1.1, n: 10, level: .p95) == nil)
        #expect(RateFunnel.limits(target: 8, n: 0, level: .p95) == nil)
        #expect(RateFunnel.limits(target: -1, n: 10, level: .p95) == nil)
        #expect(RateFunnel.limits(target: 8, n: 10, level: .p95, tau2: -1) == nil)
    }
}
