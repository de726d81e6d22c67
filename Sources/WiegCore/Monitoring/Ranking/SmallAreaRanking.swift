/// One small area's figure as input for a ranking. `figure` is nil when there is no
/// usable figure (denominator 0); `suppressed` marks a figure hidden in public (primary
/// or secondary suppression, see `Suppression`).
public struct SmallAreaFigure: Sendable, Equatable {
    public var areaCode: String
    public var areaName: String
    public var figure: IndicatorFigure?
    public var suppressed: Bool

    public init(areaCode: String, areaName: String, figure: IndicatorFigure?, suppressed: Bool) {
        self.areaCode = areaCode
        self.areaName = areaName
        self.figure = figure
        self.suppressed = suppressed
    }

    /// The figure of `definition` for these counts, hidden when below its publication
    /// threshold or when `secondarySuppressed`.
    public init(
        areaCode: String, areaName: String, definition: IndicatorDefinition, numerator: Int, denominator: Int,
        secondarySuppressed: Bool = false
    ) {
        let figure = IndicatorFigure(definition, numerator: numerator, denominator: denominator)
        self.init(
            areaCode: areaCode, areaName: areaName, figure: figure,
            suppressed: secondarySuppressed || figure?.belowThreshold ?? true)
    }
}

/// One row of a ranking. Hidden areas have no position, value or interval.
public struct RankedArea: Sendable, Equatable {
    /// 1 for the least favourable area; nil when hidden.
    public var position: Int?
    public var areaCode: String
    public var areaName: String
    public var value: Double?
    public var interval95: ConfidenceInterval?
    public var interval998: ConfidenceInterval?
    /// Against the reference; `notComparable` when hidden or without a reference.
    public var comparison: BenchmarkComparison

    public var isHidden: Bool { position == nil }
    /// Significantly different from the reference at 95 %.
    public var significant95: Bool { comparison.outcome.isSignificant }
    /// Significantly different at 99.8 % as well.
    public var significant998: Bool { comparison.significantAt998 }
}

/// Orders small areas (wijken, PC4) by their figure, least favourable first: the highest
/// value first when lower is better or there is no preferred direction, the lowest first
/// when higher is better. Equal values keep the order of their area codes. Each area is
/// compared with the reference (e.g. the municipality's or the country's value, in the
/// indicator's unit) with its own Wilson or Poisson intervals at 95 % and 99.8 %. Hidden
/// areas come last, by name, without a value, so the ranking never reveals them.
public enum SmallAreaRanking {
    public static func rank(figures: [SmallAreaFigure], reference: Double?, polarity: Polarity) -> [RankedArea] {
        let shown = figures.filter { !$0.suppressed && $0.figure != nil }
        let hidden = figures.filter { $0.suppressed || $0.figure == nil }
        let highestFirst = polarity != .higherIsBetter
        let ordered = shown.sorted { a, b in
            let x = a.figure!.value
            let y = b.figure!.value
            if x != y { return highestFirst ? x > y : x < y }
            return a.areaCode < b.areaCode
        }
        var result = ordered.enumerated().map { i, area in
            let figure = area.figure!
            return RankedArea(
                position: i + 1, areaCode: area.areaCode, areaName: area.areaName, value: figure.value,
                interval95: figure.interval95, interval998: figure.interval998,
                comparison: figure.compared(with: reference, polarity: polarity))
        }
        result += hidden.sorted { ($0.areaName, $0.areaCode) < ($1.areaName, $1.areaCode) }.map {
            RankedArea(
                position: nil, areaCode: $0.areaCode, areaName: $0.areaName, value: nil,
                interval95: nil, interval998: nil, comparison: .notComparable)
        }
        return result
    }
}
