import PropertyBased
import Testing

@testable import WiegCore

/// Invariants of the intervals over generated counts (swift-property-based).
@Suite("Statistics properties")
struct StatisticsPropertyTests {
    @Test("a Wilson interval lies in [0, 1], contains the proportion, and the 99.8 % one contains the 95 % one")
    func wilsonContainsEstimate() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1...1_000_000), Gen.double(in: 0...1)) { n, share in
            let k = Int((Double(n) * share).rounded(.down))
            let i95 = try #require(Wilson.interval(numerator: k, denominator: n, level: .p95))
            let i998 = try #require(Wilson.interval(numerator: k, denominator: n, level: .p998))
            #expect(i95.lower >= 0 && i95.upper <= 1)
            #expect(i95.contains(Double(k) / Double(n)))
            #expect(i998.contains(i95))
        }
    }

    @Test("the same proportion from fewer cases gives a wider Wilson interval")
    func wilsonWidensAsNShrinks() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...5_000), Gen.int(in: 2...50), Gen.double(in: 0...1)) { n, factor, share in
            let k = Int((Double(n) * share).rounded(.down))
            let small = try #require(Wilson.interval(numerator: k, denominator: n, level: .p95))
            let large = try #require(Wilson.interval(numerator: k * factor, denominator: n * factor, level: .p95))
            #expect(small.width > large.width)
        }
    }

    @Test("a rate interval contains the rate, is never negative, and widens as the population shrinks")
    func poissonRate() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...20_000), Gen.int(in: 1...10_000_000), Gen.int(in: 2...20)) {
            count, population, factor in
            let rate = try #require(PoissonRate.rate(count: count, denominator: Double(population), multiplier: 1000))
            let interval = try #require(PoissonRate.interval(count: count, denominator: Double(population), multiplier: 1000, level: .p95))
            #expect(interval.lower >= 0 && interval.contains(rate))
            if count > 0 {
                let larger = try #require(
                    PoissonRate.interval(
                        count: count * factor, denominator: Double(population * factor),
                        multiplier: 1000, level: .p95))
                #expect(interval.width > larger.width)
            }
        }
    }
}
