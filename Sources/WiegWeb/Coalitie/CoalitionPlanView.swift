import Plot
import WiegCore

/// The plan on the coalition's dashboard: the plan of approach and its goals, the partners,
/// the 10 points and the budget of the year, each with its edit links for editors.
enum CoalitionPlanView {
    static func all(_ c: CoalitionContext, shell: PageShell, year: Int) -> BodyNode {
        let lang = shell.lang
        return .group([plan(c, lang: lang), partners(c, lang: lang), points(c, year: year, lang: lang), budget(c, year: year, lang: lang)])
    }

    static func edit(_ c: CoalitionContext, _ url: SiteURL, _ nl: String, _ en: String, lang: Lang) -> BodyNode {
        c.canEdit ? H.a(url.path, lang.t(nl, en)) : .empty
    }

    static func plan(_ c: CoalitionContext, lang: Lang) -> BodyNode {
        let plan = c.work.plan
        return .group([
            H.h2(lang.t("Plan van aanpak", "Plan of approach"), id: "plan"),
            H.p(
                plan.map {
                    lang.t("Periode \($0.periodLabel); \($0.goals.count) doelen.", "Period \($0.periodLabel); \($0.goals.count) goals.")
                }
                    ?? lang.t("Nog geen plan van aanpak vastgelegd.", "No plan of approach recorded yet."),
                H.text(" "), edit(c, .planEdit(c.slug), "Plan bewerken", "Edit the plan", lang: lang)),
            H.el(
                "ul",
                (plan?.goals ?? []).map { goal in
                    H.el(
                        "li", H.text("\(goal.text) (\(goal.actionLines.map(\.rawValue).joined(separator: ", ")))"),
                        c.canEdit
                            ? .group([
                                H.text(" — "), H.a(SiteURL.goalEdit(c.slug, goal.id.uuidString).path, lang.t("Bewerken", "Edit")),
                                H.text(" · "), H.a(SiteURL.goalDelete(c.slug, goal.id.uuidString).path, lang.t("Verwijderen", "Delete"))
                            ]) : .empty)
                }),
            plan != nil && c.canEdit ? H.el("p", H.a(SiteURL.goalNew(c.slug).path, lang.t("Nieuw doel toevoegen", "Add a goal"))) : .empty
        ])
    }

    static func partners(_ c: CoalitionContext, lang: Lang) -> BodyNode {
        .group([
            H.h2(lang.t("Partners", "Partners"), id: "partners"),
            H.el(
                "ul",
                c.work.coalition.members.map { member in
                    H.el(
                        "li", H.text(c.organisationName(member.organisationID) ?? "?"),
                        H.text(member.contactRole.isEmpty ? "" : " (\(member.contactRole))"),
                        c.canEdit
                            ? .group([
                                H.text(" — "),
                                H.a(
                                    SiteURL.memberEdit(c.slug, member.organisationID.uuidString).path,
                                    lang.t("Rol bewerken", "Edit role")),
                                H.text(" · "),
                                H.a(
                                    SiteURL.memberDelete(c.slug, member.organisationID.uuidString).path,
                                    lang.t("Verwijderen", "Remove"))
                            ]) : .empty)
                }),
            H.p(
                lang.t("Projectleider: ", "Project leader: ")
                    + (c.work.coalition.projectLeader ?? lang.t("niet aangesteld", "none appointed"))
                    + lang.t(". Betrokkenheid doelgroep: ", ". Target group involvement: ")
                    + (c.work.coalition.targetGroupInvolvement.isEmpty
                        ? lang.t("niet vastgelegd", "not recorded")
                        : c.work.coalition.targetGroupInvolvement.map(\.dutchName).joined(separator: ", ")) + "."),
            c.canEdit
                ? H.el(
                    "p", H.a(SiteURL.memberNew(c.slug).path, lang.t("Partner toevoegen", "Add a partner")), H.text(" · "),
                    H.a(SiteURL.coalitionDetails(c.slug).path, lang.t("Gegevens van de coalitie bewerken", "Edit the coalition's details")))
                : .empty
        ])
    }

    static func points(_ c: CoalitionContext, year: Int, lang: Lang) -> BodyNode {
        let points = c.work.points(year) ?? PharosYear(year: year)
        return .group([
            H.h2(lang.t("De 10 punten in \(year)", "The 10 points in \(year)"), id: "punten"),
            H.table(
                caption: lang.t("Stand per punt", "State per point"),
                headers: ["#", lang.t("Punt", "Point"), lang.t("Status", "Status"), lang.t("Waar staan we", "Where we stand")],
                rows: points.assessments.map { a in
                    [
                        H.text(String(a.point.number)),
                        c.canEdit
                            ? H.a(
                                SiteURL.pointEdit(c.slug, String(year), String(a.point.number)).path,
                                lang.t(a.point.title, a.point.englishName))
                            : H.text(lang.t(a.point.title, a.point.englishName)),
                        H.text(a.status.label), H.text(a.waarStaanWe)
                    ]
                })
        ])
    }

    /// The year's budget: lines, out-of-pocket costs and funding, each row with its edit and
    /// delete links for editors, and the computed totals.
    static func budget(_ c: CoalitionContext, year: Int, lang: Lang) -> BodyNode {
        let budget = c.work.budget(year) ?? Budget(year: year)
        func headers(_ nl: String, _ en: String) -> [String] {
            [lang.t(nl, en), lang.t("Bedrag", "Amount")] + (c.canEdit ? [lang.t("Wijzigen", "Change")] : [])
        }
        func rows(_ part: BudgetPart, _ labels: [(String, Money)]) -> [[BodyNode]] {
            labels.enumerated().map { i, row in
                [H.text(row.0), H.text(row.1.formatted)]
                    + (c.canEdit
                        ? [
                            .group([
                                H.a(
                                    SiteURL.budgetRowEdit(c.slug, String(year), part.rawValue, String(i + 1)).path,
                                    lang.t("Bewerken", "Edit")), H.text(" · "),
                                H.a(
                                    SiteURL.budgetRowDelete(c.slug, String(year), part.rawValue, String(i + 1)).path,
                                    lang.t("Verwijderen", "Delete"))
                            ])
                        ] : [])
            }
        }
        func total(_ nl: String, _ en: String, _ money: Money) -> [BodyNode] {
            [H.el("strong", H.text(lang.t(nl, en))), H.text(money.formatted)] + (c.canEdit ? [H.text("")] : [])
        }
        // As the annual plan of seed 003: the lines, their subtotal, then out-of-pocket costs.
        let costs =
            rows(.regels, budget.lines.map { ($0.component, $0.amount) })
            + [total("Subtotaal onderdelen", "Subtotal of the components", budget.linesTotal)]
            + rows(.kosten, budget.outOfPocket.map { (lang.t("Out-of-pocket: ", "Out of pocket: ") + $0.description, $0.amount) })
        let funding = rows(.financiering, budget.funding.map { ($0.kind.label + ($0.note.isEmpty ? "" : " (\($0.note))"), $0.amount) })
        let add = BudgetPart.allCases.map { part in
            H.a(
                SiteURL.budgetRowNew(c.slug, String(year), part.rawValue).path,
                lang.t(part.title(year: year, editing: false).0, part.title(year: year, editing: false).1))
        }
        return .group([
            H.h2(lang.t("Begroting \(year)", "Budget \(year)"), id: "begroting"),
            budget.lines.isEmpty && budget.outOfPocket.isEmpty && budget.funding.isEmpty
                ? H.p(lang.t("Geen begroting voor \(year).", "No budget for \(year)."))
                : .group([
                    H.table(
                        caption: lang.t("Kosten \(year)", "Costs \(year)"), headers: headers("Onderdeel", "Component"),
                        rows: costs + [total("Totaal", "Total", budget.grandTotal)]),
                    H.table(
                        caption: lang.t("Financiering \(year)", "Funding \(year)"), headers: headers("Bron", "Source"),
                        rows: funding + [
                            total("Gefinancierd", "Funded", budget.fundedTotal),
                            total("Nog niet gefinancierd", "Not yet funded", budget.gap)
                        ])
                ]),
            c.canEdit ? H.el("p", .group(add.enumerated().flatMap { i, link in i == 0 ? [link] : [H.text(" · "), link] })) : .empty
        ])
    }
}
