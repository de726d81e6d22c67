import Foundation

/// Whether a governance body keeps its agreed number of meetings in a year.
public enum ScheduleStatus: Sendable, Equatable {
    case onSchedule
    /// Fewer meetings held than expected by now.
    case behindSchedule(expectedByNow: Int, held: Int)
    /// No number of meetings is agreed, or the year has not started yet.
    case notApplicable
}

/// The meeting rule for governance bodies.
///
/// Expected by now is pro rata over the completed calendar months of the year, rounded
/// down: `required × completedMonths / 12`. So with 2 meetings a year one is expected from
/// 1 July (6 months done), with 4 one from 1 April; the last one is only expected once the
/// year is over. For a year that has ended every required meeting must have been held.
/// Held = the meetings dated in that year on or before `asOf`. A year after `asOf`, or a
/// body without a required number, is not applicable.
public enum GovernanceSchedule {
    public static func status(of body: GovernanceBody, year: Int, asOf: Date, calendar: Calendar = .dutch) -> ScheduleStatus {
        guard body.requiredMeetingsPerYear > 0, let months = completedMonths(of: year, asOf: asOf, calendar: calendar)
        else { return .notApplicable }
        let expected = body.requiredMeetingsPerYear * months / 12
        let held = heldMeetings(of: body, year: year, asOf: asOf, calendar: calendar)
        return held >= expected ? .onSchedule : .behindSchedule(expectedByNow: expected, held: held)
    }

    /// The moment the body falls behind in `year` unless it meets again: the start of the
    /// month after which one more meeting is expected than held by `asOf`. `nil` when the
    /// rule does not apply or every required meeting of the year has been held.
    /// With 2 a year and none held: 1 July; with one held: 1 January of the next year.
    public static func nextMeetingDue(of body: GovernanceBody, year: Int, asOf: Date, calendar: Calendar = .dutch) -> Date? {
        let required = body.requiredMeetingsPerYear
        guard required > 0, completedMonths(of: year, asOf: asOf, calendar: calendar) != nil else { return nil }
        let held = heldMeetings(of: body, year: year, asOf: asOf, calendar: calendar)
        guard held < required else { return nil }
        // The fewest completed months m with required × m / 12 ≥ held + 1.
        let months = (12 * (held + 1) + required - 1) / required
        return calendar.date(from: DateComponents(year: year, month: months + 1, day: 1))
    }

    /// Meetings dated in `year`, on or before `asOf`.
    public static func heldMeetings(of body: GovernanceBody, year: Int, asOf: Date, calendar: Calendar = .dutch) -> Int {
        body.meetings.filter { $0 <= asOf && calendar.component(.year, from: $0) == year }.count
    }

    /// 0…12 completed months of `year` at `asOf`; nil when the year has not begun.
    static func completedMonths(of year: Int, asOf: Date, calendar: Calendar) -> Int? {
        let parts = calendar.dateComponents([.year, .month], from: asOf)
        guard let nowYear = parts.year, let month = parts.month, nowYear >= year else { return nil }
        return nowYear > year ? 12 : month - 1
    }
}
