import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// Editing the rest of a coalition's plan from its dashboard: the plan of approach
/// (period, ambitions, societal results), its goals, the 10 points per year and the members
/// (the budget is `BudgetEditController`). Whoever may edit the coalition; each save is one
/// audited write; deleting a goal or member asks first.
enum PlanEditController {
    static func register(_ routes: any RoutesBuilder) {
        for method in [HTTPMethod.GET, .POST] {
            let form = method == .GET
            routes.on(method, .planEdit(":slug"), access: .userManagers, use: form ? planForm : planSave)
            routes.on(method, .coalitionDetails(":slug"), access: .userManagers, use: form ? detailsForm : detailsSave)
            routes.on(method, .goalNew(":slug"), access: .userManagers, use: form ? goalForm : goalSave)
            routes.on(method, .goalEdit(":slug", ":id"), access: .userManagers, use: form ? goalForm : goalSave)
            routes.on(method, .goalDelete(":slug", ":id"), access: .userManagers, use: form ? goalConfirm : goalDelete)
            routes.on(method, .pointEdit(":slug", ":year", ":point"), access: .userManagers, use: form ? pointForm : pointSave)
            routes.on(method, .memberNew(":slug"), access: .userManagers, use: form ? memberForm : memberSave)
            routes.on(method, .memberDelete(":slug", ":id"), access: .userManagers, use: form ? memberConfirm : memberDelete)
            routes.on(method, .memberEdit(":slug", ":id"), access: .userManagers, use: form ? memberEditForm : memberEditSave)
        }
    }

    // MARK: The coalition's details

    @Sendable static func detailsForm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        return CoalitionEditing.page(
            req, c, ("Gegevens van de coalitie", "Coalition details"), .coalitionDetails(c.slug), PlanFields.details,
            CoalitionDetailsForm.fields(c.work.coalition))
    }

    @Sendable static func detailsSave(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let f = CoalitionEditing.fields(req)
        let issues = try await c.modify(req) { work -> (result: [ImportIssue], writes: [CoalitionWrite]) in
            let check = CoalitionDetailsForm.check(fields: f, coalition: work.coalition)
            return (check.issues, check.record.map { [.record($0)] } ?? [])
        }
        guard issues.isEmpty else {
            return CoalitionEditing.page(
                req, c, ("Gegevens van de coalitie", "Coalition details"), .coalitionDetails(c.slug), PlanFields.details, f, issues)
        }
        return CoalitionEditing.back(req, c, "partners")
    }

    // MARK: Plan of approach and goals

    @Sendable static func planForm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        return CoalitionEditing.page(
            req, c, ("Plan van aanpak bewerken", "Edit the plan of approach"), .planEdit(c.slug), PlanFields.plan,
            c.work.plan.map { PlanForm.fields($0) } ?? [:])
    }

    @Sendable static func planSave(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let f = CoalitionEditing.fields(req)
        let issues = try await c.modify(req) { work -> (result: [ImportIssue], writes: [CoalitionWrite]) in
            // The goals are kept from the plan as it is now (another may have added one).
            let check = PlanForm.check(fields: f, existing: work.plan)
            return (check.issues, check.record.map { [.item($0)] } ?? [])
        }
        guard issues.isEmpty else {
            return CoalitionEditing.page(
                req, c, ("Plan van aanpak bewerken", "Edit the plan of approach"), .planEdit(c.slug), PlanFields.plan, f, issues)
        }
        return CoalitionEditing.back(req, c, "plan")
    }

    static let goalGone = WiegError.notFound("Dit doel bestaat niet (meer).", "This goal does not exist (any more).")
    static let noPlan = WiegError.badRequest(
        "Leg eerst het plan van aanpak vast; doelen horen bij een plan.",
        "Record the plan of approach first; goals belong to a plan.")

    static func goal(_ req: Request, _ c: CoalitionContext) throws -> Goal? {
        guard let raw = req.parameters.get("id") else { return nil }
        guard let goal = c.work.plan?.goals.first(where: { $0.id.uuidString == raw }) else { throw goalGone }
        return goal
    }

    @Sendable static func goalForm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let goal = try goal(req, c)
        return CoalitionEditing.page(
            req, c, goal == nil ? ("Nieuw doel", "New goal") : ("Doel bewerken", "Edit goal"),
            goal.map { .goalEdit(c.slug, $0.id.uuidString) } ?? .goalNew(c.slug), PlanFields.goal, goal.map(GoalForm.fields) ?? [:])
    }

    @Sendable static func goalSave(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        guard c.work.plan != nil else { throw noPlan }
        let existing = try goal(req, c)
        let f = CoalitionEditing.fields(req)
        let check = GoalForm.check(fields: f, id: existing?.id ?? UUID(), existing: existing)
        guard let goal = check.record else {
            return CoalitionEditing.page(
                req, c, existing == nil ? ("Nieuw doel", "New goal") : ("Doel bewerken", "Edit goal"),
                existing.map { .goalEdit(c.slug, $0.id.uuidString) } ?? .goalNew(c.slug), PlanFields.goal, f, check.issues)
        }
        let isNew = existing == nil
        try await c.modify(req) { work in
            guard var plan = work.plan else { throw noPlan }
            if let index = plan.goals.firstIndex(where: { $0.id == goal.id }) {
                plan.goals[index] = goal
            } else if isNew {
                plan.goals.append(goal)
            } else {
                throw goalGone
            }
            return [.item(plan)]
        }
        return CoalitionEditing.back(req, c, "plan")
    }

    @Sendable static func goalConfirm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let goal = try goal(req, c)!
        return ConfirmView.render(
            req.shell, title: req.lang.t("Doel verwijderen", "Delete goal"),
            message: req.lang.t(
                "Weet u zeker dat u het doel '\(goal.text)' wilt verwijderen? De wijzigingsgeschiedenis bewaart wat er stond.",
                "Are you sure you want to delete the goal '\(goal.text)'? The audit trail keeps what it said."),
            action: SiteURL.goalDelete(c.slug, goal.id.uuidString).path, confirm: req.lang.t("Ja, verwijderen", "Yes, delete"),
            cancel: SiteURL.coalition(c.slug).path)
    }

    @Sendable static func goalDelete(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let goalID = try goal(req, c)!.id
        try await c.modify(req) { work in
            guard var plan = work.plan, plan.goals.contains(where: { $0.id == goalID }) else { throw goalGone }
            plan.goals.removeAll { $0.id == goalID }
            return [.item(plan)]
        }
        return CoalitionEditing.back(req, c, "plan")
    }
}
