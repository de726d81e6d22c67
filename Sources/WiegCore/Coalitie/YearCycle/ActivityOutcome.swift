import Foundation

/// What became of an activity at the year close ("Jaar afsluiten").
public enum ActivityOutcome: String, CaseIterable, Codable, Sendable {
    case gerealiseerd, doorgeschoven, gestopt

    public var dutchName: String { rawValue }

    public var englishName: String {
        switch self {
        case .gerealiseerd: "realised"
        case .doorgeschoven: "carried over"
        case .gestopt: "stopped"
        }
    }
}

/// The coalition's decision on one activity at the year close.
public struct YearCloseDecision: Sendable, Equatable, Codable {
    public var outcome: ActivityOutcome
    /// Why: what went well, what did not (3–2000 characters).
    public var reflection: String

    public init(outcome: ActivityOutcome, reflection: String) {
        self.outcome = outcome
        self.reflection = reflection
    }
}

/// One activity as it was closed.
public struct ClosedActivity: Sendable, Equatable, Codable {
    public var activityID: UUID
    public var title: String
    public var outcome: ActivityOutcome
    public var reflection: String
    /// The status the activity had before the close.
    public var statusBefore: ActivityStatus
    /// The new activity of next year, when carried over.
    public var carriedOverTo: UUID?

    public init(
        activityID: UUID, title: String, outcome: ActivityOutcome, reflection: String,
        statusBefore: ActivityStatus, carriedOverTo: UUID? = nil
    ) {
        self.activityID = activityID
        self.title = title
        self.outcome = outcome
        self.reflection = reflection
        self.statusBefore = statusBefore
        self.carriedOverTo = carriedOverTo
    }
}

/// The record of a closed year: what became of every activity of that year, and why.
public struct ClosedYear: Sendable, Equatable, Codable {
    public var year: Int
    public var activities: [ClosedActivity]

    public init(year: Int, activities: [ClosedActivity]) {
        self.year = year
        self.activities = activities
    }
}
