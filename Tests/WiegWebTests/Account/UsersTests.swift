import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("User management")
struct UsersTests {
    static func inviteLink(in html: String) throws -> String {
        let range = try #require(html.range(of: "/wachtwoord-instellen/"))
        let rest = html[range.lowerBound...]
        return String(rest[..<rest.firstIndex(of: "<")!])
    }

    @Test(
        "a coordinator invites a partner, who sets a password and signs in; the audit trail names who did it",
        arguments: TestDatabase.allCases)
    func inviteFlow(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let created = try await coordinator.post(
                "/beheer/gebruikers",
                [
                    "email": "Nieuwe.Partner@Verloskunde.example", "name": "Nieuwe Partner", "role": "partner",
                    "coalition": "meppel", "organisation": "verloskundigen-meppel"
                ])
            #expect(created.status == .ok)
            #expect(created.body.string.contains("Er is geen e-mail verstuurd"))
            let link = try Self.inviteLink(in: created.body.string)

            let invitee = Browser(app)
            #expect(try await invitee.get(link).body.string.contains("nieuwe.partner@verloskunde.example"))
            let short = try await invitee.post(link, ["password": "kort", "confirmation": "kort"])
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains("minstens 12 tekens"))
            let set = try await invitee.post(
                link, ["password": "een lange zin als wachtwoord", "confirmation": "een lange zin als wachtwoord"])
            #expect(set.status == .seeOther)
            // The link works once.
            #expect(try await invitee.get(link).status == .notFound)
            #expect(
                try await invitee.login("nieuwe.partner@verloskunde.example", password: "een lange zin als wachtwoord").status == .seeOther)

            let user = try await app.user("nieuwe.partner@verloskunde.example")
            #expect(user.role == .partner)
            let events = try await AuditEventRow.query(on: app.db).filter(\.$entityID == user.id.uuidString).sort(\.$at).all()
            #expect(events.first?.action == .create)
            #expect(events.first?.actorLabel == "coordinator.meppel@wieg.demo")
            #expect(events.first?.coalitionID == user.coalitionID)
            #expect(!(events.map { $0.after ?? "" }.joined().contains("$2")), "no password hash in the audit trail")
            // The coordinator sees it in the coalition's audit trail.
            let audit = try await coordinator.get("/beheer/wijzigingen?coalitie=meppel")
            #expect(audit.body.string.contains("Nieuwe Partner"))
        }
    }

    @Test("an invite link expires after 72 hours")
    func inviteExpires() async throws {
        try await withWiegApp(.sqlite) { app, clock in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let created = try await admin.post("/beheer/gebruikers", ["email": "laat@example.nl", "name": "Laat", "role": "professional"])
            let link = try Self.inviteLink(in: created.body.string)
            clock.advance(minutes: 73 * 60)
            let expired = try await Browser(app).get(link)
            #expect(expired.status == .notFound)
            #expect(expired.body.string.contains("72 uur"))
        }
    }

    @Test("accounts are created only within one's own scope, with Dutch validation messages", arguments: TestDatabase.allCases)
    func scopeAndValidation(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let outside = try await coordinator.post(
                "/beheer/gebruikers",
                [
                    "email": "x@example.nl", "name": "X", "role": "coordinator", "coalition": "venlo"
                ])
            #expect(outside.status == .unprocessableEntity)
            #expect(outside.body.string.contains("Kies de coalitie van dit account"))
            let beheerder = try await coordinator.post("/beheer/gebruikers", ["email": "y@example.nl", "name": "Y", "role": "beheerder"])
            #expect(beheerder.status == .unprocessableEntity)
            #expect(beheerder.body.string.contains("Kies een rol die u mag toekennen"))
            let duplicate = try await coordinator.post(
                "/beheer/gebruikers",
                [
                    "email": "partner.meppel@wieg.demo", "name": "Dubbel", "role": "partner", "coalition": "meppel",
                    "organisation": "ggd-drenthe"
                ])
            #expect(duplicate.body.string.contains("Er bestaat al een account met dit e-mailadres"))
            let badEmail = try await coordinator.post("/beheer/gebruikers", ["email": "geen-adres", "name": "Z", "role": "partner"])
            #expect(badEmail.body.string.contains("Vul een geldig e-mailadres in"))
            #expect(badEmail.body.string.contains("Kies de organisatie van deze partner"))
            #expect(try await UserRow.query(on: app.db).count() == 6)
        }
    }

    @Test("each manager sees only the accounts in its scope, in HTML and JSON", arguments: TestDatabase.allCases)
    func listScope(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            let page = try await regio.get("/beheer/gebruikers").body.string
            #expect(page.contains("coordinator.venlo@wieg.demo"))
            #expect(!page.contains("coordinator.meppel@wieg.demo"))
            struct List: Decodable {
                struct U: Decodable { var email: String }
                var data: [U]
            }
            let json = try await regio.get("/api/v1/gebruikers").content.decode(List.self)
            #expect(Set(json.data.map(\.email)) == ["regio.nml@wieg.demo", "coordinator.venlo@wieg.demo"])
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            #expect(
                try await admin.get("/api/v1/gebruikers?rol=partner").content.decode(List.self).data.map(\.email) == [
                    "partner.meppel@wieg.demo"
                ])
        }
    }

    @Test("disabling asks for confirmation, ends the account's sessions and keeps it in the audit trail", arguments: TestDatabase.allCases)
    func disable(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            let id = try await app.user("partner.meppel@wieg.demo").id.uuidString
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let confirm = try await admin.get("/beheer/gebruikers/\(id)/uitschakelen")
            #expect(confirm.body.string.contains("Account uitschakelen?"))
            #expect(try await UserRow.find(UUID(uuidString: id), on: app.db)?.disabledAt == nil)
            #expect(try await admin.post("/beheer/gebruikers/\(id)/uitschakelen").status == .seeOther)
            #expect(try await partner.get("/account").status == .seeOther)
            #expect(try await partner.login("partner.meppel@wieg.demo").status == .unauthorized)
            let history = try await admin.get("/beheer/gebruikers/\(id)").body.string
            #expect(history.contains("disabled"))
            #expect(try await UserRow.query(on: app.db).count() == 6)
            // Nobody disables their own account.
            let own = try await app.user("beheerder@wieg.demo").id.uuidString
            let refused = try await admin.post("/beheer/gebruikers/\(own)/uitschakelen")
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("eigen account"))
        }
    }
}
