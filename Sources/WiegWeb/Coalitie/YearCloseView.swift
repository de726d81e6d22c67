import Foundation
import Vapor
import WiegCore
import WiegStore

enum YearCloseView {
    static func render(
        _ shell: PageShell, context c: CoalitionContext, year: Int, fields f: [String: String], issues: [UUID: String],
        yearIssue: String?, status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Jaar \(year) afsluiten", "Close year \(year)")
        if let closed = c.work.closedYear(year) {
            return Layout.page(
                shell, title: lang.t("Jaar \(year) (afgesloten)", "Year \(year) (closed)"), status: status,
                [
                    H.h1(lang.t("Jaar \(year) is afgesloten", "Year \(year) is closed")),
                    yearIssue.map { H.notice($0, kind: .warn) } ?? .empty,
                    H.table(
                        caption: lang.t("Uitkomst per activiteit", "Outcome per activity"),
                        headers: [lang.t("Activiteit", "Activity"), lang.t("Uitkomst", "Outcome"), lang.t("Reflectie", "Reflection")],
                        rows: closed.activities.map { [H.text($0.title), H.text($0.outcome.dutchName), H.text($0.reflection)] }),
                    H.p("", H.a(SiteURL.coalition(c.slug).path, lang.t("Terug naar de coalitie", "Back to the coalition")))
                ])
        }
        let activities = YearClose.activities(in: year, from: c.work.activities)
        let errors = activities.compactMap { a in issues[a.id].map { Forms.FieldError(field: "uitkomst-\(a.id.uuidString)", message: $0) } }
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                H.p(
                    lang.t(
                        "Geef elke activiteit van \(year) een uitkomst en een korte terugblik. Doorgeschoven activiteiten staan daarna in het plan van \(year + 1); de 10 punten krijgen een nieuw jaar. Het afgesloten jaar blijft leesbaar.",
                        "Give every activity of \(year) an outcome and a short reflection. Carried-over activities then appear in the plan for \(year + 1); the 10 points get a new year. The closed year stays readable."
                    )),
                yearIssue.map { H.notice($0, kind: .error) } ?? .empty,
                Forms.errorSummary(errors, lang: lang),
                activities.isEmpty
                    ? H.notice(lang.t("Er zijn geen activiteiten in \(year).", "There are no activities in \(year).")) : .empty,
                !c.canEdit
                    ? H.notice(
                        lang.t(
                            "U kunt dit jaar niet afsluiten; dat doet de projectleider.",
                            "You cannot close this year; the project leader does."))
                    : Forms.post(
                        SiteURL.closeYear(c.slug).path, csrf: shell.csrf,
                        [
                            H.void("input", [("type", "hidden"), ("name", "jaar"), ("value", String(year))])
                        ]
                            + activities.map { a in
                                let id = a.id.uuidString
                                return H.el(
                                    "fieldset",
                                    [
                                        H.cls(issues[a.id] == nil ? "activity-close" : "activity-close field-error"),
                                        H.attr("id", "uitkomst-\(id)"),
                                        H.el(
                                            "legend", H.text("\(a.title) (\(CoalitionBadges.quarters(a.quarters)); \(a.status.dutchName))")),
                                        issues[a.id].map { H.el("p", H.cls("error"), H.text($0)) } ?? .empty
                                    ]
                                        + ActivityOutcome.allCases.map { outcome in
                                            H.el(
                                                "div", H.cls("check"),
                                                H.void(
                                                    "input",
                                                    [
                                                        ("type", "radio"), ("id", "uitkomst-\(id)-\(outcome.rawValue)"),
                                                        ("name", "uitkomst-\(id)"),
                                                        ("value", outcome.rawValue),
                                                        ("checked", f["uitkomst-\(id)"] == outcome.rawValue ? "" : nil)
                                                    ]),
                                                H.el(
                                                    "label", H.attr("for", "uitkomst-\(id)-\(outcome.rawValue)"), H.text(outcome.dutchName))
                                            )
                                        }
                                        + [
                                            Forms.textarea(
                                                lang.t("Terugblik", "Reflection"), name: "reflectie-\(id)", value: f["reflectie-\(id)"],
                                                rows: 2)
                                        ])
                            } + [Forms.submit(lang.t("Jaar \(year) afsluiten", "Close year \(year)"))])
            ])
    }
}
