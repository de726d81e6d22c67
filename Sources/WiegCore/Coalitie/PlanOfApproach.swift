import Foundation

/// A goal of the plan of approach, tied to a phase, action lines and (optionally)
/// the themes of the minimum-requirements test.
public struct Goal: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var text: String
    public var phase: Phase
    public var actionLines: [ActionLine]
    public var themes: [MinimumTheme]
    /// Where the goal was copied from (another coalition's published plan); `nil` when it is the coalition's own.
    public var origin: Origin?

    public init(
        id: UUID = UUID(), text: String, phase: Phase, actionLines: [ActionLine] = [],
        themes: [MinimumTheme] = [], origin: Origin? = nil
    ) {
        self.id = id
        self.text = text
        self.phase = phase
        self.actionLines = actionLines
        self.themes = themes
        self.origin = origin
    }
}

/// The plan of approach (plan van aanpak) for a period, e.g. 2024–2026.
public struct PlanOfApproach: Sendable, Equatable, Codable {
    public var firstYear: Int
    public var lastYear: Int
    /// The dot on the horizon (stip op de horizon).
    public var ambitions: [String]
    /// Maatschappelijke resultaten.
    public var societalResults: [String]
    public var goals: [Goal]
    /// Whether the plan is written down and adopted (vastgesteld), and when.
    public var documented: Bool
    public var documentedAt: Date?

    public init(
        firstYear: Int, lastYear: Int, ambitions: [String] = [], societalResults: [String] = [],
        goals: [Goal] = [], documented: Bool = false, documentedAt: Date? = nil
    ) {
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.ambitions = ambitions
        self.societalResults = societalResults
        self.goals = goals
        self.documented = documented
        self.documentedAt = documentedAt
    }

    /// "2024–2026" (one year: "2024").
    public var periodLabel: String { firstYear == lastYear ? "\(firstYear)" : "\(firstYear)–\(lastYear)" }
}

/// The starting situation (or a later snapshot, tussentijdse foto) of the coalition.
public struct StartingSituation: Sendable, Equatable, Codable {
    /// Written down with figures (perinatal core figures, GGD monitors, analysetool).
    public var documentedWithFigures: Bool
    /// Codes of the indicators used (see Monitoring's indicator catalogue).
    public var indicatorCodes: [String]
    public var date: Date?

    public init(documentedWithFigures: Bool, indicatorCodes: [String] = [], date: Date? = nil) {
        self.documentedWithFigures = documentedWithFigures
        self.indicatorCodes = indicatorCodes
        self.date = date
    }
}

/// Whether the approach was evaluated in a year.
public struct Evaluation: Sendable, Equatable, Codable {
    public var year: Int
    public var done: Bool

    public init(year: Int, done: Bool) {
        self.year = year
        self.done = done
    }
}
