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

/// The holes found when Wieg was tried as an attacker (issue 11), each with the request
/// that opened it.
@Suite("Trust: the attacker's requests")
struct TrustTests {
    func coalition(_ app: Application, _ slug: String) async throws -> (CoalitionRow, CoalitionWork) {
        let model = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == slug).first())
        let work = try #require(try await FluentCoalitionWorkStore(db: app.db).work(model.id!))
        return (model, work)
    }

    @Test("a redirect target with a line break or a tab goes home; no planted Set-Cookie header", arguments: TestDatabase.allCases)
    func headerInjection(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let browser = Browser(app)
            let planted = try await browser.get("/taal/en?terug=/%0D%0ASet-Cookie:%20wieg_sessie=attacker%0D%0AX-Injected:%201")
            #expect(planted.status == .seeOther)
            #expect(planted.headers.first(name: .location) == "/")
            #expect(!planted.headers[.setCookie].contains { $0.contains("attacker") })
            #expect(planted.headers.first(name: "X-Injected") == nil)
            let tab = try await browser.get("/taal/en?terug=/%09/127.0.0.1:9999/")
            #expect(tab.headers.first(name: .location) == "/")
            let kept = try await browser.get("/taal/en?terug=/hulp?zoek=zwanger")
            #expect(kept.headers.first(name: .location) == "/hulp?zoek=zwanger")
            // The same check guards `volgende` after sign-in.
            _ = try await browser.get("/inloggen")
            let login = try await browser.post(
                "/inloggen",
                [
                    "email": "beheerder@wieg.demo", "password": DemoData.password,
                    "volgende": "/\r\nSet-Cookie: x=1"
                ])
            #expect(login.status == .seeOther && login.headers.first(name: .location) == "/")
        }
    }

    @Test("no response header may carry CR or LF, whatever set it")
    func brokenHeadersDropped() async throws {
        let app = try await Application.make(.testing)
        let req = Request(application: app, on: app.eventLoopGroup.next())
        let response = Response(status: .seeOther)
        response.headers.replaceOrAdd(name: .location, value: "/x\r\nSet-Cookie: a=b")
        response.headers.replaceOrAdd(name: "X-Fine", value: "ja")
        SecurityHeadersMiddleware.dropBrokenHeaders(response, req)
        #expect(response.headers.first(name: .location) == "/")
        #expect(response.headers.first(name: "X-Fine") == "ja")
        #expect(!response.headers.contains { $0.value.contains("\r") || $0.value.contains("\n") })
        try await app.asyncShutdown()
    }

    @Test("a reflected search term cannot leave its attribute; a website with a quote is refused", arguments: TestDatabase.allCases)
    func attributeEscaping(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let payload = "\"><meta http-equiv=\"refresh\" content=\"0;url=/pwned\">"
            let encoded = payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            for path in ["/hulp?zoek=", "/organisaties?zoek=", "/inloggen?volgende=/"] {
                let body = try await visitor.get(path + encoded).body.string
                #expect(!body.contains("<meta http-equiv"), "\(path)")
            }
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            let org = try #require(try await FluentNetworkStore(db: app.db).organisations().first { $0.name == "GGD Drenthe" })
            let page = try await partner.get("/organisaties/\(org.id.uuidString)/bewerken").body.string
            #expect(page.contains("GGD Drenthe"))
            let bad = try await partner.post(
                "/organisaties/\(org.id.uuidString)/bewerken",
                ["naam": "GGD Drenthe", "website": "https://ok.example/\"><script>alert(1)</script>"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Website") && !bad.body.string.contains("<script>alert"))
        }
    }

    @Test(
        "a coordinator cannot make a partner for another coalition's organisation, nor re-scope itself; a partner whose organisation leaves loses access",
        arguments: TestDatabase.allCases)
    func crossCoalitionEscalation(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let venlo = Browser(app)
            try await venlo.login("coordinator.venlo@wieg.demo")
            let escalate = try await venlo.post(
                "/beheer/gebruikers",
                [
                    "email": "indringer@example.nl", "name": "Indringer", "role": "partner",
                    "coalition": "venlo", "organisation": "icare-jgz"
                ])
            #expect(escalate.status == .unprocessableEntity)
            // One error, the right one (not "choose an organisation": one was chosen).
            #expect(
                escalate.body.string.contains("Kies een organisatie uit de lijst")
                    && !escalate.body.string.contains("Kies de organisatie van deze partner"))
            #expect(try await FluentUserStore(db: app.db).find(email: "indringer@example.nl") == nil)
            // Its own account: the organisation cannot be changed to another one.
            let me = try await app.user("coordinator.venlo@wieg.demo")
            let rescope = try await venlo.post(
                "/beheer/gebruikers/\(me.id.uuidString)",
                [
                    "name": me.name, "role": "coordinator",
                    "coalition": "venlo", "organisation": "icare-jgz"
                ])
            #expect(rescope.status == .unprocessableEntity)
            #expect(try await app.user("coordinator.venlo@wieg.demo").organisationID == me.organisationID)
            // An address that exists outside the coordinator's scope gets a neutral answer.
            let probe = try await venlo.post(
                "/beheer/gebruikers",
                [
                    "email": "partner.meppel@wieg.demo", "name": "X", "role": "coordinator",
                    "coalition": "venlo"
                ])
            #expect(probe.status == .unprocessableEntity && !probe.body.string.contains("bestaat al"))

            // partner.meppel (GGD Drenthe) reads Meppel while GGD Drenthe is a member, and not after it leaves.
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            #expect(try await partner.get("/coalities/meppel").status == .ok)
            #expect(try await partner.get("/coalities/venlo").status == .forbidden)
            let meppel = Browser(app)
            try await meppel.login("coordinator.meppel@wieg.demo")
            let ggd = try #require(try await FluentNetworkStore(db: app.db).organisations().first { $0.name == "GGD Drenthe" })
            #expect(try await meppel.post("/coalities/meppel/partners/\(ggd.id.uuidString)/verwijderen").status == .seeOther)
            #expect(try await partner.get("/coalities/meppel").status == .forbidden)
        }
    }

    @Test(
        "twenty concurrent out-of-pocket costs keep twenty rows, also from two instances on one database", arguments: TestDatabase.allCases)
    func concurrentBudgetRows(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            let config = WiegConfig(database: location, bcryptCost: 4)
            let first = try await Application.make(.testing)
            let second = try await Application.make(.testing)
            first.logger.logLevel = .warning
            second.logger.logLevel = .warning
            do {
                try await WiegWeb.configure(first, config)
                try await WiegWeb.configure(second, config)
                try await first.autoMigrate()
                try await config.database.tune(first.db)
                try await DemoData.load(on: first.db, hash: { try first.password.hash($0) })
                let browser = Browser(first)
                try await browser.login("coordinator.meppel@wieg.demo")
                let csrf = try await browser.csrfToken()
                var headers = HTTPHeaders()
                headers.contentType = .urlEncodedForm
                headers.replaceOrAdd(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
                let path = "/coalities/meppel/begroting/2031/kosten/nieuw"
                let sent = headers
                let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                    for i in 0..<20 {
                        // Two instances share a PostgreSQL database; a SQLite file has one server.
                        let app = i % 2 == 0 || kind == .sqlite ? first : second
                        let body = "_csrf=\(csrf)&omschrijving=Kosten+\(i)&bedrag=\(100 + i)"
                        group.addTask {
                            let response = try await app.testing().sendRequest(.POST, path, headers: sent, body: ByteBuffer(string: body))
                            if response.status != .seeOther {
                                print("concurrent budget row: \(response.status) \(response.body.string.suffix(400))")
                            }
                            return response.status
                        }
                    }
                    return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
                }
                #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses)")
                let budget = try #require(try await coalition(first, "meppel").1.budget(2031))
                #expect(budget.outOfPocket.count == 20)
                #expect(Set(budget.outOfPocket.map(\.description)).count == 20)
            } catch {
                try? await first.asyncShutdown()
                try? await second.asyncShutdown()
                throw error
            }
            try await first.asyncShutdown()
            try await second.asyncShutdown()
        }
    }

    @Test("an anonymous upload is refused before its body is read (sign-in page, not 'too large')", arguments: [TestDatabase.sqlite])
    func uploadAccessFirst(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            // 2 MB: above the 1 MB an ordinary form may send. Had the body been collected
            // first, the answer would be 413; access is checked first, so it is the login.
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let body = ByteBuffer(repeating: UInt8(ascii: "a"), count: 2 * 1024 * 1024)
            let response = try await app.testing().sendRequest(.POST, "/coalities/meppel/gegevens", headers: headers, body: body)
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location)?.hasPrefix("/inloggen") == true)
            // Signed in as a professional (no access): 403 before the body, not 413.
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            let refused = try await professional.send(.POST, "/beheer/netwerk/import", headers: headers, body: body)
            #expect(refused.status == .forbidden)
        }
    }

    @Test(
        "disabling or resetting an account revokes its API tokens; enabling again does not bring them back",
        arguments: TestDatabase.allCases)
    func tokensRevoked(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            func api(_ token: String) async throws -> HTTPStatus {
                var headers = HTTPHeaders()
                headers.bearerAuthorization = BearerAuthorization(token: token)
                return try await Browser(app).get("/api/v1/coalities", headers: headers).status
            }
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            let first = try TokensTests.token(in: try await regio.post("/account/tokens", ["name": "Eerste"]).body.string)
            #expect(try await api(first) == .ok)
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let id = try await app.user("regio.nml@wieg.demo").id.uuidString
            #expect(try await admin.post("/beheer/gebruikers/\(id)/uitschakelen").status == .seeOther)
            #expect(try await api(first) == .unauthorized)
            #expect(try await admin.post("/beheer/gebruikers/\(id)/inschakelen").status == .seeOther)
            #expect(try await api(first) == .unauthorized)
            // A new token, then a password reset: revoked too.
            let again = Browser(app)
            try await again.login("regio.nml@wieg.demo")
            let second = try TokensTests.token(in: try await again.post("/account/tokens", ["name": "Tweede"]).body.string)
            #expect(try await api(second) == .ok)
            #expect(try await admin.post("/beheer/gebruikers/\(id)/uitnodiging").status == .ok)
            #expect(try await api(second) == .unauthorized)
        }
    }

    @Test(
        "a story links only to a coalition in the writer's scope; only its author, its coalition's editors and the beheerder delete it",
        arguments: TestDatabase.allCases)
    func storyScope(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let (venlo, _) = try await coalition(app, "venlo")
            let (meppel, _) = try await coalition(app, "meppel")
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            let base = ["titel": "Samen sterker", "tekst": "De inloop loopt goed.", "organisatie": "GGD Drenthe"]
            let elsewhere = try await partner.post("/verhalen/nieuw", base.merging(["coalitie": venlo.id!.uuidString]) { $1 })
            #expect(elsewhere.status == .unprocessableEntity && elsewhere.body.string.contains("waarvoor u werkt"))
            #expect(try await partner.post("/verhalen/nieuw", base.merging(["coalitie": meppel.id!.uuidString]) { $1 }).status == .seeOther)
            let story = try #require(try await FluentStoryStore(db: app.db).latest(limit: 10).first { $0.title == "Samen sterker" })
            #expect(story.authorUserID == (try await app.user("partner.meppel@wieg.demo")).id)
            let other = Browser(app)
            try await other.login("coordinator.venlo@wieg.demo")
            #expect(try await other.get("/verhalen/\(story.id.uuidString)/verwijderen").status == .forbidden)
            #expect(try await other.post("/verhalen/\(story.id.uuidString)/verwijderen").status == .forbidden)
            #expect(!(try await other.get("/verhalen").body.string.contains("/verhalen/\(story.id.uuidString)/verwijderen")))
            #expect(try await FluentStoryStore(db: app.db).find(story.id) != nil)
            #expect(try await partner.post("/verhalen/\(story.id.uuidString)/verwijderen").status == .seeOther)
            #expect(try await FluentStoryStore(db: app.db).find(story.id) == nil)
        }
    }
}

@Suite("Trust: the smaller holes")
struct TrustLowTests {
    @Test(
        "an area or indicator code in another case redirects a page to the canonical address; the API answers in place",
        arguments: [TestDatabase.sqlite])
    func canonicalCodes(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let page = try await visitor.get("/gebieden/gm0119/profiel?jaar=2021")
            #expect(page.status == .movedPermanently)
            #expect(page.headers.first(name: .location) == "/gebieden/GM0119/profiel?jaar=2021")
            let funnel = try await visitor.get("/indicatoren/big2/trechter?gebied=gm0119")
            #expect(funnel.headers.first(name: .location) == "/indicatoren/BIG2/trechter?gebied=GM0119")
            #expect(try await visitor.get("/api/v1/gebieden/gm0119").status == .ok)
            let values = try await visitor.get("/api/v1/indicatoren/big2/waarden?gebied=gm0119&niveau=pc4")
            #expect(values.status == .ok)
            #expect(values.body.string.contains("\"PC4-7942\""))
            #expect(try await visitor.get("/taal/nl").status == .seeOther)
            #expect(try await visitor.get("/gebieden/nml").status == .ok)
            // Only the code changes: every other parameter stays byte for byte (a plus stays a plus).
            let kept = try await visitor.get("/indicatoren/big2/trechter?zoek=a%2Bb+c&gebied=gm0119&x=%26")
            #expect(kept.headers.first(name: .location) == "/indicatoren/BIG2/trechter?zoek=a%2Bb+c&gebied=GM0119&x=%26")
            #expect(CanonicalCodeMiddleware.canonicalQuery("zoek=a%2Bb&gemeente=gm0119") == "zoek=a%2Bb&gemeente=GM0119")
            #expect(CanonicalCodeMiddleware.canonicalQuery("zoek=a%2Bb&gemeente=GM0119") == nil)
        }
    }

    @Test("a very long address or 10,000 query fields get 414, 40 kB of headers 431: in Dutch, as problem JSON under /api")
    func oversizedRequests() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let visitor = Browser(app)
            let long = try await visitor.get("/hulp?zoek=" + String(repeating: "a", count: 9_000))
            #expect(long.status == .uriTooLong)
            #expect(long.body.string.contains("Dit adres is te lang"))
            let many = try await visitor.get("/api/v1/organisaties?" + (1...10_000).map { "p\($0)=1" }.joined(separator: "&"))
            #expect(many.status == .uriTooLong)
            #expect(many.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            let headers = try await visitor.get("/hulp", headers: ["X-Big": String(repeating: "b", count: 40_000)])
            #expect(headers.status == .requestHeaderFieldsTooLarge)
            #expect(headers.body.string.contains("Kopregels te groot"))
            #expect(try await visitor.get("/hulp?zoek=" + String(repeating: "a", count: 150)).status == .ok)
        }
    }

    @Test("after 30 idle minutes the protected page sends to sign-in, and the sign-in page says why")
    func expiredNotice() async throws {
        try await withWiegApp(.sqlite) { app, clock in
            let browser = Browser(app)
            try await browser.login("coordinator.meppel@wieg.demo")
            clock.advance(minutes: 31)
            let away = try await browser.get("/account")
            #expect(away.status == .seeOther)
            let location = try #require(away.headers.first(name: .location))
            #expect(location.contains("melding=verlopen"))
            #expect(try await browser.get(location).body.string.contains("Uw sessie is verlopen"))
        }
    }

    @Test("an invite link never follows the Host header")
    func inviteHost() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            admin.extraHeaders.replaceOrAdd(name: .host, value: "evil.example")
            let created = try await admin.post("/beheer/gebruikers", ["email": "nieuw@example.nl", "name": "Nieuw", "role": "professional"])
            #expect(created.status == .ok)
            #expect(created.body.string.contains("/wachtwoord-instellen/") && !created.body.string.contains("evil.example"))
        }
    }

    @Test("ended sessions and sign-in attempts older than 30 days are purged; current ones stay", arguments: TestDatabase.allCases)
    func purge(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let old = Browser(app)
            try await old.login("coordinator.meppel@wieg.demo")
            _ = try await Browser(app).login("coordinator.meppel@wieg.demo", password: "fout-fout-fout")
            clock.advance(minutes: 31 * 24 * 60)
            let current = Browser(app)
            try await current.login("coordinator.venlo@wieg.demo")
            let purged = try await Maintenance.purge(app, now: clock.now())
            #expect(purged >= 3)
            #expect(try await LoginSessionRow.query(on: app.db).count() == 1)
            #expect(try await LoginAttemptRow.query(on: app.db).count() == 1)
            #expect(try await current.get("/account").status == .ok)
        }
    }
}

@Suite("Trust: disclosure through the profile")
struct DisclosureProfileTests {
    struct Profile: Decodable {
        struct Row: Decodable {
            var indicator: String
            var suppressed: Bool
            var numerator: Int?
            var denominator: Int?
        }
        var indicators: [Row]
    }

    @Test(
        "a PC4 the level views hide by secondary suppression is hidden on its public profile too (page and JSON); the beheerder still sees it",
        arguments: TestDatabase.allCases)
    func profileFollowsLevelViews(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            // The level view hides PC4-7942 so that PC4-7940 (5/48) cannot be computed.
            let level = try await visitor.get("/indicatoren/BIG2/gebieden?niveau=pc4&binnen=GM0119").body.string
            #expect(level.contains("PC4-7942") || level.contains("7942"))
            let json = try await visitor.get("/api/v1/gebieden/PC4-7942/profiel")
            let profile = try json.content.decode(Profile.self)
            let big2 = try #require(profile.indicators.first { $0.indicator == "BIG2" })
            #expect(big2.suppressed && big2.numerator == nil && big2.denominator == nil)
            let page = try await visitor.get("/gebieden/PC4-7942/profiel").body.string
            #expect(!page.contains("53 van 280") && !page.contains(">280<"))
            let regio = Browser(app)
            try await regio.login("beheerder@wieg.demo")
            let seen = try await regio.get("/api/v1/gebieden/PC4-7942/profiel").content.decode(Profile.self)
            #expect(seen.indicators.first { $0.indicator == "BIG2" }?.numerator == 53)
        }
    }
}
