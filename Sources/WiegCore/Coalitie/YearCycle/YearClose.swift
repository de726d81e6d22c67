import Foundation

/// The result of a valid year close.
public struct YearCloseResult: Sendable, Equatable {
    public let closedYear: ClosedYear
    /// Every activity given, updated, followed by the new activities carried over into next year.
    public let activities: [Activity]
    /// The ten Pharos points for next year (texts and statuses kept), when this year's were given.
    public let nextPharos: PharosYear?
}

/// The outcome of `YearClose.apply`: a result, or the problems in Dutch.
public struct YearCloseCheck: Sendable, Equatable {
    public let result: YearCloseResult?
    /// One Dutch sentence per activity id with a problem (also for unknown ids).
    public let issues: [UUID: String]
    /// A problem with the close as a whole (the year is already closed), or nil.
    public let yearIssue: String?
}

/// Closing a year ("Jaar afsluiten"): every activity that runs in the year gets an outcome
/// and a reflection. Realised and stopped activities take that status; a carried-over one
/// keeps its history (its quarters up to this year) and continues as a new activity next year.
public enum YearClose {
    public static let reflectionLength = 3...Limits.description

    /// The activities that run in `year`: a quarter in it and not stopped, in the order given.
    public static func activities(in year: Int, from activities: [Activity]) -> [Activity] {
        activities.filter { $0.status != .gestopt && $0.quarters.contains { $0.year == year } }
    }

    /// Validates the decisions and closes the year. `closedYears` are the years closed before;
    /// closing one of them again is refused. `newID` makes the ids of carried-over activities.
    public static func apply(
        decisions: [UUID: YearCloseDecision], activities: [Activity], year: Int,
        closedYears: Set<Int>, pharos: PharosYear? = nil,
        newID: () -> UUID = { UUID() }
    ) -> YearCloseCheck {
        if closedYears.contains(year) {
            return YearCloseCheck(result: nil, issues: [:], yearIssue: "Het jaar \(year) is al afgesloten.")
        }
        let running = self.activities(in: year, from: activities)
        let runningIDs = Set(running.map(\.id))
        var issues: [UUID: String] = [:]
        for activity in running {
            guard let decision = decisions[activity.id] else {
                issues[activity.id] = "Kies wat er met “\(activity.title)” is gebeurd: gerealiseerd, doorgeschoven of gestopt."
                continue
            }
            let length = decision.reflection.trimmingCharacters(in: .whitespacesAndNewlines).count
            if length < reflectionLength.lowerBound {
                issues[activity.id] = "Schrijf bij “\(activity.title)” een korte terugblik (ten minste 3 tekens)."
            } else if length > reflectionLength.upperBound {
                issues[activity.id] =
                    "De terugblik bij “\(activity.title)” is te lang (hoogstens \(Limits.description) tekens, nu \(length))."
            }
        }
        for id in decisions.keys where !runningIDs.contains(id) {
            issues[id] = "Deze activiteit loopt niet in \(year) en kan bij dit jaar niet worden afgesloten."
        }
        guard issues.isEmpty else { return YearCloseCheck(result: nil, issues: issues, yearIssue: nil) }

        var updated = activities
        var carried: [Activity] = []
        var closed: [ClosedActivity] = []
        for activity in running {
            let decision = decisions[activity.id]!
            let index = updated.firstIndex { $0.id == activity.id }!
            var entry = ClosedActivity(
                activityID: activity.id, title: activity.title, outcome: decision.outcome,
                reflection: decision.reflection.trimmingCharacters(in: .whitespacesAndNewlines),
                statusBefore: activity.status)
            switch decision.outcome {
            case .gerealiseerd: updated[index].status = .gerealiseerd
            case .gestopt: updated[index].status = .gestopt
            case .doorgeschoven:
                let next = carriedOver(activity, after: year, id: newID())
                updated[index].quarters = activity.quarters.filter { $0.year <= year }
                entry.carriedOverTo = next.id
                carried.append(next)
            }
            closed.append(entry)
        }
        let result = YearCloseResult(
            closedYear: ClosedYear(year: year, activities: closed), activities: updated + carried,
            nextPharos: pharos?.carriedOver(to: year + 1))
        return YearCloseCheck(result: result, issues: [:], yearIssue: nil)
    }

    /// The continuation of `activity` in `year + 1`: same content, status gepland, the quarters
    /// after `year` (or Q1 of next year when it had none), linked to the original.
    static func carriedOver(_ activity: Activity, after year: Int, id: UUID) -> Activity {
        var next = activity
        next.id = id
        let later = activity.quarters.filter { $0.year > year }.sorted()
        next.quarters = later.isEmpty ? [Quarter(year: year + 1, quarter: 1)] : later
        next.status = .gepland
        next.statusDate = nil
        next.statusNote = nil
        next.carriedOverFrom = activity.id
        return next
    }
}
