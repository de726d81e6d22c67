import Foundation
import Plot
import Vapor
import WiegCore

/// The parents' pages: a slim header (the name and the languages, no menu a parent does not
/// need), the page in the parent's language and direction, and a short footer. Embedded in
/// a municipality's website, the header's name and the link for professionals go.
enum ParentLayout {
    static func page(
        _ shell: PageShell, strings t: ParentStrings, title: String, embedded: Bool = false, status: HTTPResponseStatus = .ok,
        _ content: [BodyNode]
    ) -> Response {
        let language = t.language
        let home = (embedded ? SiteURL.helpEmbed : SiteURL.help).with([("taal", language == .nl ? nil : language.rawValue)])
        let head =
            "<head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>" + HTMLEscape.escape("\(title) · Wieg") + "</title>"
            + "<link rel=\"stylesheet\" href=\"\(SiteURL.stylesheet.path)\"><link rel=\"icon\" href=\"data:,\">"
            + (shell.jsonTwin.map { "<link rel=\"alternate\" type=\"application/json\" href=\"\(HTMLEscape.escape($0))\">" } ?? "")
            + "</head>"
        let body: BodyNode = .group([
            H.a("#inhoud", t(.skipLink), H.cls("skip-link")),
            H.el(
                "header", H.cls("parent-header"),
                H.el(
                    "div", H.cls("wrap"),
                    embedded ? .empty : H.a(home, "Wieg", H.cls("brand"), H.attr("aria-label", t(.brandLabel))),
                    languages(shell, current: language))),
            H.el("main", H.attr("id", "inhoud"), H.attr("tabindex", "-1"), .group(content)),
            H.el(
                "footer", H.cls("parent-footer"),
                H.el(
                    "div", H.cls("wrap"),
                    H.el(
                        "ul",
                        H.el("li", H.a(SiteURL.privacy.path, t(.privacyFooter), embedded ? H.attr("target", "_blank") : .empty)),
                        embedded ? .empty : H.el("li", H.a(SiteURL.home.path, t(.forProfessionals)))),
                    H.p(t(.footerNote))))
        ])
        let html =
            "<!DOCTYPE html><html lang=\"\(HTMLEscape.escape(language.rawValue))\" dir=\"\(language.direction)\">" + head
            + "<body class=\"\(embedded ? "parent embedded" : "parent")\">" + body.render() + "</body></html>"
        let response = Response(status: status, body: .init(string: html))
        response.headers.contentType = .html
        return response
    }

    /// The six languages, each as a link to this page in that language, named in itself.
    static func languages(_ shell: PageShell, current: ParentLanguage) -> BodyNode {
        H.el(
            "nav", H.cls("parent-languages"), H.attr("aria-label", current.strings(.languageMenu)),
            H.el(
                "ul",
                ParentLanguage.allCases.map { language in
                    H.el(
                        "li",
                        H.a(
                            switching(shell.path, to: language), language.nativeName, H.attr("lang", language.rawValue),
                            H.attr("hreflang", language.rawValue), H.attr("dir", language.direction),
                            H.attr("aria-current", language == current ? "true" : nil)))
                }))
    }

    /// `path` (a local path with its query) with `taal` set to `language`, the page number
    /// dropped (the same page in another language starts at its results' start).
    static func switching(_ path: String, to language: ParentLanguage) -> String {
        var parts = URLComponents(string: path) ?? URLComponents()
        let query = parts.queryItems ?? []
        // A door pressed is a phase chosen (unless it switched the phase off).
        var items = query.filter { !["taal", "deur", "pagina"].contains($0.name) }
        if let door = query.first(where: { $0.name == "deur" })?.value {
            items.removeAll { $0.name == "fase" }
            if let phase = Phase(rawValue: door) { items.append(URLQueryItem(name: "fase", value: phase.rawValue)) }
        }
        if language != .nl { items.append(URLQueryItem(name: "taal", value: language.rawValue)) }
        parts.queryItems = items.isEmpty ? nil : items
        let local = parts.percentEncodedPath.hasPrefix("/") ? parts.percentEncodedPath : SiteURL.help.path
        return local + (parts.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
