/// Whether a figure is shown to this viewer, and if not, why. Public views hide small
/// numbers (`primary`) and figures that would reveal them (`secondary`); a signed-in
/// viewer allowed to see small numbers sees them as `shownWithWarning`.
public enum ValueSuppression: String, Codable, Sendable, CaseIterable {
    case shown
    /// Hidden: numerator or denominator below the publication threshold.
    case primary
    /// Hidden: large enough, but a hidden figure could be derived from it and the parent's total.
    case secondary
    /// Shown to a signed-in viewer, but hidden in public views.
    case shownWithWarning

    /// Whether counts and value are withheld.
    public var isHidden: Bool { self == .primary || self == .secondary }

    /// The state for a viewer, from the public state `Suppression` gives.
    public static func resolve(_ state: SuppressionState, showSmallNumbers: Bool) -> ValueSuppression {
        switch state {
        case .shown: .shown
        case .primary: showSmallNumbers ? .shownWithWarning : .primary
        case .secondary: showSmallNumbers ? .shownWithWarning : .secondary
        }
    }

    public var dutchLabel: String {
        switch self {
        case .shown: "getoond"
        case .primary: "verborgen (kleine aantallen)"
        case .secondary: "verborgen (terug te rekenen)"
        case .shownWithWarning: "getoond, maar verborgen in openbare weergaven"
        }
    }

    public var englishLabel: String {
        switch self {
        case .shown: "shown"
        case .primary: "hidden (small numbers)"
        case .secondary: "hidden (could be derived)"
        case .shownWithWarning: "shown, but hidden in public views"
        }
    }
}

/// Suppression of one indicator's figures for one period, with the `Suppression` module:
/// every area with a value is a cell, its parent (from the geography) the area whose
/// total includes it. Pass all values of the period, not only the rows on screen, so a
/// hidden sibling off screen still protects the rest.
public enum IndicatorSuppression {
    /// The state per area code. `values` must be of one indicator and one period; when an
    /// area occurs twice the last record counts. `parents` maps an area code to its parent's.
    public static func states(definition: IndicatorDefinition, values: [IndicatorValueRecord],
                              parents: [String: String]) -> [String: SuppressedCell] {
        var latest: [String: IndicatorValueRecord] = [:], order: [String] = []
        for record in values {
            if latest[record.area] == nil { order.append(record.area) }
            latest[record.area] = record
        }
        let cells = order.map { code in
            SuppressionCell(areaCode: code, parentCode: parents[code], numerator: latest[code]!.numerator,
                            denominator: latest[code]!.denominator)
        }
        let result = Suppression.apply(cells: cells, threshold: definition.publicationThreshold)
        return Dictionary(result.map { ($0.cell.areaCode, $0) }, uniquingKeysWith: { $1 })
    }

    /// Parent codes of the given areas (areas without a parent left out).
    public static func parents(_ areas: [AreaRecord]) -> [String: String] {
        var result: [String: String] = [:]
        for area in areas { if let parent = area.parentCode { result[area.code] = parent } }
        return result
    }
}
