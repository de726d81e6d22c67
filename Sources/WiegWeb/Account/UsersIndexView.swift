import Vapor
import WiegCore
import WiegStore

enum UsersIndexView {
    static func render(_ shell: PageShell, page: Paged<User>, filter: UserFilter) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = page.items.map { user in
            [
                H.a(SiteURL.user(user.id.uuidString).path, user.name),
                H.text(user.email),
                H.text(lang.t(user.role.dutchName, user.role.englishName)),
                H.text(
                    user.isDisabled
                        ? lang.t("Uitgeschakeld", "Disabled")
                        : user.passwordHash == nil ? lang.t("Uitgenodigd", "Invited") : lang.t("Actief", "Active")),
                H.text(Layout.date(user.lastLoginAt, lang: lang))
            ]
        }
        let query: [(String, String?)] = [("rol", filter.role?.rawValue), ("zoek", filter.text)]
        return Layout.page(
            shell, title: lang.t("Gebruikers", "Users"),
            [
                H.h1(lang.t("Gebruikers", "Users")),
                H.el(
                    "div", H.cls("actions"),
                    H.a(SiteURL.userNew.path, lang.t("Iemand uitnodigen", "Invite someone"), H.cls("button")),
                    H.a(SiteURL.apiUsers.with(query), lang.t("Als JSON", "As JSON"))),
                H.el(
                    "form", H.attr("method", "get"), H.attr("action", SiteURL.users.path), H.cls("filters"),
                    Forms.field(
                        lang.t("Zoek op naam of e-mail", "Search by name or e-mail"), name: "zoek", type: "search", value: filter.text),
                    Forms.select(
                        lang.t("Rol", "Role"), name: "rol",
                        options: [("", lang.t("Alle rollen", "All roles"))]
                            + Role.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                        selected: filter.role?.rawValue ?? ""),
                    Forms.submit(lang.t("Filteren", "Filter"), cls: "button button-secondary")),
                H.table(
                    caption: lang.t("\(page.total) accounts", "\(page.total) accounts"),
                    headers: [
                        lang.t("Naam", "Name"), lang.t("E-mailadres", "E-mail address"), lang.t("Rol", "Role"),
                        lang.t("Status", "Status"), lang.t("Laatst ingelogd", "Last sign-in")
                    ],
                    rows: rows),
                Layout.pagination(page, lang: lang, url: .users, query: query)
            ])
    }
}
