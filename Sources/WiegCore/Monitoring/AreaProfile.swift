import Foundation

/// One indicator on an area's profile: its latest figure and how it compares with the
/// reference areas (parent municipality, province, country) in the same period.
public struct ProfileRow: Sendable {
    public struct Reference: Sendable {
        public var area: AreaRecord
        public var figure: IndicatorFigure
        public var comparison: BenchmarkComparison
    }

    public var definition: IndicatorDefinition
    public var period: Period
    public var figure: IndicatorFigure
    public var references: [Reference]
    /// Where the value came from (the import's file name).
    public var source: String
    public var isSynthetic: Bool { source.contains("synthetisch") }
    /// How the public sees the latest figure: shown, or hidden (too few, or derivable).
    public var publicState: SuppressionState = .shown
    /// Hidden from this viewer: hidden in public, and not in this viewer's areas.
    public var suppressed: Bool
    /// The values of every period, oldest first, for the sparkline; nil where hidden.
    public var trend: [Double?] = []
}

/// Builds an area's profile from the stored values. Pure apart from its inputs.
public enum AreaProfile {
    /// The areas to compare with: the municipality a PC4 or wijk lies in, then the
    /// province and the country.
    public static func referenceChain(of area: AreaRecord, lookup: [String: AreaRecord]) -> [AreaRecord] {
        var chain: [AreaRecord] = []
        var current = area.parentCode.flatMap { lookup[$0] }
        while let next = current {
            chain.append(next)
            current = next.parentCode.flatMap { lookup[$0] }
        }
        if area.kind == .regio, let country = lookup["NL"] { chain.append(country) }
        return chain
    }

    /// `disclosure` says which figures the public may not see (decided over the whole
    /// country, as every other view); `showSmallNumbers` whose small numbers this viewer sees.
    public static func rows(
        area: AreaRecord, references: [AreaRecord], catalogue: [IndicatorDefinition], values: [IndicatorValue],
        showSmallNumbers: SmallNumberAccess, disclosure: DisclosureLookup
    ) -> [ProfileRow] {
        let byArea = Dictionary(grouping: values, by: \.areaCode)
        func publicState(_ definition: IndicatorDefinition, _ value: IndicatorValue, of area: AreaRecord) -> SuppressionState {
            if value.numerator < definition.publicationThreshold || value.denominator < definition.publicationThreshold { return .primary }
            return disclosure(definition.code, period(value))?.hidden[area.code] ?? .shown
        }
        func hidden(_ definition: IndicatorDefinition, _ value: IndicatorValue, of shown: AreaRecord) -> Bool {
            publicState(definition, value, of: shown).isHidden
                && (!showSmallNumbers.covers(shown.code, parent: shown.parentCode)
                    || disclosure(definition.code, period(value))?.isWithheld(shown.code) == true)
        }
        return catalogue.compactMap { definition in
            let own = (byArea[area.code] ?? []).filter { $0.indicatorCode == definition.code }
            guard let latest = own.max(by: { period($0) < period($1) }),
                let figure = IndicatorFigure(definition, numerator: latest.numerator, denominator: latest.denominator)
            else { return nil }
            let refs: [ProfileRow.Reference] = references.compactMap { reference in
                guard
                    let value = (byArea[reference.code] ?? []).first(where: {
                        $0.indicatorCode == definition.code && $0.period == latest.period
                    }),
                    !hidden(definition, value, of: reference),
                    let refFigure = IndicatorFigure(definition, numerator: value.numerator, denominator: value.denominator)
                else { return nil }
                return .init(
                    area: reference, figure: refFigure, comparison: figure.compared(with: refFigure.value, polarity: definition.polarity))
            }
            let trend: [Double?] = own.sorted { period($0) < period($1) }.map { value in
                guard let f = IndicatorFigure(definition, numerator: value.numerator, denominator: value.denominator),
                    !hidden(definition, value, of: area)
                else { return nil }
                return f.value
            }
            return ProfileRow(
                definition: definition, period: period(latest), figure: figure, references: refs,
                source: latest.sourceFile, publicState: publicState(definition, latest, of: area),
                suppressed: hidden(definition, latest, of: area), trend: trend)
        }
    }

    public static func period(_ value: IndicatorValue) -> Period { Period(start: value.periodStart, end: value.periodEnd) }
}
