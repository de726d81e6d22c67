import Foundation

/// One area in a funnel plot: its counts, and where it falls.
public struct FunnelRow: Sendable, Equatable {
    public enum Position: String, Sendable, Equatable {
        case within, above95, below95, above998, below998, hidden

        /// Dutch wording for the data table.
        public var dutchName: String {
            switch self {
            case .within: "binnen de grenzen"
            case .above95: "boven de 95%-grens"
            case .below95: "onder de 95%-grens"
            case .above998: "boven de 99,8%-grens"
            case .below998: "onder de 99,8%-grens"
            case .hidden: "verborgen (kleine aantallen)"
            }
        }
    }

    public var code: String
    public var name: String
    public var numerator: Int
    public var denominator: Int
    /// In the indicator's unit; nil when hidden.
    public var value: Double?
    public var position: Position
}

/// Everything a funnel plot shows: the target (pooled over the shown areas), the 95 % and
/// 99.8 % limits as curves, and the areas with their position. Areas below the
/// publication threshold are hidden when `suppress` is set (public views): they are
/// neither drawn nor listed with a value, nor counted in the target. `alsoHidden` names further areas hidden
/// from this viewer (secondary suppression, see `DisclosureMap`), hidden the same way
/// whether or not `suppress` is set: the caller decides who sees what.
public struct FunnelData: Sendable, Equatable {
    public var target: Double
    public var limits95: [FunnelLimit]
    public var limits998: [FunnelLimit]
    public var rows: [FunnelRow]

    public var points: [FunnelPlotPoint] {
        rows.compactMap { row in row.value.map { FunnelPlotPoint(label: row.name, denominator: Double(row.denominator), value: $0) } }
    }

    public static func build(
        definition: IndicatorDefinition, areas: [(code: String, name: String, numerator: Int, denominator: Int)],
        suppress: Bool, alsoHidden: Set<String> = []
    ) -> FunnelData? {
        let threshold = definition.publicationThreshold
        let counted = areas.filter { $0.denominator > 0 }
        func isHidden(_ area: (code: String, name: String, numerator: Int, denominator: Int)) -> Bool {
            alsoHidden.contains(area.code) || (suppress && (area.numerator < threshold || area.denominator < threshold))
        }
        // The average and the curves come from the shown areas only: pooled over hidden ones
        // too, the average of the wijken of a hidden municipality would be its hidden figure.
        let shown = counted.filter { !isHidden($0) }
        let numerators = shown.reduce(0) { $0 + $1.numerator }
        let denominators = shown.reduce(0) { $0 + $1.denominator }
        guard denominators > 0, let maxN = shown.map(\.denominator).max() else { return nil }
        let proportion = Double(numerators) / Double(denominators)
        let multiplier = Double(definition.multiplier)
        let target = proportion * multiplier
        let curve: [FunnelPoint]
        let factor: Double
        switch definition.statistic {
        case .proportion:
            curve = ProportionFunnel.curve(target: proportion, maxN: maxN)
            factor = multiplier
        case .rate:
            curve = RateFunnel.curve(target: target, multiplier: multiplier, maxN: Double(maxN))
            factor = 1
        }
        let (limits95, limits998) = FunnelLimit.split(curve, factor: factor)
        let rows = counted.map { area -> FunnelRow in
            if isHidden(area) {
                return FunnelRow(
                    code: area.code, name: area.name, numerator: area.numerator, denominator: area.denominator,
                    value: nil, position: .hidden)
            }
            let value = Double(area.numerator) / Double(area.denominator) * multiplier
            let n = Double(area.denominator)
            let limit95: ConfidenceInterval?
            let limit998: ConfidenceInterval?
            switch definition.statistic {
            case .proportion:
                limit95 = ProportionFunnel.limits(target: proportion, n: area.denominator, level: .p95)?.scaled(by: multiplier)
                limit998 = ProportionFunnel.limits(target: proportion, n: area.denominator, level: .p998)?.scaled(by: multiplier)
            case .rate:
                limit95 = RateFunnel.limits(target: target, n: n, multiplier: multiplier, level: .p95)
                limit998 = RateFunnel.limits(target: target, n: n, multiplier: multiplier, level: .p998)
            }
            let position: FunnelRow.Position
            if let l = limit998, value > l.upper {
                position = .above998
            } else if let l = limit998, value < l.lower {
                position = .below998
            } else if let l = limit95, value > l.upper {
                position = .above95
            } else if let l = limit95, value < l.lower {
                position = .below95
            } else {
                position = .within
            }
            return FunnelRow(
                code: area.code, name: area.name, numerator: area.numerator, denominator: area.denominator,
                value: value, position: position)
        }
        return FunnelData(target: target, limits95: limits95, limits998: limits998, rows: rows)
    }
}

extension FunnelData {
    /// The data table as Excel-NL CSV (`;`, UTF-8 with BOM, CRLF, Dutch decimal comma);
    /// hidden areas have no counts and no value.
    public func csv() -> String {
        var lines = ["gebied;naam;teller;noemer;waarde;positie"]
        for row in rows {
            let hidden = row.position == .hidden
            let value = row.value.map { SVGWriter.dutch($0) } ?? ""
            lines.append(
                [
                    NetworkExport.quoted(row.code), NetworkExport.quoted(SpreadsheetCell.guarded(row.name)),
                    hidden ? "" : String(row.numerator), hidden ? "" : String(row.denominator), value,
                    NetworkExport.quoted(row.position.dutchName)
                ].joined(separator: ";"))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

extension FunnelData {
    /// The CSV header alone, for a choice without figures.
    public static let emptyCSV = "\u{FEFF}gebied;naam;teller;noemer;waarde;positie\r\n"
}
