/// An indicator's figure for one area and period, ready to show: the value in the
/// indicator's unit, its 95 % and 99.8 % intervals, and whether public views must hide it.
public struct IndicatorFigure: Sendable, Equatable {
    public var numerator: Int
    public var denominator: Int
    public var value: Double
    public var interval95: ConfidenceInterval
    public var interval998: ConfidenceInterval
    /// Numerator or denominator below the publication threshold: hidden in public views.
    public var belowThreshold: Bool

    /// nil when the denominator is 0.
    public init?(_ definition: IndicatorDefinition, numerator: Int, denominator: Int) {
        guard denominator > 0, numerator >= 0,
            let value = definition.value(numerator: numerator, denominator: denominator),
            let i95 = Self.interval(definition, numerator, denominator, .p95),
            let i998 = Self.interval(definition, numerator, denominator, .p998)
        else { return nil }
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        interval95 = i95
        interval998 = i998
        belowThreshold = numerator < definition.publicationThreshold || denominator < definition.publicationThreshold
    }

    /// Wilson for proportions, exact Poisson / Byar for rates; in the indicator's unit.
    static func interval(_ d: IndicatorDefinition, _ n: Int, _ total: Int, _ level: ConfidenceLevel) -> ConfidenceInterval? {
        let m = Double(d.multiplier)
        switch d.statistic {
        case .proportion:
            return Wilson.interval(numerator: n, denominator: total, level: level)
                .map { ConfidenceInterval(lower: $0.lower * m, upper: $0.upper * m) }
        case .rate:
            return PoissonRate.interval(count: n, denominator: Double(total), multiplier: m, level: level)
        }
    }

    /// How this figure compares with a reference value (e.g. the province's), taking
    /// the indicator's polarity into account.
    public func compared(with reference: Double?, polarity: Polarity) -> BenchmarkComparison {
        BenchmarkComparison.compare(interval95: interval95, interval998: interval998, reference: reference, polarity: polarity)
    }
}
