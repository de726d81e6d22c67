import Foundation

/// The activities of one action line by status. `actionLine` nil = activities without one.
public struct ActionLineStatusCounts: Sendable, Equatable {
    public let actionLine: ActionLine?
    /// Every status present, possibly 0.
    public let counts: [ActivityStatus: Int]
}

/// The coalition's dashboard at a moment.
public struct DashboardSummary: Sendable, Equatable {
    /// One row per action line 1.1–3.3 (always), then one for activities without an action
    /// line when there are any. An activity with two action lines counts in both rows.
    public let byActionLine: [ActionLineStatusCounts]
    /// Each activity once, by status.
    public let totals: [ActivityStatus: Int]
    /// Activities behind schedule, by their last quarter.
    public let overdue: [Activity]
    public let currentQuarter: Quarter
    /// Activities planned in the current quarter (not stopped).
    public let current: [Activity]
}

/// The dashboard of a coalition's plan (pure). Activities that were carried over at a year
/// close (another activity names them in `carriedOverFrom`) are history and left out: their
/// continuation counts instead.
public enum CoalitionDashboard {
    /// Statuses that end an activity; such an activity is never overdue.
    public static let finished: Set<ActivityStatus> = [.gerealiseerd, .gestopt]

    public static func summary(activities: [Activity], asOf: Date, calendar: Calendar = .dutch) -> DashboardSummary {
        let current = self.current(activities)
        let quarter = Quarter.containing(asOf, calendar: calendar)
        let zero = Dictionary(uniqueKeysWithValues: ActivityStatus.allCases.map { ($0, 0) })
        var rows: [ActionLine?] = ActionLine.allCases
        if current.contains(where: { $0.actionLines.isEmpty }) { rows.append(nil) }
        let byLine = rows.map { line in
            var counts = zero
            for activity in current where line.map(activity.actionLines.contains) ?? activity.actionLines.isEmpty {
                counts[activity.status, default: 0] += 1
            }
            return ActionLineStatusCounts(actionLine: line, counts: counts)
        }
        var totals = zero
        for activity in current { totals[activity.status, default: 0] += 1 }
        return DashboardSummary(
            byActionLine: byLine, totals: totals,
            overdue: current.filter { isOverdue($0, asOf: asOf, calendar: calendar) },
            currentQuarter: quarter,
            current: current.filter { $0.status != .gestopt && $0.quarters.contains(quarter) })
    }

    /// Overdue: not realised or stopped, and either delayed (vertraagd) or its last quarter
    /// ended before `asOf`.
    public static func isOverdue(_ activity: Activity, asOf: Date, calendar: Calendar = .dutch) -> Bool {
        guard !finished.contains(activity.status) else { return false }
        if activity.status == .vertraagd { return true }
        guard let last = activity.quarters.max() else { return false }
        return last.end(calendar: calendar) <= asOf
    }

    /// The activities without a continuation.
    public static func current(_ activities: [Activity]) -> [Activity] {
        let continued = Set(activities.compactMap(\.carriedOverFrom))
        return activities.filter { !continued.contains($0.id) }
    }
}
