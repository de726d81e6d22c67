import Foundation

/// How the control limits of a funnel plot for proportions are computed.
public enum ProportionFunnelMethod: String, Sendable, Codable, CaseIterable {
    /// Binomial quantiles around p0 made continuous by Spiegelhalter's interpolation
    /// (Spiegelhalter 2005, "Funnel plots for comparing institutional performance",
    /// appendix; the upper limit's r + 1 as in the `qbinom.interp` function of public R
    /// funnel-plot code). With t = α/2, F and f the binomial distribution and density,
    /// S = 1 − F:
    /// lower = (r − (F(r) − t)/f(r)) / n, r the smallest count with F(r) ≥ t;
    /// upper = (r + 1 − (t − S(r))/f(r)) / n, r the smallest count with S(r) ≤ t.
    /// So an area is outside a limit with probability at most t on each side.
    case exactBinomial
    /// p0 ∓ z √(p0(1 − p0)/n). PHE's funnel code (`sigma_adjustment` in
    /// PHEindicatormethods) writes it as the inverted Wilson score interval; the two are
    /// algebraically the same limits.
    case normalApproximation
}

/// How the control limits of a funnel plot for rates are computed, with E = r0·n/k the
/// expected count (r0 per k, n the denominator).
public enum RateFunnelMethod: String, Sendable, Codable, CaseIterable {
    /// The exact Poisson (Garwood) interval of E from chi-square quantiles:
    /// lower = χ²(α/2; 2E)/2, upper = χ²(1 − α/2; 2E + 2)/2, then × k / n.
    case chiSquare
    /// Spiegelhalter's interpolated quantiles of Poisson(E), as `exactBinomial`, × k / n.
    case interpolatedPoisson
}

/// One point of a funnel curve: the limits at both levels for one denominator.
public struct FunnelPoint: Sendable, Equatable {
    public var n: Double
    public var limits95: ConfidenceInterval
    public var limits998: ConfidenceInterval
}

/// Control limits for proportions (0…1) around a target p0.
public enum ProportionFunnel {
    /// The limits for denominator n, or nil unless n > 0 and 0 ≤ target ≤ 1. Clamped to [0, 1].
    public static func limits(
        target: Double, n: Int, level: ConfidenceLevel,
        method: ProportionFunnelMethod = .exactBinomial
    ) -> ConfidenceInterval? {
        guard n > 0, target >= 0, target <= 1 else { return nil }
        let size = Double(n)
        switch method {
        case .exactBinomial:
            let binomial = DiscreteDistribution.binomial(n: n, p: target)
            let t = level.alpha / 2
            return ConfidenceInterval(
                lower: max(0, binomial.interpolatedLowerQuantile(tail: t) / size),
                upper: min(1, binomial.interpolatedUpperQuantile(tail: t) / size))
        case .normalApproximation:
            let half = level.z * (target * (1 - target) / size).squareRoot()
            return ConfidenceInterval(lower: max(0, target - half), upper: min(1, target + half))
        }
    }

    /// Limits widened by the over-dispersion τ² (see `Overdispersion`), on the arcsine
    /// scale: sin²(θ0 ∓ z √(1/(4n) + τ²)), θ0 = asin √p0, the argument kept in [0, π/2].
    public static func limits(
        target: Double, n: Double, level: ConfidenceLevel,
        tau2: Double
    ) -> ConfidenceInterval? {
        guard n > 0, target >= 0, target <= 1, tau2 >= 0 else { return nil }
        let theta0 = asin(target.squareRoot())
        let width = level.z * (1 / (4 * n) + tau2).squareRoot()
        let lower = sin(max(0, theta0 - width))
        let upper = sin(min(Double.pi / 2, theta0 + width))
        return ConfidenceInterval(lower: lower * lower, upper: upper * upper)
    }

    /// A curve for plotting: about `points` whole denominators from 1 to `maxN`, evenly
    /// spaced on a log scale. With an over-dispersed estimate the widened limits are
    /// drawn, otherwise those of `method`.
    public static func curve(
        target: Double, maxN: Int, points: Int = 100,
        method: ProportionFunnelMethod = .exactBinomial,
        overdispersion: Overdispersion? = nil
    ) -> [FunnelPoint] {
        FunnelCurve.sizes(from: 1, to: Double(maxN), points: points).compactMap { n in
            func at(_ level: ConfidenceLevel) -> ConfidenceInterval? {
                if let overdispersion, overdispersion.isOverdispersed {
                    return limits(target: target, n: n, level: level, tau2: overdispersion.tau2)
                }
                return limits(target: target, n: Int(n), level: level, method: method)
            }
            guard let l95 = at(.p95), let l998 = at(.p998) else { return nil }
            return FunnelPoint(n: n, limits95: l95, limits998: l998)
        }
    }
}

/// Control limits for rates per `multiplier` (e.g. per 1000) around a target r0.
public enum RateFunnel {
    /// The limits for denominator n, or nil unless n > 0, r0 ≥ 0 and the multiplier > 0.
    public static func limits(
        target: Double, n: Double, multiplier: Double = 1000, level: ConfidenceLevel,
        method: RateFunnelMethod = .chiSquare
    ) -> ConfidenceInterval? {
        guard n > 0, target >= 0, target.isFinite, multiplier > 0 else { return nil }
        let expected = target * n / multiplier
        let t = level.alpha / 2
        switch method {
        case .chiSquare:
            let lower =
                expected == 0
                ? 0
                : SpecialFunctions.chiSquareQuantile(t, degreesOfFreedom: 2 * expected) / 2
            let upper = SpecialFunctions.chiSquareUpperQuantile(t, degreesOfFreedom: 2 * expected + 2) / 2
            return ConfidenceInterval(lower: lower / n * multiplier, upper: upper / n * multiplier)
        case .interpolatedPoisson:
            let poisson = DiscreteDistribution.poisson(mean: expected)
            return ConfidenceInterval(
                lower: max(0, poisson.interpolatedLowerQuantile(tail: t) / n * multiplier),
                upper: poisson.interpolatedUpperQuantile(tail: t) / n * multiplier)
        }
    }

    /// Limits widened by the over-dispersion τ² (see `Overdispersion`), on the square-root
    /// scale of the rate per person: (θ0 ∓ z √(1/(4n) + τ²))² × k, θ0 = √(r0/k), the
    /// lower argument kept at 0 or above.
    public static func limits(
        target: Double, n: Double, multiplier: Double = 1000, level: ConfidenceLevel,
        tau2: Double
    ) -> ConfidenceInterval? {
        guard n > 0, target >= 0, target.isFinite, multiplier > 0, tau2 >= 0 else { return nil }
        let theta0 = (target / multiplier).squareRoot()
        let width = level.z * (1 / (4 * n) + tau2).squareRoot()
        let lower = max(0, theta0 - width)
        let upper = theta0 + width
        return ConfidenceInterval(lower: lower * lower * multiplier, upper: upper * upper * multiplier)
    }

    /// A curve for plotting over denominators from `minN` to `maxN` (see `ProportionFunnel.curve`).
    public static func curve(
        target: Double, multiplier: Double = 1000, minN: Double = 1, maxN: Double,
        points: Int = 100, method: RateFunnelMethod = .chiSquare,
        overdispersion: Overdispersion? = nil
    ) -> [FunnelPoint] {
        FunnelCurve.sizes(from: minN, to: maxN, points: points).compactMap { n in
            func at(_ level: ConfidenceLevel) -> ConfidenceInterval? {
                if let overdispersion, overdispersion.isOverdispersed {
                    return limits(target: target, n: n, multiplier: multiplier, level: level, tau2: overdispersion.tau2)
                }
                return limits(target: target, n: n, multiplier: multiplier, level: level, method: method)
            }
            guard let l95 = at(.p95), let l998 = at(.p998) else { return nil }
            return FunnelPoint(n: n, limits95: l95, limits998: l998)
        }
    }
}

enum FunnelCurve {
    /// At most `points` distinct whole numbers from `from` to `to` (both included, at
    /// least 1), evenly spaced on a log scale.
    static func sizes(from: Double, to: Double, points: Int) -> [Double] {
        guard from.isFinite, to.isFinite else { return [] }
        let low = max(1, from.rounded())
        let high = max(low, to.rounded())
        guard points > 1, high > low else { return [low] }
        let span = log(high / low)
        var sizes: [Double] = []
        for i in 0..<points {
            let n = i == points - 1 ? high : (low * exp(span * Double(i) / Double(points - 1))).rounded()
            if n > (sizes.last ?? 0) { sizes.append(n) }
        }
        return sizes
    }
}
