import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegStore
import WiegTestSupport
@testable import WiegWeb

@Suite("Sign-in, sessions and CSRF")
struct AuthTests {
    @Test("sign-in sets a fresh HttpOnly, SameSite=Lax session cookie and greets the user", arguments: TestDatabase.allCases)
    func login(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let browser = Browser(app)
            let response = try await browser.login("beheerder@wieg.demo")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("wieg_sessie=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            let home = try await browser.get("/")
            #expect(home.body.string.contains("Welkom, Demo Beheerder"))
        }
    }

    @Test("cookies are Secure when Wieg is served over HTTPS")
    func secureCookie() async throws {
        try await withWiegApp(.sqlite, configure: { $0.publicURL = "https://wieg.example.nl" }) { app, _ in
            let response = try await Browser(app).login("beheerder@wieg.demo")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("wieg_sessie=") })
            #expect(cookie.contains("Secure"))
        }
    }

    @Test("a wrong password gets a clear Dutch message and no session", arguments: TestDatabase.allCases)
    func wrongPassword(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let browser = Browser(app)
            let response = try await browser.login("beheerder@wieg.demo", password: "niet-het-goede-wachtwoord")
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("Inloggen lukt niet"))
            #expect(browser.cookies["wieg_sessie"] == nil)
        }
    }

    @Test("every sign-in gets a new session id; the old one stops working", arguments: TestDatabase.allCases)
    func rotation(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let browser = Browser(app)
            try await browser.login("coordinator.meppel@wieg.demo")
            let first = try #require(browser.cookies["wieg_sessie"])
            try await browser.post("/uitloggen")
            try await browser.login("coordinator.meppel@wieg.demo")
            let second = try #require(browser.cookies["wieg_sessie"])
            #expect(first != second)
            let old = Browser(app)
            old.cookies["wieg_sessie"] = first
            #expect(try await old.get("/account").status == .seeOther)
            #expect(try await browser.get("/account").status == .ok)
            // Signing in while signed in also rotates, and ends the previous session.
            try await browser.post("/inloggen", ["email": "coordinator.meppel@wieg.demo", "password": DemoData.password])
            let third = try #require(browser.cookies["wieg_sessie"])
            #expect(third != second)
            let sessions = try await LoginSession.query(on: app.db).filter(\.$user.$id == app.user("coordinator.meppel@wieg.demo").id!).count()
            #expect(sessions == 1)
        }
    }

    @Test("logout ends the session in the database and in the browser", arguments: TestDatabase.allCases)
    func logout(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let browser = Browser(app)
            try await browser.login("partner.meppel@wieg.demo")
            let token = try #require(browser.cookies["wieg_sessie"])
            let response = try await browser.post("/uitloggen")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/inloggen?melding=uitgelogd")
            #expect(browser.cookies["wieg_sessie"] == nil)
            #expect(try await LoginSession.query(on: app.db).filter(\.$tokenHash == Tokens.sha256(token)).count() == 0)
            let again = try await browser.get("/account")
            #expect(again.status == .seeOther)
            #expect(again.headers.first(name: .location) == "/inloggen?volgende=/account")
        }
    }

    @Test("30 minutes idle ends the session; activity keeps it alive", arguments: TestDatabase.allCases)
    func idleTimeout(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let browser = Browser(app)
            try await browser.login("professional@wieg.demo")
            clock.advance(minutes: 20)
            #expect(try await browser.get("/account").status == .ok)
            clock.advance(minutes: 20)
            #expect(try await browser.get("/account").status == .ok)
            clock.advance(minutes: 31)
            let expired = try await browser.get("/account")
            #expect(expired.status == .seeOther)
            #expect(browser.cookies["wieg_sessie"] == nil)
            let page = try await browser.get("/inloggen")
            #expect(!page.body.string.contains("Uitloggen"))
            #expect(try await LoginSession.query(on: app.db).count() == 0)
        }
    }

    @Test("12 hours ends any session, however active", arguments: TestDatabase.allCases)
    func absoluteTimeout(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let browser = Browser(app)
            try await browser.login("professional@wieg.demo")
            for _ in 0..<28 {  // 28 × 25 minutes = 11 h 40 min
                clock.advance(minutes: 25)
                #expect(try await browser.get("/account").status == .ok)
            }
            clock.advance(minutes: 25)
            // The cookie is still sent: the page explains why the user must sign in again.
            let token = try #require(browser.cookies["wieg_sessie"])
            let page = Browser(app)
            page.cookies["wieg_sessie"] = token
            let login = try await page.get("/inloggen")
            #expect(login.body.string.contains("na 12 uur beëindigd"))
            #expect(try await browser.get("/account").status == .seeOther)
        }
    }

    @Test("after 10 failures in 15 minutes the account is refused, even with the right password", arguments: TestDatabase.allCases)
    func throttleAccount(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let browser = Browser(app)
            for _ in 0..<10 {
                #expect(try await browser.login("coordinator.venlo@wieg.demo", password: "fout-fout-fout").status == .unauthorized)
            }
            let blocked = try await browser.login("coordinator.venlo@wieg.demo")
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.body.string.contains("Te veel mislukte pogingen"))
            #expect(browser.cookies["wieg_sessie"] == nil)
            clock.advance(minutes: 16)
            #expect(try await browser.login("coordinator.venlo@wieg.demo").status == .seeOther)
        }
    }

    @Test("10 failures from one address block that address for every account")
    func throttleAddress() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let browser = Browser(app)
            for i in 0..<10 {
                _ = try await browser.login("onbekend\(i)@example.nl", password: "fout-fout-fout")
            }
            #expect(try await browser.login("beheerder@wieg.demo").status == .tooManyRequests)
        }
    }

    @Test("a form without the right CSRF token is refused", arguments: TestDatabase.allCases)
    func csrf(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let browser = Browser(app)
            _ = try await browser.get("/inloggen")
            let missing = try await browser.post("/inloggen", ["email": "beheerder@wieg.demo", "password": DemoData.password], csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.body.string.contains("Het formulier is verlopen of ongeldig"))
            #expect(browser.cookies["wieg_sessie"] == nil)

            try await browser.login("beheerder@wieg.demo")
            // The anonymous token no longer counts once signed in, nor does another session's.
            let other = Browser(app)
            try await other.login("regio.nml@wieg.demo")
            let foreign = try await other.csrfToken()
            let refused = try await browser.post("/uitloggen", ["_csrf": foreign])
            #expect(refused.status == .forbidden)
            #expect(try await browser.get("/account").status == .ok)
        }
    }

    @Test("a user can see their sessions and end the others", arguments: TestDatabase.allCases)
    func endOtherSessions(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let laptop = Browser(app), phone = Browser(app)
            try await laptop.login("regio.nml@wieg.demo")
            try await phone.login("regio.nml@wieg.demo")
            let page = try await laptop.get("/account")
            #expect(page.body.string.components(separatedBy: "<tr>").count - 2 == 2)  // two session rows
            #expect(page.body.string.contains("Deze sessie"))
            #expect(try await laptop.post("/account/sessies/andere-beeindigen").status == .seeOther)
            #expect(try await phone.get("/account").status == .seeOther)
            #expect(try await laptop.get("/account").status == .ok)
        }
    }

    @Test("only local paths are followed after sign-in")
    func openRedirect() {
        #expect(AuthController.safeNext("/beheer/gebruikers?pagina=2") == "/beheer/gebruikers?pagina=2")
        #expect(AuthController.safeNext("//evil.example") == nil)
        #expect(AuthController.safeNext("https://evil.example") == nil)
        #expect(AuthController.safeNext("/\\evil.example") == nil)
    }
}
