/// One indicator figure as a viewer may see it: counts, value and intervals (nil when
/// hidden or when there is no figure), the comparison with a reference, and the
/// suppression state with its Dutch reason.
public struct IndicatorCell: Codable, Sendable, Equatable {
    public var numerator: Int?
    public var denominator: Int?
    /// In the indicator's unit.
    public var value: Double?
    public var interval95: ConfidenceInterval?
    public var interval998: ConfidenceInterval?
    /// Against the reference at 95 %; `notComparable` when hidden, missing or without a reference.
    public var comparison: ComparisonOutcome
    /// The same outcome holds at 99.8 %.
    public var significantAt998: Bool
    public var suppression: ValueSuppression
    /// Why the figure is hidden in public (also for `shownWithWarning`); nil when shown.
    public var reason: String?

    /// No figure at all (no value for this area and period).
    public static let missing = IndicatorCell(
        numerator: nil, denominator: nil, value: nil, interval95: nil, interval998: nil,
        comparison: .notComparable, significantAt998: false, suppression: .shown, reason: nil)

    /// Whether there is a value to show (not hidden, not missing, denominator above 0).
    public var hasValue: Bool { value != nil }

    public init(
        numerator: Int?, denominator: Int?, value: Double?, interval95: ConfidenceInterval?, interval998: ConfidenceInterval?,
        comparison: ComparisonOutcome, significantAt998: Bool, suppression: ValueSuppression, reason: String?
    ) {
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.interval95 = interval95
        self.interval998 = interval998
        self.comparison = comparison
        self.significantAt998 = significantAt998
        self.suppression = suppression
        self.reason = reason
    }

    /// The cell for a record and its public state; `reference` in the indicator's unit.
    public static func make(
        definition: IndicatorDefinition, record: IndicatorValueRecord?, state: DisclosureVerdict?,
        reference: Double?, showSmallNumbers: Bool
    ) -> IndicatorCell {
        guard let record else { return .missing }
        let suppression = ValueSuppression.resolve(
            state?.state ?? definition.smallState(numerator: record.numerator, denominator: record.denominator),
            showSmallNumbers: showSmallNumbers)
        if suppression.isHidden {
            return IndicatorCell(
                numerator: nil, denominator: nil, value: nil, interval95: nil, interval998: nil,
                comparison: .notComparable, significantAt998: false, suppression: suppression, reason: state?.reason)
        }
        let figure = IndicatorFigure(definition, numerator: record.numerator, denominator: record.denominator)
        let comparison = figure?.compared(with: reference, polarity: definition.polarity) ?? .notComparable
        return IndicatorCell(
            numerator: record.numerator, denominator: record.denominator, value: figure?.value,
            interval95: figure?.interval95, interval998: figure?.interval998, comparison: comparison.outcome,
            significantAt998: comparison.significantAt998, suppression: suppression, reason: state?.reason)
    }
}
