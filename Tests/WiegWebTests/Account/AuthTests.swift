import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegDemo
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
            let sessions = try await LoginSessionRow.query(on: app.db).filter(\.$user.$id == app.user("coordinator.meppel@wieg.demo").id)
                .count()
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
            #expect(try await LoginSessionRow.query(on: app.db).filter(\.$tokenHash == Tokens.sha256(token)).count() == 0)
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
            #expect(try await LoginSessionRow.query(on: app.db).count() == 0)
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

    /// A browser that acts from `address`, behind a trusted proxy at 127.0.0.1.
    func browser(_ app: Application, from address: String, port: Int) -> Browser {
        let browser = Browser(app)
        browser.method = .running(hostname: "127.0.0.1", port: port)
        browser.extraHeaders.replaceOrAdd(name: .xForwardedFor, value: address)
        return browser
    }

    static func proxied(_ config: inout WiegConfig) {
        config.trustedProxies = ["127.0.0.1"]
        config.loginThrottle.slowDown = 0.01
    }

    @Test(
        "10 failures for an account from one address block that address for it; a correct password from another address still signs in",
        arguments: TestDatabase.allCases)
    func throttleAccount(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind, configure: Self.proxied) { app, clock in
            let port = Int.random(in: 20000...40000)
            let attacker = browser(app, from: "203.0.113.7", port: port)
            for _ in 0..<10 {
                #expect(try await attacker.login("coordinator.venlo@wieg.demo", password: "fout-fout-fout").status == .unauthorized)
            }
            let blocked = try await attacker.login("coordinator.venlo@wieg.demo")
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.body.string.contains("Te veel mislukte pogingen"))
            #expect(attacker.cookies["wieg_sessie"] == nil)
            // The owner, from an address that has not failed, is slowed down, never kept out.
            let owner = browser(app, from: "198.51.100.20", port: port)
            // Over a real socket the client follows the 303 after a sign-in: 200 is the page
            // behind it; a refusal would be the 401 or 429 itself.
            #expect(try await owner.login("coordinator.venlo@wieg.demo").status == .ok)
            clock.advance(minutes: 16)
            #expect(try await attacker.login("coordinator.venlo@wieg.demo").status == .ok)
        }
    }

    @Test("30 failures from one address block that address for every account; other addresses are not affected")
    func throttleAddress() async throws {
        try await withWiegApp(.sqlite, configure: Self.proxied) { app, _ in
            let port = Int.random(in: 20000...40000)
            let sprayer = browser(app, from: "203.0.113.9", port: port)
            for i in 0..<30 {
                _ = try await sprayer.login("onbekend\(i)@example.nl", password: "fout-fout-fout")
            }
            #expect(try await sprayer.login("beheerder@wieg.demo").status == .tooManyRequests)
            #expect(try await browser(app, from: "198.51.100.30", port: port).login("beheerder@wieg.demo").status == .ok)
        }
    }

    @Test("X-Forwarded-For is believed only from a trusted proxy: without one, a changing header does not escape the block")
    func forwardedHeaderIgnored() async throws {
        try await withWiegApp(.sqlite, configure: { _ in }) { app, _ in
            let port = Int.random(in: 20000...40000)
            for i in 0..<10 {
                let spoof = browser(app, from: "10.0.0.\(i)", port: port)
                let status = try await spoof.login("coordinator.venlo@wieg.demo", password: "fout-fout-fout").status
                #expect(status == .unauthorized)
            }
            let last = try await browser(app, from: "10.0.0.99", port: port).login("coordinator.venlo@wieg.demo").status
            #expect(last == .tooManyRequests)
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
            let laptop = Browser(app)
            let phone = Browser(app)
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
        #expect(LocalPath.safe("/beheer/gebruikers?pagina=2") == "/beheer/gebruikers?pagina=2")
        #expect(LocalPath.safe("//evil.example") == nil)
        #expect(LocalPath.safe("https://evil.example") == nil)
        #expect(LocalPath.safe("/\\evil.example") == nil)
    }
}
