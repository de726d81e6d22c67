import Foundation
import Plot
import Vapor
import WiegCore

/// A coalition's dashboard: the minimum-requirements test, the step position,
/// activities by status and action line, what is overdue, meetings, and partners'
/// entries in the social map that need checking.
enum CoalitionShowView {
    static func render(_ shell: PageShell, context c: CoalitionContext, year: Int, now: Date) -> Response {
        let lang = shell.lang
        let work = c.work
        let test = work.minimumTest(year: year, organisations: c.organisations)
        let step = work.stepPosition(year: year, organisations: c.organisations)
        let summary = CoalitionDashboard.summary(activities: work.activities, asOf: now)
        let slug = c.slug
        return Layout.page(
            shell, title: c.model.name,
            [
                H.h1(c.model.name),
                H.dl([
                    (lang.t("Soort", "Kind"), H.text(lang.t(work.coalition.kind.dutchName, work.coalition.kind.englishName))),
                    (lang.t("Gebied", "Area"), H.text(c.network.areaName(c.model.areaCode))),
                    (
                        lang.t("Projectleider", "Project leader"),
                        H.text(work.coalition.projectLeader ?? lang.t("niet aangesteld", "not appointed"))
                    ),
                    (
                        lang.t("Partners", "Partners"),
                        H.text(work.coalition.members.compactMap { c.organisationName($0.organisationID) }.joined(separator: ", "))
                    )
                ]),
                H.el(
                    "nav", H.attr("aria-label", lang.t("Documenten en acties", "Documents and actions")),
                    H.el(
                        "ul",
                        [
                            H.cls("actions"),
                            H.el(
                                "li",
                                H.a(SiteURL.coalitionDocument(slug, "plan-van-aanpak").path, lang.t("Plan van aanpak", "Plan of approach"))),
                            H.el(
                                "li",
                                H.a(
                                    SiteURL.coalitionDocument(slug, "jaarplan").with([("jaar", String(year))]),
                                    lang.t("Jaarplan \(year)", "Annual plan \(year)"))),
                            H.el(
                                "li",
                                H.a(
                                    SiteURL.coalitionDocument(slug, "voortgangsrapportage").with([("jaar", String(year))]),
                                    lang.t("Voortgangsrapportage \(year)", "Progress report \(year)"))),
                            H.el("li", H.a(SiteURL.exportActivities(slug).path, lang.t("Activiteiten (CSV)", "Activities (CSV)"))),
                            H.el(
                                "li",
                                H.a(
                                    SiteURL.exportBudget(slug).with([("jaar", String(year))]),
                                    lang.t("Begroting \(year) (CSV)", "Budget \(year) (CSV)")))
                        ]
                            + (c.canEdit
                                ? [
                                    H.el(
                                        "li",
                                        H.a(
                                            SiteURL.activityNew(slug).path, lang.t("Nieuwe activiteit", "New activity"),
                                            H.cls("button button-small"))),
                                    H.el(
                                        "li",
                                        H.a(
                                            SiteURL.closeYear(slug).with([("jaar", String(year))]),
                                            lang.t("Jaar \(year) afsluiten", "Close year \(year)"))),
                                    H.el(
                                        "li",
                                        H.a(SiteURL.audit.with([("coalitie", slug)]), lang.t("Wijzigingsgeschiedenis", "Change history")))
                                ] : []))),
                work.closedYear(year) == nil ? .empty : H.notice(lang.t("Het jaar \(year) is afgesloten.", "The year \(year) is closed.")),
                H.h2(lang.t("Minimale eisen \(year)", "Minimum requirements \(year)"), id: "minimale-eisen"),
                H.table(
                    caption: lang.t("De negen minimale eisen, met bewijs", "The nine minimum requirements, with evidence"),
                    headers: ["#", lang.t("Eis", "Requirement"), lang.t("Uitkomst", "Outcome"), lang.t("Bewijs", "Evidence")],
                    rows: test.map { r in
                        [
                            H.text(String(r.criterion.rawValue)), H.text(r.criterion.dutchName),
                            CoalitionBadges.outcome(r.outcome, lang: lang), H.text(r.evidence)
                        ]
                    }),
                H.h2(lang.t("Stappenplan", "Step plan"), id: "stappen"),
                H.el(
                    "ol",
                    [H.cls("steps")]
                        + step.steps.map { s in
                            H.el(
                                "li", H.cls(s.done ? "step step-done" : (s.step == step.current ? "step step-current" : "step")),
                                H.text(
                                    "\(lang.t(s.step.dutchName, s.step.englishName)) — \(s.done ? lang.t("gedaan", "done") : lang.t("nog niet", "not yet"))"
                                        + (s.done
                                            ? ": \(s.evidence)" : (s.missing.map { " (\(lang.t("ontbreekt", "missing")): \($0))" } ?? ""))))
                        }),
                activities(c, summary: summary, lang: lang),
                meetings(c, year: year, now: now, lang: lang),
                CoalitionPlanView.all(c, shell: shell, year: year),
                CoalitionItemsView.all(c, shell: shell),
                stale(c, now: now, lang: lang)
            ])
    }

    static func activities(_ c: CoalitionContext, summary: DashboardSummary, lang: Lang) -> BodyNode {
        let statuses = ActivityStatus.allCases
        return .group([
            H.h2(lang.t("Activiteiten", "Activities"), id: "activiteiten"),
            H.el(
                "p",
                H.a(
                    SiteURL.coalitionProgress(c.slug).path,
                    lang.t("Voortgang per actielijn en kwartaal", "Progress per action line and quarter"))),
            H.table(
                caption: lang.t("Activiteiten per actielijn en status", "Activities by action line and status"),
                headers: [lang.t("Actielijn", "Action line")] + statuses.map { lang.t($0.dutchName, $0.englishName) },
                rows: summary.byActionLine.map { row in
                    [
                        H.text(
                            row.actionLine.map { "\($0.rawValue) \(lang.t($0.dutchName, $0.englishName))" }
                                ?? lang.t("zonder actielijn", "no action line"))
                    ]
                        + statuses.map { H.text(String(row.counts[$0] ?? 0)) }
                }),
            summary.overdue.isEmpty
                ? H.p(lang.t("Geen activiteiten over tijd.", "No overdue activities."))
                : H.notice(lang.t("Over tijd: ", "Overdue: ") + summary.overdue.map(\.title).joined(separator: "; "), kind: .warn),
            H.table(
                caption: lang.t("Alle activiteiten", "All activities"),
                headers: [
                    lang.t("Titel", "Title"), lang.t("Actielijnen", "Action lines"), lang.t("Kwartalen", "Quarters"),
                    lang.t("Status", "Status"), lang.t("Eigenaar", "Owner")
                ] + (c.canEdit ? [lang.t("Acties", "Actions")] : []),
                rows: c.work.activities.map { a in
                    var cells: [BodyNode] = [
                        H.text(a.title), H.text(a.actionLines.map(\.rawValue).joined(separator: ", ")),
                        H.text(CoalitionBadges.quarters(a.quarters)), CoalitionBadges.status(a.status, lang: lang),
                        H.text([c.organisationName(a.ownerOrganisationID), a.ownerRole].compactMap { $0 }.joined(separator: " — "))
                    ]
                    if c.canEdit {
                        cells.append(
                            .group([
                                H.a(SiteURL.activityEdit(c.slug, a.id.uuidString).path, lang.t("Bewerken", "Edit")), H.text(" · "),
                                H.a(SiteURL.activityDelete(c.slug, a.id.uuidString).path, lang.t("Verwijderen", "Delete"))
                            ]))
                    }
                    return cells
                })
        ])
    }

    /// The governance bodies against their cadence, with edit links for editors (the
    /// meetings held are edited with the body).
    static func meetings(_ c: CoalitionContext, year: Int, now: Date, lang: Lang) -> BodyNode {
        guard !c.work.governance.isEmpty || c.canEdit else { return .empty }
        let segment = GovernanceBody.segment
        return .group([
            H.h2(lang.t("Overleg en bestuur", "Governance"), id: segment),
            c.work.governance.isEmpty
                ? H.p(lang.t("Nog geen overlegorganen vastgelegd.", "No governance bodies recorded yet."))
                : H.table(
                    caption: lang.t("Overlegorganen en hun ritme", "Bodies and their cadence"),
                    headers: [
                        lang.t("Orgaan", "Body"), lang.t("Afgesproken per jaar", "Agreed per year"), lang.t("Stand", "State"),
                        lang.t("Uiterlijk volgende", "Next due by")
                    ] + (c.canEdit ? [lang.t("Acties", "Actions")] : []),
                    rows: c.work.governance.map { body in
                        let state: String
                        switch GovernanceSchedule.status(of: body, year: year, asOf: now) {
                        case .onSchedule: state = lang.t("op schema", "on schedule")
                        case .behindSchedule(let expected, let held):
                            state = lang.t("achter: \(held) van \(expected) gehouden", "behind: \(held) of \(expected) held")
                        case .notApplicable: state = lang.t("geen ritme afgesproken", "no cadence agreed")
                        }
                        let next = GovernanceSchedule.nextMeetingDue(of: body, year: year, asOf: now)
                        var cells: [BodyNode] = [
                            H.text(body.name), H.text(body.requiredMeetingsPerYear == 0 ? "—" : String(body.requiredMeetingsPerYear)),
                            H.text(state), H.text(next.map { Layout.date($0, lang: lang) } ?? "—")
                        ]
                        if c.canEdit {
                            cells.append(
                                .group([
                                    H.a(SiteURL.coalitionItemEdit(c.slug, segment, body.id.uuidString).path, lang.t("Bewerken", "Edit")),
                                    H.text(" · "),
                                    H.a(
                                        SiteURL.coalitionItemDelete(c.slug, segment, body.id.uuidString).path,
                                        lang.t("Verwijderen", "Delete"))
                                ]))
                        }
                        return cells
                    }),
            c.canEdit
                ? H.el("p", H.a(SiteURL.coalitionItemNew(c.slug, segment).path, lang.t("Nieuw overleg toevoegen", "Add a governance body")))
                : .empty
        ])
    }

    /// The partners' services in the social map that are due for a check or stale.
    static func stale(_ c: CoalitionContext, now: Date, lang: Lang) -> BodyNode {
        let boundaries = Freshness.Boundaries(now: now)
        let partners = Set(c.work.coalition.members.map(\.organisationID))
        let due = partners.flatMap { c.network.servicesByOrganisation[$0] ?? [] }
            .filter { boundaries.of($0.lastVerified) != .actueel }.sorted { $0.name < $1.name }
        return .group([
            H.h2(lang.t("Sociale kaart van de partners", "Partners' social map"), id: "sociale-kaart"),
            due.isEmpty
                ? H.p(lang.t("Alle gegevens van de partners zijn actueel.", "All partner entries are current."))
                : H.table(
                    caption: lang.t("Aanbod dat gecontroleerd moet worden", "Services to check"),
                    headers: [lang.t("Aanbod", "Service"), lang.t("Organisatie", "Organisation"), lang.t("Stand", "State")],
                    rows: due.map { s in
                        let state = boundaries.of(s.lastVerified)
                        return [
                            H.a(SiteURL.service(s.id.uuidString).path, s.name), H.text(c.organisationName(s.organisationID) ?? ""),
                            H.text(lang.t(state.dutchName, state.englishName))
                        ]
                    })
        ])
    }
}
