import Foundation

/// A two-sided interval: a confidence interval or a pair of funnel control limits.
public struct ConfidenceInterval: Sendable, Equatable, Hashable, Codable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` lies inside, bounds included.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// Whether `other` lies entirely inside this interval.
    public func contains(_ other: ConfidenceInterval) -> Bool { lower <= other.lower && other.upper <= upper }

    public var width: Double { upper - lower }

    func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower * factor, upper: upper * factor)
    }
}

/// The two levels Wieg reports, as PHE Fingertips does: 95 % and 99.8 %
/// (about two and three standard errors).
public enum ConfidenceLevel: String, Sendable, Codable, CaseIterable {
    case p95, p998

    /// The two-sided error probability: 0.05 or 0.002.
    public var alpha: Double {
        switch self {
        case .p95: 0.05
        case .p998: 0.002
        }
    }

    /// The standard normal deviate Φ⁻¹(1 − α/2): 1.959964… or 3.090232….
    public var z: Double { -SpecialFunctions.normalQuantile(alpha / 2) }

    public var dutchLabel: String { self == .p95 ? "95%" : "99,8%" }
    public var englishLabel: String { self == .p95 ? "95%" : "99.8%" }
}

/// The Wilson score interval for a proportion (Wilson 1927; Newcombe & Altman 2000),
/// the method of PHE Fingertips:
///
///     (2O + z² ∓ z √(z² + 4O(1 − O/n))) / (2(n + z²))
///
/// evaluated in the equivalent form, with p = O/n, A = p + z²/(2n) and
/// B = z √(p(1 − p)/n + z²/(4n²)): lower = p² / (A + B), upper = (A + B) / (1 + z²/n),
/// which has no cancellation, so the lower limit keeps full relative precision for
/// n = 10⁹ and is exactly 0 for O = 0. Above p = ½ the upper limit is taken as
/// 1 − (the lower limit of 1 − p), so it is exactly 1 for O = n.
public enum Wilson {
    /// The interval of the proportion (0…1), or nil unless 0 ≤ numerator ≤ denominator
    /// and the denominator is positive.
    public static func interval(numerator: Int, denominator: Int, level: ConfidenceLevel) -> ConfidenceInterval? {
        guard denominator > 0, numerator >= 0, numerator <= denominator else { return nil }
        let n = Double(denominator)
        let z = level.z
        /// (A + B) for the proportion x.
        func sum(_ x: Double) -> Double { x + z * z / (2 * n) + z * (x * (1 - x) / n + z * z / (4 * n * n)).squareRoot() }
        let p = Double(numerator) / n
        let q = Double(denominator - numerator) / n
        let upper = p <= 0.5 ? sum(p) / (1 + z * z / n) : 1 - q * q / sum(q)  // symmetry: exactly 1 for O = n
        return ConfidenceInterval(lower: p * p / sum(p), upper: upper)
    }
}

/// Rates (per `multiplier`, e.g. per 1000) with the confidence interval of the count
/// divided by the denominator, as PHE Fingertips: exact (Garwood) below 10 events,
/// Byar's approximation from 10 on.
///
/// - Exact: lower = χ²(α/2; 2O)/2 (0 for O = 0), upper = χ²(1 − α/2; 2O + 2)/2.
/// - Byar: lower = O (1 − 1/(9O) − z/(3√O))³, upper = (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³.
public enum PoissonRate {
    /// Counts below this use the exact interval.
    public static let exactBelow = 10

    /// count / denominator × multiplier, or nil for a non-positive denominator.
    public static func rate(count: Int, denominator: Double, multiplier: Double = 1000) -> Double? {
        guard denominator > 0, count >= 0 else { return nil }
        return Double(count) / denominator * multiplier
    }

    /// The interval of the rate, or nil for a negative count or non-positive denominator.
    public static func interval(
        count: Int, denominator: Double, multiplier: Double = 1000,
        level: ConfidenceLevel
    ) -> ConfidenceInterval? {
        guard denominator > 0, let counts = countInterval(count: count, level: level) else { return nil }
        return ConfidenceInterval(
            lower: counts.lower / denominator * multiplier,
            upper: counts.upper / denominator * multiplier)
    }

    /// The interval of the expected count: exact below `exactBelow`, Byar's otherwise.
    public static func countInterval(count: Int, level: ConfidenceLevel) -> ConfidenceInterval? {
        guard count >= 0 else { return nil }
        return count < exactBelow
            ? exactCountInterval(count: count, level: level)
            : byarCountInterval(count: count, level: level)
    }

    /// Garwood's exact interval from chi-square quantiles.
    public static func exactCountInterval(count: Int, level: ConfidenceLevel) -> ConfidenceInterval {
        let o = Double(count)
        let tail = level.alpha / 2
        let lower = count == 0 ? 0 : SpecialFunctions.chiSquareQuantile(tail, degreesOfFreedom: 2 * o) / 2
        let upper = SpecialFunctions.chiSquareUpperQuantile(tail, degreesOfFreedom: 2 * o + 2) / 2
        return ConfidenceInterval(lower: lower, upper: upper)
    }

    /// Byar's approximation (Breslow & Day 1987); meant for counts of 10 and more.
    public static func byarCountInterval(count: Int, level: ConfidenceLevel) -> ConfidenceInterval {
        let o = Double(count)
        let o1 = o + 1
        let z = level.z
        let lower = count == 0 ? 0 : o * pow(1 - 1 / (9 * o) - z / (3 * o.squareRoot()), 3)
        let upper = o1 * pow(1 - 1 / (9 * o1) + z / (3 * o1.squareRoot()), 3)
        return ConfidenceInterval(lower: max(0, lower), upper: upper)
    }
}
