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
