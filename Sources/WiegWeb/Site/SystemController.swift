import Vapor
import WiegCore
import WiegStore

/// Health, version, the stylesheet, the language switch and the accessibility statement.
enum SystemController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .health, access: .everyone, use: health)
        routes.on(.GET, .version, access: .everyone, use: version)
        routes.on(.GET, .stylesheet, access: .everyone, use: stylesheet)
        routes.on(.GET, .language(":lang"), access: .everyone, use: language)
        routes.on(.GET, .accessibility, access: .everyone, use: accessibility)
        routes.on(.GET, .privacy, access: .everyone, use: privacy)
    }

    @Sendable static func health(req: Request) async throws -> Response {
        struct Health: Content { var status: String }
        let ok: Bool
        do {
            try await req.stores.ping()
            ok = true
        } catch {
            req.logger.warning("Health check failed: \(error)")
            ok = false
        }
        let response = try await Health(status: ok ? "ok" : "database unavailable").encodeResponse(for: req)
        response.status = ok ? .ok : .serviceUnavailable
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable static func version(req: Request) async throws -> Response {
        struct Version: Content {
            var name: String
            var version: String
            var database: String
        }
        let database = req.application.wiegConfig.database.isSQLite ? "sqlite" : "postgres"
        return try await Version(name: "Wieg", version: WiegVersion.version, database: database).encodeResponse(for: req)
    }

    @Sendable static func stylesheet(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: Stylesheet.css))
        response.headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }

    /// Sets the language cookie and returns to the page the visitor came from.
    @Sendable static func language(req: Request) async throws -> Response {
        guard let lang = req.parameters.get("lang").flatMap(Lang.init(rawValue:)) else { throw WiegError.notFound }
        let back = LocalPath.safe(req.query[String.self, at: "terug"]) ?? SiteURL.home.path
        let response = req.redirect(to: back, redirectType: .normal)
        response.cookies[Lang.cookieName] = HTTPCookies.Value(
            string: lang.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            isSecure: req.application.wiegConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    @Sendable static func privacy(req: Request) async throws -> Response {
        PrivacyView.render(req.shell)
    }

    @Sendable static func accessibility(req: Request) async throws -> Response {
        let lang = req.lang
        return Layout.page(
            req.shell, title: lang.t("Toegankelijkheid", "Accessibility"),
            [
                H.h1(lang.t("Toegankelijkheid", "Accessibility")),
                H.p(
                    lang.t(
                        "Wieg wil voor iedereen bruikbaar zijn en volgt de WCAG 2.1 op niveau AA, zoals overheden in Nederland verplicht zijn.",
                        "Wieg aims to be usable by everyone and follows WCAG 2.1 at level AA, as Dutch public bodies are required to."),
                    H.cls("lead")),
                H.el(
                    "ul",
                    H.el(
                        "li",
                        H.text(
                            lang.t(
                                "Alle pagina's werken zonder JavaScript en met alleen een toetsenbord.",
                                "Every page works without JavaScript and with a keyboard only."))),
                    H.el(
                        "li",
                        H.text(
                            lang.t(
                                "Elke pagina heeft een link om direct naar de inhoud te gaan, en de focus is altijd zichtbaar.",
                                "Every page has a link to skip to the content, and focus is always visible."))),
                    H.el(
                        "li",
                        H.text(
                            lang.t(
                                "Elke grafiek heeft een tabel met dezelfde cijfers ernaast.",
                                "Every chart has a table with the same figures beside it.")))),
                H.p(
                    lang.t(
                        "Loopt u ergens tegenaan? Meld het bij de beheerder van uw Wieg-omgeving of via de projectpagina van Wieg.",
                        "Did something not work for you? Tell the administrator of your Wieg installation or report it on Wieg's project page."
                    ))
            ])
    }
}
