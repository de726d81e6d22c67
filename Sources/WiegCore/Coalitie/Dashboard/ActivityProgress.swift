import Foundation

/// One cell of the progress table: the activities of an action line in a quarter.
public struct QuarterProgress: Sendable, Equatable {
    public let quarter: Quarter
    /// Planned in the quarter and not stopped: the plan's load.
    public let planned: Int
    /// Of those, under way now (loopt or vertraagd).
    public let running: Int
    /// Realised in the quarter: the quarter of the status date, or the last planned
    /// quarter when the realisation has no date.
    public let realised: Int
}

/// One row of the progress table. `actionLine` nil = activities without an action line.
public struct ActionLineProgress: Sendable, Equatable {
    public let actionLine: ActionLine?
    /// One cell per quarter asked for, in that order.
    public let quarters: [QuarterProgress]
}

/// Progress over time per action line, from the activities as they are now (statuses have
/// no history, so "running" is today's status of the activities planned in a quarter).
public enum ActivityProgress {
    /// Rows for 1.1–3.3, then one for activities without an action line when there are any;
    /// an activity with two action lines counts in both rows.
    public static func byActionLine(_ activities: [Activity], quarters: [Quarter], calendar: Calendar = .dutch) -> [ActionLineProgress] {
        var lines: [ActionLine?] = ActionLine.allCases
        if activities.contains(where: { $0.actionLines.isEmpty }) { lines.append(nil) }
        return lines.map { line in
            let mine = activities.filter { line.map($0.actionLines.contains) ?? $0.actionLines.isEmpty }
            return ActionLineProgress(
                actionLine: line,
                quarters: quarters.map { quarter in
                    let planned = mine.filter { $0.status != .gestopt && $0.quarters.contains(quarter) }
                    return QuarterProgress(
                        quarter: quarter, planned: planned.count,
                        running: planned.filter { $0.status == .loopt || $0.status == .vertraagd }.count,
                        realised: mine.filter { realisedQuarter($0, calendar: calendar) == quarter }.count)
                })
        }
    }

    /// The quarter an activity was realised in; nil when it is not realised.
    public static func realisedQuarter(_ activity: Activity, calendar: Calendar = .dutch) -> Quarter? {
        guard activity.status == .gerealiseerd else { return nil }
        return activity.statusDate.map { Quarter.containing($0, calendar: calendar) } ?? activity.quarters.max()
    }
}
