import Vapor
import WiegCore
import WiegStore

enum AuditIndexView {
    static func render(
        _ shell: PageShell, page: Paged<AuditEvent>, filter: AuditFilter, coalition: Coalition?, coalitions: [Coalition]
    )
        -> Response
    {
        let lang = shell.lang
        let query: [(String, String?)] = [("soort", filter.entityType), ("id", filter.entityID), ("coalitie", coalition?.slug)]
        return Layout.page(
            shell, title: lang.t("Wijzigingen", "Audit trail"),
            [
                H.h1(lang.t("Wijzigingen", "Audit trail")),
                H.p(
                    lang.t(
                        "Elke wijziging in Wieg: wie, wanneer, wat, en de waarden ervoor en erna.",
                        "Every change in Wieg: who, when, what, and the values before and after."), H.cls("lead")),
                H.el(
                    "form", H.attr("method", "get"), H.attr("action", SiteURL.audit.path), H.cls("filters"),
                    Forms.select(
                        lang.t("Soort", "Type"), name: "soort",
                        options: [
                            ("", lang.t("Alles", "Everything")), ("user", lang.t("Gebruiker", "User")),
                            ("area", lang.t("Gebied", "Area")),
                            ("coalition", lang.t("Coalitie", "Coalition")), ("organisation", lang.t("Organisatie", "Organisation")),
                            ("api_token", lang.t("API-token", "API token")),
                            ("indicator_import", lang.t("Import van cijfers", "Import of figures")),
                            ("service", lang.t("Aanbod", "Service")), ("zorgpad", lang.t("Zorgpad", "Care path")),
                            ("need_term", lang.t("Behoefte", "Need")),
                            ("network_import", lang.t("Import sociale kaart", "Social map import")),
                            ("activity", lang.t("Activiteit", "Activity")), ("plan", lang.t("Plan van aanpak", "Plan of approach")),
                            ("agreement", lang.t("Afspraak", "Agreement")), ("workgroup", lang.t("Werkgroep", "Workgroup")),
                            ("risk", lang.t("Risico", "Risk")), ("governance", lang.t("Overlegorgaan", "Governance body")),
                            ("budget", lang.t("Begroting", "Budget")), ("points", lang.t("10 punten", "10 points")),
                            ("closed_year", lang.t("Afgesloten jaar", "Closed year"))
                        ],
                        selected: filter.entityType ?? ""),
                    Forms.select(
                        lang.t("Coalitie", "Coalition"), name: "coalitie",
                        options: [("", lang.t("Alle", "All"))] + coalitions.map { ($0.slug, $0.name) }, selected: coalition?.slug ?? ""),
                    filter.entityID.map { H.void("input", [("type", "hidden"), ("name", "id"), ("value", $0)]) } ?? .empty,
                    Forms.submit(lang.t("Filteren", "Filter"), cls: "button button-secondary")),
                H.el("p", H.a(SiteURL.apiAudit.with(query), lang.t("Als JSON", "As JSON"))),
                table(page.items, lang: lang, caption: lang.t("\(page.total) wijzigingen", "\(page.total) changes")),
                Layout.pagination(page, lang: lang, url: .audit, query: query)
            ])
    }

    static func table(_ events: [AuditEvent], lang: Lang, caption: String) -> BodyNode {
        let rows: [[BodyNode]] = events.map { event in
            let changes = AuditLog.changes(before: event.before, after: event.after)
            return [
                H.text(Layout.date(event.at, lang: lang)),
                H.text(event.actorLabel),
                H.text(action(event.action, lang)),
                H.text("\(event.entityType) \(event.entityID)"),
                changes.isEmpty
                    ? H.text("—")
                    : H.el(
                        "ul",
                        changes.map { c in
                            H.el(
                                "li", H.el("strong", H.text(c.key)),
                                H.text(": \(c.before.isEmpty ? "—" : c.before) → \(c.after.isEmpty ? "—" : c.after)"))
                        })
            ]
        }
        return H.table(
            caption: caption,
            headers: [
                lang.t("Wanneer", "When"), lang.t("Wie", "Who"), lang.t("Wat", "What"),
                lang.t("Onderwerp", "Subject"), lang.t("Wijzigingen", "Changes")
            ],
            rows: rows)
    }

    static func action(_ action: AuditEvent.Action, _ lang: Lang) -> String {
        switch action {
        case .create: lang.t("aangemaakt", "created")
        case .update: lang.t("gewijzigd", "updated")
        case .delete: lang.t("verwijderd", "deleted")
        }
    }
}
