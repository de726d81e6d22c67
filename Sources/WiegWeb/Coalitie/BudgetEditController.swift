import Foundation
import Vapor
import WiegCore
import WiegStore

/// Editing a year's budget row by row: its lines (`regels`), out-of-pocket costs (`kosten`)
/// and funding sources (`financiering`). A row is addressed by its number in the list
/// (1, 2, …) as the dashboard shows it; totals are computed, never typed. Whoever may edit
/// the coalition; every save is one audited write; deleting a row asks first.
enum BudgetEditController {
    static func register(_ routes: any RoutesBuilder) {
        for method in [HTTPMethod.GET, .POST] {
            let form = method == .GET
            routes.on(method, .budgetRowNew(":slug", ":year", ":part"), access: .userManagers, use: form ? rowForm : rowSave)
            routes.on(method, .budgetRowEdit(":slug", ":year", ":part", ":n"), access: .userManagers, use: form ? rowForm : rowSave)
            routes.on(method, .budgetRowDelete(":slug", ":year", ":part", ":n"), access: .userManagers, use: form ? rowConfirm : rowDelete)
        }
    }

    /// The row a request is about: its coalition, year, part, budget and (when editing) index.
    struct Target {
        let c: CoalitionContext
        let year: Int
        let part: BudgetPart
        var budget: Budget
        let index: Int?

        var action: SiteURL {
            index.map { .budgetRowEdit(c.slug, String(year), part.rawValue, String($0 + 1)) }
                ?? .budgetRowNew(c.slug, String(year), part.rawValue)
        }
        var title: (String, String) { part.title(year: year, editing: index != nil) }
    }

    static func target(_ req: Request) async throws -> Target {
        let c = try await CoalitionContext.load(req, edit: true)
        let year = try CoalitionEditing.year(req)
        guard let part = req.parameters.get("part").flatMap(BudgetPart.init(rawValue:)) else {
            throw WiegError.notFound(
                "Dit deel van de begroting bestaat niet; kies regels, kosten of financiering.",
                "This part of the budget does not exist; choose regels, kosten or financiering.")
        }
        let budget = c.work.budget(year) ?? Budget(year: year)
        var index: Int?
        if let raw = req.parameters.get("n") {
            guard let n = Int(raw), n >= 1, n <= part.count(in: budget) else { throw rowGone(year) }
            index = n - 1
        }
        return Target(c: c, year: year, part: part, budget: budget, index: index)
    }

    static func rowGone(_ year: Int) -> WiegError {
        WiegError.notFound(
            "Deze regel bestaat niet (meer) in de begroting van \(year).",
            "This row does not exist (any more) in the budget of \(year).")
    }

    @Sendable static func rowForm(req: Request) async throws -> Response {
        let t = try await target(req)
        return CoalitionEditing.page(req, t.c, t.title, t.action, t.part.controls, t.index.map { t.part.fields(t.budget, $0) } ?? [:])
    }

    @Sendable static func rowSave(req: Request) async throws -> Response {
        let t = try await target(req)
        let f = CoalitionEditing.fields(req)
        let (year, part, index) = (t.year, t.part, t.index)
        // Applied to the budget as it is when the lock is held, not as this request read it.
        let issues = try await t.c.modify(req) { work -> (result: [ImportIssue], writes: [CoalitionWrite]) in
            var budget = work.budget(year) ?? Budget(year: year)
            if let index, index >= part.count(in: budget) { throw rowGone(year) }
            let issues = part.apply(f, to: &budget, at: index)
            return (issues, issues.isEmpty ? [.item(budget)] : [])
        }
        guard issues.isEmpty else { return CoalitionEditing.page(req, t.c, t.title, t.action, t.part.controls, f, issues) }
        return CoalitionEditing.back(req, t.c, "begroting")
    }

    @Sendable static func rowConfirm(req: Request) async throws -> Response {
        let t = try await target(req)
        let label = t.part.label(t.budget, t.index!)
        return ConfirmView.render(
            req.shell, title: req.lang.t("Uit de begroting verwijderen", "Remove from the budget"),
            message: req.lang.t(
                "Weet u zeker dat u '\(label)' uit de begroting van \(t.year) verwijdert? De totalen worden opnieuw berekend; de wijzigingsgeschiedenis bewaart wat er stond.",
                "Are you sure you want to remove '\(label)' from the budget of \(t.year)? The totals are recomputed; the audit trail keeps what it said."
            ),
            action: SiteURL.budgetRowDelete(t.c.slug, String(t.year), t.part.rawValue, String(t.index! + 1)).path,
            confirm: req.lang.t("Ja, verwijderen", "Yes, remove"), cancel: SiteURL.coalition(t.c.slug).path + "#begroting")
    }

    @Sendable static func rowDelete(req: Request) async throws -> Response {
        let t = try await target(req)
        let (year, part, index) = (t.year, t.part, t.index!)
        try await t.c.modify(req) { work in
            var budget = work.budget(year) ?? Budget(year: year)
            guard index < part.count(in: budget) else { throw rowGone(year) }
            part.remove(at: index, from: &budget)
            return [.item(budget)]
        }
        return CoalitionEditing.back(req, t.c, "begroting")
    }
}
