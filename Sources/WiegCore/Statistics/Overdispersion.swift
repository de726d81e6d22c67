import Foundation

/// Additive over-dispersion of a set of areas around a target, after Spiegelhalter (2005),
/// "Handling over-dispersion of performance indicators", Qual Saf Health Care 14:347–351.
///
/// Each area i gives a value y_i with standard error s_i on a variance-stabilising scale:
/// - proportions: y = asin √(O/n), θ0 = asin √p0, s = 1/(2√n);
/// - rates: y = √(O/n) (the rate per person, not per k), θ0 = √(r0/k), s = 1/(2√n).
///   (This gives the same z-scores as Spiegelhalter's y = √(O/E), s = 1/(2√E) for
///   ratios, with E = n·r0/k; τ² is then on the √(rate per person) scale.)
///
/// Then z_i = (y_i − θ0)/s_i; the ⌊N·f⌋ lowest z-scores are replaced by the next lowest
/// and as many highest by the next highest (winsorising, f = 10 % per tail; the order
/// statistic, not an interpolated percentile, as the `winsorise` function of public R
/// funnel-plot code); φ = (1/N) Σ z_i²; and with w_i = 1/s_i²
///
///     τ² = (Nφ − (N − 1)) / (Σw_i − Σw_i²/Σw_i)   when Nφ > N − 1, else 0.
///
/// The widened limits are θ0 ∓ z √(s² + τ²), transformed back (see `ProportionFunnel`
/// and `RateFunnel`). The winsorised z-scores are used for φ only; the weights use all areas.
public struct Overdispersion: Sendable, Equatable {
    /// The number of areas used (those with a positive denominator and a valid numerator).
    public var unitCount: Int
    /// The over-dispersion factor φ, the mean of the squared winsorised z-scores.
    public var phi: Double
    /// The between-area variance τ² on the transformed scale; 0 when not over-dispersed.
    public var tau2: Double

    public init(unitCount: Int, phi: Double, tau2: Double) {
        self.unitCount = unitCount
        self.phi = phi
        self.tau2 = tau2
    }

    public var isOverdispersed: Bool { tau2 > 0 }

    /// The estimate for proportions O/n around p0 (0…1).
    public static func proportions(
        _ units: [(numerator: Int, denominator: Int)], target: Double,
        winsorisedFraction: Double = 0.1
    ) -> Overdispersion {
        let valid = units.filter { $0.denominator > 0 && $0.numerator >= 0 && $0.numerator <= $0.denominator }
        return estimate(
            y: valid.map { asin((Double($0.numerator) / Double($0.denominator)).squareRoot()) },
            s: valid.map { 1 / (2 * Double($0.denominator).squareRoot()) },
            theta0: asin(min(1, max(0, target)).squareRoot()),
            winsorisedFraction: winsorisedFraction)
    }

    /// The estimate for rates O/n × k around r0 (per k).
    public static func rates(
        _ units: [(count: Int, denominator: Double)], target: Double,
        multiplier: Double = 1000, winsorisedFraction: Double = 0.1
    ) -> Overdispersion {
        let valid = units.filter { $0.denominator > 0 && $0.count >= 0 }
        return estimate(
            y: valid.map { (Double($0.count) / $0.denominator).squareRoot() },
            s: valid.map { 1 / (2 * $0.denominator.squareRoot()) },
            theta0: (max(0, target) / multiplier).squareRoot(),
            winsorisedFraction: winsorisedFraction)
    }

    /// The estimate from values y_i with standard errors s_i around θ0.
    static func estimate(y: [Double], s: [Double], theta0: Double, winsorisedFraction: Double) -> Overdispersion {
        let count = min(y.count, s.count)
        guard count > 0 else { return Overdispersion(unitCount: 0, phi: 0, tau2: 0) }
        var z = (0..<count).map { (y[$0] - theta0) / s[$0] }
        let fraction = min(0.49, max(0, winsorisedFraction))
        let k = Int((Double(count) * fraction + 1e-9).rounded(.down))
        if k > 0 {
            let sorted = z.sorted()
            let low = sorted[k]
            let high = sorted[count - 1 - k]
            z = z.map { min(max($0, low), high) }
        }
        let n = Double(count)
        let phi = z.reduce(0) { $0 + $1 * $1 } / n
        guard count > 1, n * phi > n - 1 else { return Overdispersion(unitCount: count, phi: phi, tau2: 0) }
        let w = s.prefix(count).map { 1 / ($0 * $0) }
        let sumW = w.reduce(0, +)
        let sumW2 = w.reduce(0) { $0 + $1 * $1 }
        return Overdispersion(unitCount: count, phi: phi, tau2: (n * phi - (n - 1)) / (sumW - sumW2 / sumW))
    }
}
