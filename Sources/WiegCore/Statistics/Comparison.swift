import Foundation

/// Which direction of an indicator is favourable. BIG2 (preterm birth and/or small for
/// gestational age) is `lowerIsBetter`; an indicator without a judgement is `none`.
public enum Polarity: String, Sendable, Codable, CaseIterable {
    case lowerIsBetter, higherIsBetter, none

    public var dutchLabel: String {
        switch self {
        case .lowerIsBetter: "lager is beter"
        case .higherIsBetter: "hoger is beter"
        case .none: "geen voorkeursrichting"
        }
    }

    public var englishLabel: String {
        switch self {
        case .lowerIsBetter: "lower is better"
        case .higherIsBetter: "higher is better"
        case .none: "no preferred direction"
        }
    }
}

/// The result of comparing an area with a reference value (region, province, country).
/// `better`/`worse` for indicators with a polarity, `lower`/`higher` for those without.
public enum ComparisonOutcome: String, Sendable, Equatable, Codable, CaseIterable {
    case better, similar, worse, lower, higher, notComparable

    public var dutchLabel: String {
        switch self {
        case .better: "significant gunstiger"
        case .similar: "niet significant verschillend"
        case .worse: "significant ongunstiger"
        case .lower: "significant lager"
        case .higher: "significant hoger"
        case .notComparable: "niet te vergelijken"
        }
    }

    public var englishLabel: String {
        switch self {
        case .better: "significantly better"
        case .similar: "not significantly different"
        case .worse: "significantly worse"
        case .lower: "significantly lower"
        case .higher: "significantly higher"
        case .notComparable: "not comparable"
        }
    }

    /// Whether the outcome is a significant difference.
    public var isSignificant: Bool { ![.similar, .notComparable].contains(self) }
}

/// A comparison with a reference value the way PHE Fingertips makes it: the area's
/// confidence interval against the reference value (which is taken as exact). An
/// interval entirely above the reference is significantly higher, entirely below it
/// significantly lower, otherwise (touching included) not significantly different;
/// higher/lower become better/worse through the polarity. The outcome is judged at
/// 95 %; `significantAt998` tells whether the same outcome also holds at 99.8 %.
public struct BenchmarkComparison: Sendable, Equatable {
    public var outcome: ComparisonOutcome
    public var significantAt998: Bool

    public init(outcome: ComparisonOutcome, significantAt998: Bool) {
        self.outcome = outcome
        self.significantAt998 = significantAt998
    }

    public static let notComparable = BenchmarkComparison(outcome: .notComparable, significantAt998: false)

    /// The outcome of one interval against the reference; `notComparable` when either is
    /// missing or not a finite number.
    public static func outcome(
        of interval: ConfidenceInterval?, reference: Double?,
        polarity: Polarity
    ) -> ComparisonOutcome {
        guard let interval, let reference, reference.isFinite,
            !interval.lower.isNaN, !interval.upper.isNaN
        else { return .notComparable }
        let isLower: Bool
        if interval.lower > reference {
            isLower = false
        } else if interval.upper < reference {
            isLower = true
        } else {
            return .similar
        }
        switch polarity {
        case .none: return isLower ? .lower : .higher
        case .lowerIsBetter: return isLower ? .better : .worse
        case .higherIsBetter: return isLower ? .worse : .better
        }
    }

    /// The outcome at 95 % and whether it holds at 99.8 % too.
    public static func compare(
        interval95: ConfidenceInterval?, interval998: ConfidenceInterval?,
        reference: Double?, polarity: Polarity
    ) -> BenchmarkComparison {
        let outcome = outcome(of: interval95, reference: reference, polarity: polarity)
        let strict =
            outcome.isSignificant
            && Self.outcome(of: interval998, reference: reference, polarity: polarity) == outcome
        return BenchmarkComparison(outcome: outcome, significantAt998: strict)
    }

    /// A proportion (Wilson intervals) against a reference proportion (0…1).
    public static func proportion(
        numerator: Int, denominator: Int, reference: Double?,
        polarity: Polarity
    ) -> BenchmarkComparison {
        compare(
            interval95: Wilson.interval(numerator: numerator, denominator: denominator, level: .p95),
            interval998: Wilson.interval(numerator: numerator, denominator: denominator, level: .p998),
            reference: reference, polarity: polarity)
    }

    /// A rate per `multiplier` (exact/Byar intervals) against a reference rate per `multiplier`.
    public static func rate(
        count: Int, denominator: Double, multiplier: Double = 1000,
        reference: Double?, polarity: Polarity
    ) -> BenchmarkComparison {
        func interval(_ level: ConfidenceLevel) -> ConfidenceInterval? {
            PoissonRate.interval(count: count, denominator: denominator, multiplier: multiplier, level: level)
        }
        return compare(
            interval95: interval(.p95), interval998: interval(.p998),
            reference: reference, polarity: polarity)
    }
}
