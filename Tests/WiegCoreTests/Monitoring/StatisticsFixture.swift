import Foundation

@testable import WiegCore

/// The SciPy reference values in `Fixtures/statistics.json`, written by
/// `Fixtures/make_statistics_fixture.py`. Loaded by a path relative to this file, so
/// the test target needs no resources.
struct StatisticsFixture: Decodable {
    struct NormalQuantile: Decodable { let p, z: Double }
    struct ChiSquare: Decodable { let p, df, x: Double }
    struct Gamma: Decodable { let a, x, p, q: Double }
    struct Binomial: Decodable {
        let n, k: Int
        let p, cdf, sf, pmf: Double
    }
    struct WilsonCase: Decodable {
        let numerator, denominator: Int
        let level: ConfidenceLevel
        let lower, upper: Double
    }
    struct RateCase: Decodable {
        let count: Int
        let denominator, multiplier, rate, lower, upper: Double
        let level: ConfidenceLevel
        let method: String
    }
    struct ProportionFunnelCase: Decodable {
        let target, lower, upper: Double
        let n: Int
        let level: ConfidenceLevel
        let method: ProportionFunnelMethod
    }
    struct RateFunnelCase: Decodable {
        let target, n, multiplier, lower, upper: Double
        let level: ConfidenceLevel
        let method: RateFunnelMethod
    }
    struct Limit: Decodable {
        let n, lower, upper: Double
        let level: ConfidenceLevel
    }
    struct OverdispersionCase: Decodable {
        let name, kind: String
        let numerators: [Int]
        let denominators: [Double]
        let target, multiplier, phi, tau2: Double
        let overdispersed: Bool
        let limits: [Limit]
    }
    struct ComparisonCase: Decodable {
        let kind: String
        let numerator: Int
        let denominator, multiplier, reference: Double
        let polarity: Polarity
        let outcome: ComparisonOutcome
        let significantAt998: Bool
    }

    let normalQuantile: [NormalQuantile]
    let chiSquareQuantile: [ChiSquare]
    let incompleteGamma: [Gamma]
    let binomial: [Binomial]
    let wilson: [WilsonCase]
    let poissonRate: [RateCase]
    let proportionFunnel: [ProportionFunnelCase]
    let rateFunnel: [RateFunnelCase]
    let overdispersion: [OverdispersionCase]
    let comparisons: [ComparisonCase]

    var caseCount: Int {
        normalQuantile.count + chiSquareQuantile.count + incompleteGamma.count + binomial.count
            + wilson.count + poissonRate.count + proportionFunnel.count + rateFunnel.count
            + overdispersion.count + overdispersion.reduce(0) { $0 + $1.limits.count } + comparisons.count
    }

    static let shared: StatisticsFixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/statistics.json")
        do {
            return try JSONDecoder().decode(StatisticsFixture.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()
}

/// The fixture tolerance: |actual − expected| ≤ 1e-9 · max(1, |expected|), i.e. absolute
/// 1e-9 for values up to 1 in size and relative 1e-9 for larger ones.
func matchesReference(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    if actual == expected { return true }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// The same, for both ends of an interval.
func matchesReference(_ actual: ConfidenceInterval?, lower: Double, upper: Double) -> Bool {
    guard let actual else { return false }
    return matchesReference(actual.lower, lower) && matchesReference(actual.upper, upper)
}
