import Foundation

/// Special functions behind Wieg's small-number statistics, in double precision and
/// checked against SciPy (`Tests/WiegCoreTests/Fixtures/statistics.json`).
///
/// - Normal quantile: Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988),
///   relative error about 1e-16.
/// - Regularised incomplete gamma P(a, x) and Q(a, x): power series for x < a + 1, the
///   Legendre continued fraction (modified Lentz) otherwise, as in Numerical Recipes,
///   but with the prefactor x^a e^-x / Γ(a + 1) computed by Loader's saddle-point method
///   (`stirlingError`, `deviance`), so it keeps full precision for large a and x.
/// - The inverses use Newton's method on the logarithm of the smaller tail, inside a bracket.
public enum SpecialFunctions {
    /// The standard normal quantile Φ⁻¹(p); −∞ at 0, +∞ at 1, NaN outside [0, 1].
    public static func normalQuantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * horner(as241A, r) / horner(as241B, r)
        }
        var r = (-log(q < 0 ? p : 1 - p)).squareRoot()
        let value: Double
        if r <= 5 {
            r -= 1.6
            value = horner(as241C, r) / horner(as241D, r)
        } else {
            r -= 5
            value = horner(as241E, r) / horner(as241F, r)
        }
        return q < 0 ? -value : value
    }

    /// The regularised lower incomplete gamma function P(a, x), a > 0.
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double { incompleteGamma(a, x).p }

    /// The regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x), a > 0.
    public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double { incompleteGamma(a, x).q }

    /// The x ≥ 0 with P(a, x) = p.
    public static func inverseRegularizedGammaP(_ a: Double, _ p: Double) -> Double {
        inverseGamma(a, p: p, q: 1 - p)
    }

    /// The x ≥ 0 with Q(a, x) = q.
    public static func inverseRegularizedGammaQ(_ a: Double, _ q: Double) -> Double {
        inverseGamma(a, p: 1 - q, q: q)
    }

    /// The p-quantile of the chi-square distribution with `df` degrees of freedom.
    public static func chiSquareQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        2 * inverseRegularizedGammaP(df / 2, p)
    }

    /// The x with P(χ²(df) > x) = q: the upper quantile, without rounding 1 − q.
    public static func chiSquareUpperQuantile(_ q: Double, degreesOfFreedom df: Double) -> Double {
        2 * inverseRegularizedGammaQ(df / 2, q)
    }

    // MARK: - Incomplete gamma

    static func incompleteGamma(_ a: Double, _ x: Double) -> (p: Double, q: Double) {
        guard a > 0, !x.isNaN else { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if x < a + 1 {
            // P = x^a e^-x / Γ(a+1) · Σ_k x^k / ((a+1)…(a+k))
            var term = 1.0
            var sum = 1.0
            var denominator = a
            for _ in 0..<10_000_000 {
                denominator += 1
                term *= x / denominator
                sum += term
                if term < sum * 1e-17 { break }
            }
            let p = min(1, poissonDensity(a, x) * sum)
            return (p, 1 - p)
        }
        // Q = x^a e^-x / Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …)))
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < 10_000_000 {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 4e-16 { break }
            i += 1
        }
        let q = min(1, a * poissonDensity(a, x) * h)
        return (1 - q, q)
    }

    /// Solves P(a, x) = p on the lower tail when p ≤ q, else Q(a, x) = q (p + q = 1).
    static func inverseGamma(_ a: Double, p: Double, q: Double) -> Double {
        guard a > 0, p >= 0, q >= 0 else { return .nan }
        if p == 0 { return 0 }
        if q == 0 { return .infinity }
        let upper = q < p
        var x: Double
        if a > 1 {  // Wilson–Hilferty
            let z = upper ? -normalQuantile(q) : normalQuantile(p)
            x = a * pow(max(1 - 1 / (9 * a) + z / (3 * a.squareRoot()), 1e-3), 3)
        } else {  // Numerical Recipes' start for a ≤ 1
            let t = 1 - a * (0.253 + a * 0.12)
            x = p < t ? pow(p / t, 1 / a) : 1 - log(q / (1 - t))
        }
        if x == 0 { return 0 }  // below the smallest double
        // Newton on log P against log x (nearly linear where P is small) or on log Q
        // against x (nearly linear where Q is small), kept inside a bracket.
        var low = 0.0
        var high = Double.infinity
        for _ in 0..<200 {
            let (pv, qv) = incompleteGamma(a, x)
            let (tail, target) = upper ? (qv, q) : (pv, p)
            if tail == target { return x }
            if upper == (tail > target) { low = x } else { high = x }
            let density = a * poissonDensity(a, x) / x  // x^(a−1) e^−x / Γ(a)
            let elasticity = x * density / tail  // |d log tail / d log x|
            var next = upper ? x + log(tail / target) / elasticity * x : x * exp(-log(tail / target) / elasticity)
            // Rounding in the tail is magnified 1/elasticity times in x (e.g. tiny a).
            if abs(next - x) <= 1e-15 * x * max(1, 1 / elasticity) { return next }
            if !(next > low && next < high) {
                next = high.isFinite ? (low > 0 ? low.squareRoot() * high.squareRoot() : high / 1024) : 2 * x
            }
            x = next
        }
        return x
    }

    // MARK: - Loader's saddle-point pieces

    /// x^a e^-x / Γ(a + 1), the Poisson density for real a ≥ 0 (Loader 2000).
    static func poissonDensity(_ a: Double, _ x: Double) -> Double {
        if x == 0 { return a == 0 ? 1 : 0 }
        if a == 0 { return exp(-x) }
        return exp(-stirlingError(a) - deviance(a, x)) / (2 * Double.pi * a).squareRoot()
    }

    /// The binomial density C(n, k) p^k q^(n−k), q = 1 − p given separately (Loader 2000).
    static func binomialDensity(_ k: Double, _ n: Double, _ p: Double, _ q: Double) -> Double {
        if p == 0 { return k == 0 ? 1 : 0 }
        if q == 0 { return k == n ? 1 : 0 }
        if k < 0 || k > n { return 0 }
        if k == 0 { return exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * log(q)) }
        if k == n { return exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * log(p)) }
        let lc =
            stirlingError(n) - stirlingError(k) - stirlingError(n - k)
            - deviance(k, n * p) - deviance(n - k, n * q)
        let lf = log(2 * Double.pi) + log(k) + log1p(-k / n)
        return exp(lc - 0.5 * lf)
    }

    /// log Γ(n + 1) − (n + ½) log n + n − log √(2π): the error of Stirling's formula.
    static func stirlingError(_ n: Double) -> Double {
        if n <= 15 { return log(tgamma(n + 1)) - (n + 0.5) * log(n) + n - 0.918_938_533_204_672_741_78 }
        let s0 = 1.0 / 12
        let s1 = 1.0 / 360
        let s2 = 1.0 / 1260
        let s3 = 1.0 / 1680
        let s4 = 1.0 / 1188
        let nn = n * n
        if n > 500 { return (s0 - s1 / nn) / n }
        if n > 80 { return (s0 - (s1 - s2 / nn) / nn) / n }
        if n > 35 { return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n }
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n
    }

    /// x log(x / m) + m − x without cancellation when x ≈ m (Loader's bd0).
    static func deviance(_ x: Double, _ m: Double) -> Double {
        if x == 0 { return m }
        guard abs(x - m) < 0.1 * (x + m) else { return x * log(x / m) + m - x }
        var v = (x - m) / (x + m)
        var sum = (x - m) * v
        var term = 2 * x * v
        v *= v
        for j in 1..<1000 {
            term *= v
            let next = sum + term / Double(2 * j + 1)
            if next == sum { break }
            sum = next
        }
        return sum
    }

    // MARK: - AS 241 coefficients, constant term first

    private static func horner(_ c: [Double], _ x: Double) -> Double {
        var value = 0.0
        for coefficient in c.reversed() { value = value * x + coefficient }
        return value
    }
    private static let as241A = [
        3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
        1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4,
        3.3430575583588128105e4, 2.5090809287301226727e3
    ]
    private static let as241B = [
        1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
        2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
        5.2264952788528545610e3
    ]
    private static let as241C = [
        1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
        3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
        2.27238449892691845833e-2, 7.74545014278341407640e-4
    ]
    private static let as241D = [
        1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
        1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
        1.05075007164441684324e-9
    ]
    private static let as241E = [
        6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
        2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
        2.71155556874348757815e-5, 2.01033439929228813265e-7
    ]
    private static let as241F = [
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
        7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
        2.04426310338993978564e-15
    ]
}
