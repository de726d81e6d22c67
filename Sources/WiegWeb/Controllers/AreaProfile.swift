import Foundation
import WiegCore
import WiegStore

/// One indicator on an area's profile: its latest figure and how it compares with the
/// reference areas (parent municipality, province, country) in the same period.
struct ProfileRow: Sendable {
    struct Reference: Sendable {
        var area: Area
        var figure: IndicatorFigure
        var comparison: BenchmarkComparison
    }

    var definition: IndicatorDefinition
    var period: Period
    var figure: IndicatorFigure
    var references: [Reference]
    /// Where the value came from (the import's file name).
    var source: String
    var isSynthetic: Bool { source.contains("synthetisch") }
    /// Hidden from this viewer: too few to publish, and the viewer is not signed in.
    var suppressed: Bool
    /// The values of every period, oldest first, for the sparkline; nil where hidden.
    var trend: [Double?] = []
}

/// Builds an area's profile from the stored values. Pure apart from its inputs.
enum AreaProfile {
    /// The areas to compare with: the municipality a PC4 or wijk lies in, then the
    /// province and the country.
    static func referenceChain(of area: Area, lookup: [String: Area]) -> [Area] {
        var chain: [Area] = []
        var current = area.parentCode.flatMap { lookup[$0] }
        while let next = current {
            chain.append(next)
            current = next.parentCode.flatMap { lookup[$0] }
        }
        if area.kind == .regio, let country = lookup["NL"] { chain.append(country) }
        return chain
    }

    /// `siblings`: the values of the areas with the same parent as `area` (itself included),
    /// so a figure the level views hide by secondary suppression is hidden here too.
    static func rows(area: Area, references: [Area], catalogue: [IndicatorDefinition], values: [IndicatorValue],
                     siblings: [IndicatorValue] = [], showSmallNumbers: Bool) -> [ProfileRow] {
        let byArea = Dictionary(grouping: values, by: \.areaCode)
        let groups = Dictionary(grouping: siblings) { "\($0.indicatorCode)|\($0.period)" }
        func hidden(_ definition: IndicatorDefinition, _ value: IndicatorValue) -> Bool {
            guard !showSmallNumbers else { return false }
            if value.numerator < definition.publicationThreshold || value.denominator < definition.publicationThreshold { return true }
            let cells = (groups["\(definition.code)|\(value.period)"] ?? []).map {
                SuppressionCell(areaCode: $0.areaCode, parentCode: area.parentCode, numerator: $0.numerator, denominator: $0.denominator)
            }
            return Disclosure.isHidden(area.code, among: cells, threshold: definition.publicationThreshold)
        }
        return catalogue.compactMap { definition in
            let own = (byArea[area.code] ?? []).filter { $0.indicatorCode == definition.code }
            guard let latest = own.max(by: { period($0) < period($1) }),
                  let figure = IndicatorFigure(definition, numerator: latest.numerator, denominator: latest.denominator) else { return nil }
            let refs: [ProfileRow.Reference] = references.compactMap { reference in
                guard let value = (byArea[reference.code] ?? []).first(where: { $0.indicatorCode == definition.code && $0.period == latest.period }),
                      let refFigure = IndicatorFigure(definition, numerator: value.numerator, denominator: value.denominator) else { return nil }
                return .init(area: reference, figure: refFigure, comparison: figure.compared(with: refFigure.value, polarity: definition.polarity))
            }
            let trend: [Double?] = own.sorted { period($0) < period($1) }.map { value in
                guard let f = IndicatorFigure(definition, numerator: value.numerator, denominator: value.denominator),
                      !f.belowThreshold || showSmallNumbers, !hidden(definition, value) else { return nil }
                return f.value
            }
            return ProfileRow(definition: definition, period: period(latest), figure: figure, references: refs,
                              source: latest.sourceFile, suppressed: (figure.belowThreshold && !showSmallNumbers) || hidden(definition, latest),
                              trend: trend)
        }
    }

    static func period(_ value: IndicatorValue) -> Period { Period(start: value.periodStart, end: value.periodEnd) }
}
