import Foundation

/// The binomial and Poisson distributions as far as the funnel limits need them: the
/// density, both tails without cancellation, and Spiegelhalter's interpolated quantiles.
///
/// A binomial tail is summed term by term from k outwards (the side away from the mean,
/// so the terms only shrink), each term from the previous one by the density ratio and
/// re-anchored every 64 terms on Loader's density (`SpecialFunctions.binomialDensity`),
/// with compensated summation. This keeps about 1e-14 relative precision for n = 10⁹,
/// where the incomplete-beta continued fraction loses digits for p near 0 or 1.
/// Poisson tails are P(X ≤ k) = Q(k + 1, μ) and P(X > k) = P(k + 1, μ).
enum DiscreteDistribution: Sendable {
    case binomial(n: Int, p: Double)
    case poisson(mean: Double)

    /// P(X = k).
    func density(_ k: Int) -> Double {
        switch self {
        case .binomial(let n, let p): SpecialFunctions.binomialDensity(Double(k), Double(n), p, 1 - p)
        case .poisson(let mean): k < 0 ? 0 : SpecialFunctions.poissonDensity(Double(k), mean)
        }
    }

    /// (P(X ≤ k), P(X > k)), each computed directly where it is the smaller one.
    func tails(_ k: Int) -> (lower: Double, upper: Double) {
        if k < 0 { return (0, 1) }
        switch self {
        case .binomial(let n, let p):
            if k >= n || p == 0 { return (1, 0) }
            if p == 1 { return (0, 1) }
            let q = 1 - p
            let nd = Double(n)
            if Double(k) < nd * p {  // f(j − 1)/f(j) = j q / ((n − j + 1) p)
                let lower = tailSum(from: k, step: -1, end: 0) { j in Double(j) * q / ((nd - Double(j) + 1) * p) }
                return (lower, 1 - lower)
            }
            // f(j + 1)/f(j) = (n − j) p / ((j + 1) q)
            let upper = tailSum(from: k + 1, step: 1, end: n) { j in (nd - Double(j)) * p / ((Double(j) + 1) * q) }
            return (1 - upper, upper)
        case .poisson(let mean):
            let (p, q) = SpecialFunctions.incompleteGamma(Double(k) + 1, mean)
            return (q, p)
        }
    }

    private var meanAndDeviation: (mean: Double, sd: Double, skew: Double) {
        switch self {
        case .binomial(let n, let p):
            let sd = (Double(n) * p * (1 - p)).squareRoot()
            return (Double(n) * p, sd, sd > 0 ? (1 - 2 * p) / sd : 0)
        case .poisson(let mean):
            return (mean, mean.squareRoot(), mean > 0 ? 1 / mean.squareRoot() : 0)
        }
    }

    /// A first guess of the quantile at the standard normal deviate z (Cornish–Fisher).
    private func guess(_ z: Double) -> Int {
        let (mean, sd, skew) = meanAndDeviation
        var r = (mean + sd * (z + (z * z - 1) * skew / 6)).rounded()
        if case .binomial(let n, _) = self { r = min(r, Double(n)) }
        return r.isFinite ? Int(max(0, r)) : 0
    }

    /// Spiegelhalter's lower limit: with r the smallest count with F(r) ≥ t,
    /// r − (F(r) − t) / f(r). It lies in (r − 1, r]; it may be negative.
    func interpolatedLowerQuantile(tail t: Double) -> Double {
        var r = guess(SpecialFunctions.normalQuantile(t))
        var f = tails(r).lower
        while f < t {
            r += 1
            f = tails(r).lower
        }
        while r > 0 {
            let below = tails(r - 1).lower
            guard below >= t else { break }
            r -= 1
            f = below
        }
        return Double(r) - (f - t) / density(r)
    }

    /// Spiegelhalter's upper limit: with r the smallest count with F(r) ≥ 1 − t,
    /// r + 1 − (F(r) − (1 − t)) / f(r), where F(r) − (1 − t) is taken as t − S(r).
    /// It lies in (r, r + 1].
    func interpolatedUpperQuantile(tail t: Double) -> Double {
        var r = guess(-SpecialFunctions.normalQuantile(t))
        var s = tails(r).upper
        while s > t {
            r += 1
            s = tails(r).upper
        }
        while r > 0 {
            let below = tails(r - 1).upper
            guard below <= t else { break }
            r -= 1
            s = below
        }
        return Double(r) + 1 - (t - s) / density(r)
    }

    /// Σ f(j) for j = start, start + step, … up to `end`, until the terms no longer count;
    /// `ratio(j)` is f(j + step)/f(j).
    private func tailSum(from start: Int, step: Int, end: Int, ratio: (Int) -> Double) -> Double {
        var j = start
        var term = density(start)
        var sum = 0.0
        var compensation = 0.0
        var steps = 0
        while term > 0 {
            let next = sum + term
            compensation += abs(sum) >= term ? (sum - next) + term : (term - next) + sum
            sum = next
            if j == end || term < sum * 1e-17 { break }
            term *= ratio(j)
            j += step
            steps += 1
            if steps % 64 == 0 { term = density(j) }
        }
        return sum + compensation
    }
}
