/// One cell of a published table: an indicator's numerator and denominator for one area
/// (one indicator, one period). `parentCode` is the area whose total includes this one
/// (a municipality for a wijk or PC4 area); the parent's own cell may be in the same table.
public struct SuppressionCell: Sendable, Equatable, Hashable {
    public var areaCode: String
    public var parentCode: String?
    public var numerator: Int
    public var denominator: Int

    public init(areaCode: String, parentCode: String?, numerator: Int, denominator: Int) {
        self.areaCode = areaCode
        self.parentCode = parentCode
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// Whether a cell may be shown in public, and if not, why.
public enum SuppressionState: String, Sendable, Equatable, Codable, CaseIterable {
    /// Numerator and denominator are at or above the threshold.
    case shown
    /// Numerator or denominator is below the threshold.
    case primary
    /// Large enough itself, but hidden so that a primarily hidden cell cannot be
    /// computed back from the parent's total.
    case secondary

    public var isHidden: Bool { self != .shown }

    public var dutchLabel: String {
        switch self {
        case .shown: "getoond"
        case .primary: "verborgen (kleine aantallen)"
        case .secondary: "verborgen (terug te rekenen)"
        }
    }

    public var englishLabel: String {
        switch self {
        case .shown: "shown"
        case .primary: "hidden (small numbers)"
        case .secondary: "hidden (could be derived)"
        }
    }
}

/// The outcome for one cell: the cell, its state and, when hidden, one Dutch sentence
/// that says why (for a tooltip or a footnote).
public struct SuppressedCell: Sendable, Equatable {
    public var cell: SuppressionCell
    public var state: SuppressionState
    /// nil when shown.
    public var reason: String?

    public init(cell: SuppressionCell, state: SuppressionState, reason: String?) {
        self.cell = cell
        self.state = state
        self.reason = reason
    }
}
