import Foundation

/// Everything a coalition works with, in one value: its record, plan, activities,
/// agreements, workgroups, risks, governance, budgets, the 10 points per year and the
/// closed years. The store loads it whole (a coalition's data is small); pages, rules
/// and documents read from it.
public struct CoalitionWork: Sendable, Equatable {
    public var coalition: CoalitionRecord
    public var plan: PlanOfApproach?
    public var activities: [Activity]
    public var agreements: [Agreement]
    public var workgroups: [Workgroup]
    public var risks: [Risk]
    public var governance: [GovernanceBody]
    public var budgets: [Budget]
    public var points: [PharosYear]
    public var closedYears: [ClosedYear]
    /// How the starting situation was mapped (with figures or not); nil = not recorded.
    public var startingSituation: StartingSituation?

    public init(
        coalition: CoalitionRecord, plan: PlanOfApproach? = nil, activities: [Activity] = [],
        agreements: [Agreement] = [], workgroups: [Workgroup] = [], risks: [Risk] = [],
        governance: [GovernanceBody] = [], budgets: [Budget] = [], points: [PharosYear] = [],
        closedYears: [ClosedYear] = [], startingSituation: StartingSituation? = nil
    ) {
        self.coalition = coalition
        self.plan = plan
        self.activities = activities
        self.agreements = agreements
        self.workgroups = workgroups
        self.risks = risks
        self.governance = governance
        self.budgets = budgets
        self.points = points
        self.closedYears = closedYears
        self.startingSituation = startingSituation
    }

    public func budget(_ year: Int) -> Budget? { budgets.first { $0.year == year } }
    public func points(_ year: Int) -> PharosYear? { points.first { $0.year == year } }
    public func closedYear(_ year: Int) -> ClosedYear? { closedYears.first { $0.year == year } }
    public var closedYearNumbers: Set<Int> { Set(closedYears.map(\.year)) }

    /// The years the coalition has anything for (activities' quarters, budgets, points,
    /// closed years, the plan's period), ascending.
    public var years: [Int] {
        var years = Set(activities.flatMap { $0.quarters.map(\.year) })
        years.formUnion(budgets.map(\.year))
        years.formUnion(points.map(\.year))
        years.formUnion(closedYears.map(\.year))
        if let plan { years.formUnion(plan.firstYear...plan.lastYear) }
        return years.sorted()
    }

    /// The minimum-requirements test for a year.
    public func minimumTest(year: Int, organisations: [OrganisationRecord], services: [ServiceRecord] = []) -> [CriterionResult] {
        MinimumRequirementsTest.evaluate(
            coalition: coalition, plan: plan, activities: activities, agreements: agreements,
            organisations: organisations, year: year, services: services)
    }

    /// Where the coalition stands in the step plan; a closed year counts as an evaluation.
    public func stepPosition(year: Int, organisations: [OrganisationRecord]) -> StepPosition {
        StepPlan.position(
            coalition: coalition, plan: plan, activities: activities, agreements: agreements,
            organisations: organisations, situations: startingSituation.map { [$0] } ?? [],
            evaluations: closedYears.map { Evaluation(year: $0.year, done: true) }, year: year)
    }
}
