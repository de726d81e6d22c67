import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// What every page needs from the request: language, who is signed in, the CSRF token
/// and where we are.
struct PageShell {
    var lang: Lang
    var user: User?
    var csrf: String
    var path: String
    /// The page's JSON twin (the same figures as JSON), when it has one.
    var jsonTwin: String? = nil

    var role: Role? { user?.role }
}

extension Request {
    var shell: PageShell {
        PageShell(
            lang: wieg.lang, user: wieg.user, csrf: wieg.csrfToken,
            path: url.query.map { url.path + "?" + $0 } ?? url.path, jsonTwin: wieg.jsonTwin)
    }
}

/// The shared page layout: skip link, header with navigation, one main landmark,
/// footer with the language switch. No inline script or style (see the CSP).
enum Layout {
    static func page(_ shell: PageShell, title: String, status: HTTPResponseStatus = .ok, _ content: [BodyNode]) -> Response {
        let lang = shell.lang
        let html = HTML(
            .lang(lang == .nl ? .dutch : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title`: it also writes og:title and twitter:title meta tags
                // with the title unescaped in their attribute.
                .raw("<title>" + HTMLEscape.escape("\(title) · Wieg") + "</title>"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                // No icon to fetch: saves every page a request that would end in 404.
                .raw("<link rel=\"icon\" href=\"data:,\">"),
                .raw(shell.jsonTwin.map { "<link rel=\"alternate\" type=\"application/json\" href=\"\(HTMLEscape.escape($0))\">" } ?? "")
            ),
            .body(
                H.a("#inhoud", lang.t("Naar de inhoud", "Skip to content"), H.cls("skip-link")),
                header(shell),
                H.el("main", H.attr("id", "inhoud"), H.attr("tabindex", "-1"), .group(content)),
                footer(shell)
            )
        )
        let response = Response(status: status, body: .init(string: html.render()))
        response.headers.contentType = .html
        return response
    }

    static func header(_ shell: PageShell) -> BodyNode {
        let lang = shell.lang
        return H.el(
            "header", H.cls("site-header"),
            H.el(
                "div", H.cls("wrap"),
                H.a(
                    SiteURL.home.path, "Wieg", H.cls("brand"),
                    H.attr("aria-label", lang.t("Wieg, naar de startpagina", "Wieg, to the home page"))),
                H.el(
                    "nav", H.attr("aria-label", lang.t("Hoofdmenu", "Main menu")),
                    H.el(
                        "ul",
                        navigation(shell).map { item in
                            H.el("li", H.a(item.path, item.label, H.attr("aria-current", isCurrent(item.path, shell.path) ? "page" : nil)))
                        })),
                account(shell)))
    }

    static func navigation(_ shell: PageShell) -> [(path: String, label: String)] {
        let lang = shell.lang
        var items: [(String, String)] = [
            (SiteURL.home.path, lang.t("Start", "Home")),
            (SiteURL.areas.path, lang.t("Gebieden", "Areas")),
            (SiteURL.help.path, lang.t("Hulp zoeken", "Find help")),
            (SiteURL.organisations.path, lang.t("Organisaties", "Organisations")),
            (SiteURL.indicators.path, lang.t("Indicatoren", "Indicators"))
        ]
        if let role = shell.role {
            items.append((SiteURL.coalitions.path, lang.t("Coalities", "Coalitions")))
            items.append((SiteURL.services.path, lang.t("Aanbod", "Services")))
            items.append((SiteURL.zorgpaden.path, lang.t("Zorgpaden", "Care paths")))
            items.append((SiteURL.signallingAid.path, lang.t("Gespreksleidraad", "Conversation guide")))
            if role != .professional { items.append((SiteURL.reports.path, lang.t("Meldingen", "Reports"))) }
            if Access.userManagers.allows(role) {
                items.append((SiteURL.users.path, lang.t("Gebruikers", "Users")))
                items.append((SiteURL.audit.path, lang.t("Wijzigingen", "Audit trail")))
                items.append((SiteURL.indicatorImport.path, lang.t("Cijfers importeren", "Import figures")))
                items.append((SiteURL.networkImport.path, lang.t("Sociale kaart importeren", "Import social map")))
            }
            if role == .beheerder {
                items.append((SiteURL.geographyImport.path, lang.t("Gebieden importeren", "Import areas")))
                items.append((SiteURL.needTerms.path, lang.t("Behoeften", "Needs")))
                items.append((SiteURL.embedSettings.path, lang.t("Insluiten", "Embedding")))
            }
        }
        return items
    }

    static func account(_ shell: PageShell) -> BodyNode {
        let lang = shell.lang
        guard let user = shell.user else {
            return H.el("div", H.cls("account"), H.a(SiteURL.login.path, lang.t("Inloggen", "Sign in"), H.cls("button button-small")))
        }
        return H.el(
            "div", H.cls("account"),
            H.a(SiteURL.account.path, "\(user.name) (\(lang.t(user.role.dutchName, user.role.englishName)))"),
            Forms.post(
                SiteURL.logout.path, csrf: shell.csrf,
                [Forms.submit(lang.t("Uitloggen", "Sign out"), cls: "button button-small button-secondary")], cls: "inline"))
    }

    static func footer(_ shell: PageShell) -> BodyNode {
        let lang = shell.lang
        let other: Lang = lang == .nl ? .en : .nl
        return H.el(
            "footer", H.cls("site-footer"),
            H.el(
                "div", H.cls("wrap"),
                H.el(
                    "p",
                    H.a(
                        SiteURL.language(other.rawValue).with([("terug", shell.path)]),
                        lang.t("English", "Nederlands"),
                        H.attr("lang", other.rawValue), H.attr("hreflang", other.rawValue))),
                H.el("p", H.a(SiteURL.accessibility.path, lang.t("Toegankelijkheid", "Accessibility"))),
                H.el("p", H.a(SiteURL.privacy.path, lang.t("Privacy", "Privacy"))),
                shell.jsonTwin.map {
                    H.el("p", H.a($0, lang.t("Deze pagina als JSON", "This page as JSON"), H.attr("type", "application/json")))
                }
                    ?? .empty,
                H.p(
                    lang.t(
                        "Wieg \(WiegVersion.version) — open source (EUPL-1.2). Wieg bewaart geen gegevens die een cliënt herkenbaar maken.",
                        "Wieg \(WiegVersion.version) — open source (EUPL-1.2). Wieg stores no data that identifies a client."))))
    }

    static func isCurrent(_ item: String, _ path: String) -> Bool {
        let bare = path.split(separator: "?").first.map(String.init) ?? path
        return item == "/" ? bare == "/" : (bare == item || bare.hasPrefix(item + "/"))
    }

    /// Previous/next links for a paged list, keeping the other query items.
    /// `fragment`: where on the next page to land (the results, not the top).
    static func pagination<T>(_ page: Paged<T>, lang: Lang, url: SiteURL, query: [(String, String?)], fragment: String? = nil)
        -> BodyNode
    {
        pagination(
            page,
            labels: PaginationLabels(
                navigation: lang.t("Paginering", "Pagination"), previous: lang.t("Vorige", "Previous"), next: lang.t("Volgende", "Next"),
                position: { lang.t("Pagina \($0) van \($1)", "Page \($0) of \($1)") }),
            url: url, query: query, fragment: fragment)
    }

    /// The words of a pagination, for pages in other languages than the site's two.
    struct PaginationLabels {
        var navigation, previous, next: String
        var position: (Int, Int) -> String
    }

    static func pagination<T>(
        _ page: Paged<T>, labels: PaginationLabels, url: SiteURL, query: [(String, String?)], fragment: String? = nil
    ) -> BodyNode {
        guard page.pageCount > 1 else { return .empty }
        func link(_ number: Int, _ label: String, rel: String) -> BodyNode {
            H.el("li", H.a(url.with(query + [("pagina", String(number))]) + (fragment.map { "#" + $0 } ?? ""), label, H.attr("rel", rel)))
        }
        return H.el(
            "nav", H.cls("pagination"), H.attr("aria-label", labels.navigation),
            H.el(
                "ul",
                page.hasPrevious ? link(page.number - 1, labels.previous, rel: "prev") : .empty,
                H.el("li", H.text(labels.position(page.number, page.pageCount))),
                page.hasNext ? link(page.number + 1, labels.next, rel: "next") : .empty))
    }

    static func date(_ date: Date?, lang: Lang) -> String {
        guard let date else { return "—" }
        let f = DateFormatter()
        f.locale = Locale(identifier: lang == .nl ? "nl_NL" : "en_GB")
        f.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        f.dateFormat = "d MMM yyyy HH:mm"
        return f.string(from: date)
    }
}
