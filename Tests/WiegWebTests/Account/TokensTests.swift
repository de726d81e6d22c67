import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("API tokens")
struct TokensTests {
    static func token(in html: String) throws -> String {
        let range = try #require(html.range(of: ApiToken.prefix))
        let rest = html[range.lowerBound...]
        return String(rest[..<rest.firstIndex(of: "<")!])
    }

    func api(_ app: Application, _ path: String, token: String) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        return try await Browser(app).get(path, headers: headers)
    }

    @Test(
        "a token is shown once, stored hashed, works with its maker's rights, shows its last use, and stops when revoked",
        arguments: TestDatabase.allCases)
    func lifecycle(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            let created = try await regio.post("/account/tokens", ["name": "Dashboard GGD"])
            let text = try Self.token(in: created.body.string)
            #expect(created.body.string.contains("niet meer getoond"))
            #expect(!(try await regio.get("/account/tokens").body.string.contains(text)))
            let stored = try #require(try await ApiTokenRow.query(on: app.db).first())
            #expect(stored.tokenHash == Tokens.sha256(text) && stored.lastUsedAt == nil)

            let list = try await api(app, "/api/v1/gebruikers", token: text)
            #expect(list.status == .ok)
            #expect(list.body.string.contains("coordinator.venlo@wieg.demo") && !list.body.string.contains("coordinator.meppel"))
            clock.advance(minutes: 5)
            #expect(try await regio.get("/account/tokens").body.string.contains("Laatst gebruikt"))
            #expect(try await ApiTokenRow.query(on: app.db).first()?.lastUsedAt != nil)

            let id = stored.id!.uuidString
            #expect(try await regio.get("/account/tokens/\(id)/intrekken").body.string.contains("Token intrekken?"))
            #expect(try await regio.post("/account/tokens/\(id)/intrekken").status == .seeOther)
            let revoked = try await api(app, "/api/v1/gebruikers", token: text)
            #expect(revoked.status == .unauthorized)
            #expect(revoked.body.string.contains("ingetrokken"))
            let events = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "api_token").count()
            #expect(events == 2)
        }
    }

    @Test("a partner's token gets 403 where partners may not go; tokens do not work on HTML pages")
    func rights() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            let text = try Self.token(in: try await partner.post("/account/tokens", ["name": "Script"]).body.string)
            #expect(try await api(app, "/api/v1/gebruikers", token: text).status == .forbidden)
            #expect(try await api(app, "/api/v1/gebieden", token: text).status == .ok)
            #expect(try await api(app, "/account", token: text).status == .seeOther)
            #expect(try await api(app, "/api/v1/gebieden", token: "wieg_verzonnen").status == .unauthorized)
        }
    }

    @Test("a session cookie and a token together are refused, not resolved")
    func bothCredentials() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let text = try Self.token(in: try await admin.post("/account/tokens", ["name": "Twee"]).body.string)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: text)
            let response = try await admin.get("/api/v1/gebruikers", headers: headers)
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("niet allebei"))
        }
    }

    @Test("nobody revokes another user's token")
    func ownOnly() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let owner = Browser(app)
            let other = Browser(app)
            try await owner.login("coordinator.meppel@wieg.demo")
            try await other.login("beheerder@wieg.demo")
            _ = try await owner.post("/account/tokens", ["name": "Eigen"])
            let id = try #require(try await ApiTokenRow.query(on: app.db).first()?.id).uuidString
            #expect(try await other.post("/account/tokens/\(id)/intrekken").status == .notFound)
            #expect(try await ApiTokenRow.query(on: app.db).first()?.isRevoked == false)
        }
    }
}
