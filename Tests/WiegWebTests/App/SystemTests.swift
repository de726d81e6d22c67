import Foundation
import Testing
import Vapor
import VaporTesting
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Health, headers, errors and language")
struct SystemTests {
    @Test("health answers ok while the database answers", arguments: TestDatabase.allCases)
    func health(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind, demo: false) { app, _ in
            let response = try await Browser(app).get("/-/health")
            #expect(response.status == .ok)
            #expect(response.body.string == #"{"status":"ok"}"#)
            let version = try await Browser(app).get("/-/version")
            #expect(version.body.string.contains(#""version":"\#(WiegVersion.version)""#))
        }
    }

    @Test("health answers 503 when the database does not")
    func healthDown() async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .critical
        do {
            // Nothing listens on port 9 of loopback: every connection attempt is refused.
            try await WiegWeb.configure(app, WiegConfig(database: .postgres(url: "postgres://wieg:wieg@127.0.0.1:9/wieg"), bcryptCost: 4))
            let response = try await Browser(app).get("/-/health")
            #expect(response.status == .serviceUnavailable)
            #expect(response.body.string.contains("database unavailable"))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test("every response carries the security headers; the CSP allows no inline script")
    func securityHeaders() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            for path in ["/", "/bestaat-niet", "/api/v1/gebieden/XX"] {
                let response = try await Browser(app).get(path)
                let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
                #expect(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
            }
            let html = try await Browser(app).get("/").body.string
            #expect(!html.contains("<script") && !html.contains("style="))
        }
    }

    @Test("unknown pages get a Dutch page; the API gets problem+json")
    func errors() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let page = try await Browser(app).get("/bestaat-niet")
            #expect(page.status == .notFound)
            #expect(page.body.string.contains("Deze pagina bestaat niet"))
            let api = try await Browser(app).get("/api/v1/gebieden/GM9999")
            #expect(api.status == .notFound)
            #expect(api.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            #expect(api.body.string.contains(#""status":404"#) && api.body.string.contains("GM9999"))
        }
    }

    @Test("the language switch turns the interface to English and back")
    func language() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let browser = Browser(app)
            #expect(try await browser.get("/").body.string.contains(#"<html lang="nl">"#))
            let switched = try await browser.get("/taal/en?terug=/gebieden")
            #expect(switched.headers.first(name: .location) == "/gebieden")
            let english = try await browser.get("/gebieden").body.string
            #expect(english.contains(#"<html lang="en">"#) && english.contains("Areas"))
            try await browser.get("/taal/nl?terug=//evil.example")
            #expect(try await browser.get("/").body.string.contains("Wat wilt u doen?"))
        }
    }

    @Test("the page shell has a skip link, one main landmark, labelled navigation and the print-ready stylesheet")
    func shell() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let html = try await Browser(app).get("/inloggen").body.string
            #expect(html.contains(##"<a href="#inhoud" class="skip-link">"##))
            #expect(html.components(separatedBy: "<main").count == 2)
            #expect(html.contains(#"<nav aria-label="Hoofdmenu">"#))
            #expect(html.contains(#"<label for="email">"#) && html.contains(#"<label for="password">"#))
            let css = try await Browser(app).get("/static/wieg.css").body.string
            #expect(css.contains("@media print") && css.contains(":focus-visible"))
        }
    }
}
