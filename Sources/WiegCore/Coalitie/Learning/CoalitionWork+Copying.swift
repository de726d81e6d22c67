import Foundation

/// Copying from another coalition's published plan into this one ("Leren van elkaar").
/// A copy gets a fresh id and remembers its `Origin`; what belongs to the source
/// coalition stays behind: its owner organisation and role, its services (they are in
/// another area), its status (a copy starts gepland), its implementation phase and its
/// workgroup members. Quarters move to the year of copying, keeping their spread.
extension CoalitionWork {
    /// This work with a copy of `activity` from `source` added (with id `id`).
    public func copying(
        activity: PublishedActivity, from source: PublishedPlan, on date: Date, id: UUID = UUID(),
        calendar: Calendar = .dutch
    ) -> CoalitionWork {
        var work = self
        work.activities.append(Self.copy(activity, from: source, on: date, id: id, workgroupID: nil, calendar: calendar))
        return work
    }

    /// This work with a copy of `goal` from `source` added to the plan (with id `id`). Without
    /// a plan of approach, a concept plan for the year of copying is started.
    public func copying(
        goal: PublishedGoal, from source: PublishedPlan, on date: Date, id: UUID = UUID(),
        calendar: Calendar = .dutch
    ) -> CoalitionWork {
        var work = self
        let year = calendar.component(.year, from: date)
        var plan = work.plan ?? PlanOfApproach(firstYear: year, lastYear: year)
        plan.goals.append(
            Goal(
                id: id, text: goal.text, phase: goal.phase, actionLines: goal.actionLines, themes: goal.themes,
                origin: Origin(
                    coalitionID: source.coalitionID, coalitionName: source.name, itemKind: .doel,
                    itemID: goal.id, copiedOn: date)))
        work.plan = plan
        return work
    }

    /// This work with a copy of `workgroup` from `source` (with id `id`) and copies of its
    /// activities, linked to the new workgroup. Each activity's origin is the source activity;
    /// its id is derived from the new workgroup's id and the source activity's id.
    public func copying(
        workgroup: PublishedWorkgroup, from source: PublishedPlan, on date: Date, id: UUID = UUID(),
        calendar: Calendar = .dutch
    ) -> CoalitionWork {
        var work = self
        work.workgroups.append(
            Workgroup(
                id: id, name: workgroup.name,
                origin: Origin(
                    coalitionID: source.coalitionID, coalitionName: source.name,
                    itemKind: .werkgroep, itemID: workgroup.id, copiedOn: date)))
        for activity in source.activities(of: workgroup) {
            let activityID = UUID(name: "copy/\(activity.id.uuidString)", namespace: id)
            work.activities.append(Self.copy(activity, from: source, on: date, id: activityID, workgroupID: id, calendar: calendar))
        }
        return work
    }

    /// The ids of this coalition's items copied from `source` (empty when never copied).
    public func copies(of source: OriginSource) -> [UUID] {
        let goals = (plan?.goals ?? []).filter { $0.origin?.source == source }.map(\.id)
        return goals + activities.filter { $0.origin?.source == source }.map(\.id)
            + workgroups.filter { $0.origin?.source == source }.map(\.id)
    }

    static func copy(
        _ activity: PublishedActivity, from source: PublishedPlan, on date: Date, id: UUID, workgroupID: UUID?,
        calendar: Calendar
    ) -> Activity {
        let shift = calendar.component(.year, from: date) - (activity.quarters.map(\.year).min() ?? 0)
        return Activity(
            id: id, title: activity.title, description: activity.description, actionLines: activity.actionLines,
            workgroupID: workgroupID, quarters: activity.quarters.map { Quarter(year: $0.year + shift, quarter: $0.quarter) },
            expectedResult: activity.expectedResult, status: .gepland, themes: activity.themes,
            origin: Origin(
                coalitionID: source.coalitionID, coalitionName: source.name, itemKind: .activiteit,
                itemID: activity.id, copiedOn: date))
    }
}
