import Foundation
import Vapor
import WiegCore
import WiegStore

enum AccountView {
    static func render(_ shell: PageShell, user: User, sessions: [LoginSession], currentID: UUID, notice: String?) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = sessions.map { session in
            let isCurrent = session.id == currentID
            return [
                H.text(Layout.date(session.createdAt, lang: lang)),
                H.text(Layout.date(session.lastSeenAt, lang: lang)),
                H.text(session.ip),
                H.text(session.userAgent.isEmpty ? "—" : String(session.userAgent.prefix(80))),
                isCurrent
                    ? H.el("span", H.cls("badge"), H.text(lang.t("Deze sessie", "This session")))
                    : Forms.post(
                        SiteURL.endSession(session.id.uuidString).path, csrf: shell.csrf,
                        [Forms.submit(lang.t("Beëindigen", "End"), cls: "button button-small button-secondary")], cls: "inline")
            ]
        }
        return Layout.page(
            shell, title: lang.t("Mijn account", "My account"),
            [
                H.h1(lang.t("Mijn account", "My account")),
                notice.map { H.notice($0, kind: .ok) } ?? .empty,
                H.dl([
                    (lang.t("Naam", "Name"), H.text(user.name)),
                    (lang.t("E-mailadres", "E-mail address"), H.text(user.email)),
                    (lang.t("Rol", "Role"), H.text(lang.t(user.role.dutchName, user.role.englishName))),
                    (lang.t("Laatst ingelogd", "Last sign-in"), H.text(Layout.date(user.lastLoginAt, lang: lang)))
                ]),
                H.el("p", H.a(SiteURL.tokens.path, lang.t("API-tokens voor andere systemen", "API tokens for other systems"))),
                H.h2(lang.t("Waar bent u ingelogd", "Where you are signed in"), id: "sessies"),
                H.p(
                    lang.t(
                        "Een sessie eindigt na 30 minuten zonder activiteit en altijd na 12 uur.",
                        "A session ends after 30 minutes without activity, and always after 12 hours.")),
                H.table(
                    caption: lang.t("Actieve sessies", "Active sessions"),
                    headers: [
                        lang.t("Begonnen", "Started"), lang.t("Laatst actief", "Last active"), lang.t("IP-adres", "IP address"),
                        lang.t("Browser", "Browser"), lang.t("Actie", "Action")
                    ],
                    rows: rows),
                sessions.count > 1
                    ? Forms.post(
                        SiteURL.endOtherSessions.path, csrf: shell.csrf,
                        [Forms.submit(lang.t("Alle andere sessies beëindigen", "End all other sessions"), cls: "button button-secondary")])
                    : .empty
            ])
    }
}
