import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Netwerk: keeping the map current")
struct NetworkEditTests {
    func organisation(_ app: Application, named name: String) async throws -> OrganisationRecord {
        try #require(try await FluentNetworkStore(db: app.db).organisations().first { $0.name == name })
    }

    @Test(
        "a partner edits its own organisation, not another; bad input gets Dutch messages and changes nothing",
        arguments: TestDatabase.allCases)
    func partnerEditsOwn(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            let own = try await organisation(app, named: "GGD Drenthe")
            let library = try await organisation(app, named: "Bibliotheek Meppel")
            #expect(try await partner.get("/organisaties/\(library.id.uuidString)/bewerken").status == .forbidden)
            #expect(
                try await partner.post("/organisaties/\(library.id.uuidString)/bewerken", ["naam": "Gekaapt", "soort": "ggd"]).status
                    == .forbidden)

            let bad = try await partner.post(
                "/organisaties/\(own.id.uuidString)/bewerken",
                ["naam": "GGD Drenthe", "soort": "ggd", "postcode": "79411", "werkgebied": "GM0119, GM9999"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("postcode") && bad.body.string.contains("GM9999"))
            #expect(try await FluentNetworkStore(db: app.db).organisation(own.id)?.addresses == own.addresses)

            let good = try await partner.post(
                "/organisaties/\(own.id.uuidString)/bewerken",
                [
                    "naam": "GGD Drenthe", "soort": "ggd", "postcode": "9401 AA", "straat": "Postbus 1",
                    "plaats": "Assen", "werkgebied": "GM0119, GM1690", "website": "https://ggd.example.org"
                ])
            #expect(good.status == .seeOther)
            let saved = try #require(try await FluentNetworkStore(db: app.db).organisation(own.id))
            #expect(saved.addresses.first?.postcode == "9401 AA" && saved.workingArea == ["GM0119", "GM1690"])
            #expect(Freshness.of(lastVerified: saved.lastVerified, now: clock.now()) == .actueel)
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "organisation").filter(
                \.$entityID == own.id.uuidString
            ).all()
            #expect(audit.contains { $0.action == .update && $0.actorLabel == "partner.meppel@wieg.demo" })
        }
    }

    @Test("a new service appears in search at once; deleting asks first and is audited")
    func serviceLifecycle() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            let own = try await organisation(app, named: "GGD Drenthe")
            let created = try await partner.post(
                "/organisaties/\(own.id.uuidString)/aanbod/nieuw",
                pairs: [
                    ("naam", "Babyspreekuur Kolibrie"), ("beschrijving_ouders", "Vragen over je baby? Loop binnen."),
                    ("fasen[]", "na"), ("leeftijd_van", "0"), ("leeftijd_tot", "12"), ("behoeften[]", "opvoedvragen"),
                    ("toegang", "zelf-aanmelden"), ("erkenning", "niet-beoordeeld"), ("gemeenten", "GM0119"), ("talen", "nl, en"),
                    ("status", "actief"), ("redactie", "concept"), ("contact_email", "kolibrie@example.org")
                ])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let found = try await Browser(app).get("/api/v1/aanbod?zoek=kolibrie").body.string
            #expect(found.contains("Babyspreekuur Kolibrie") && !found.contains("kolibrie@example.org"))
            let id = try #require(location.split(separator: "/").last?.split(separator: "?").first).description
            let confirm = try await partner.get("/aanbod/\(id)/verwijderen").body.string
            #expect(confirm.contains("Weet u zeker"))
            #expect(try await partner.post("/aanbod/\(id)/verwijderen").status == .seeOther)
            #expect(try await Browser(app).get("/api/v1/aanbod/\(id)").status == .notFound)
            #expect(try await !Browser(app).get("/api/v1/aanbod?zoek=kolibrie").body.string.contains("Kolibrie"))
            let actions = try await AuditEventRow.query(on: app.db).filter(\.$entityID == id).all().map(\.action)
            #expect(Set(actions) == [.create, .delete])
        }
    }
}

@Suite("Netwerk: care paths and checks")
struct ZorgpadEditTests {
    @Test("a coordinator edits Meppel's zorgpad; steps keep their links; the NML team may not", arguments: TestDatabase.allCases)
    func editZorgpad(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let store = FluentNetworkStore(db: app.db)
            let path = try #require(try await store.zorgpaden(areaCodes: ["GM0119"], needCode: "schulden").first)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            var fields = ZorgpadForm.fields(path)
            fields["stappen"] = (fields["stappen"] ?? "") + "\nescalatie: Bespreek het in het MDO"
            let saved = try await coordinator.post("/zorgpaden/\(path.id.uuidString)/bewerken", fields)
            #expect(saved.status == .seeOther)
            let after = try #require(try await store.zorgpad(path.id))
            #expect(after.steps.count == path.steps.count + 1 && after.steps.last?.kind == .escalatie)
            #expect(after.steps.dropLast().map(\.serviceID) == path.steps.map(\.serviceID))
            let outside = try await coordinator.post(
                "/zorgpaden/nieuw", ["titel": "Venlo", "gebied": "GM0983", "behoefte": "schulden", "stappen": "contact: bel"])
            #expect(outside.status == .unprocessableEntity && outside.body.string.contains("eigen gemeente"))
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            #expect(try await regio.post("/zorgpaden/\(path.id.uuidString)/bewerken", fields).status == .forbidden)
        }
    }

    @Test("the home page asks a coordinator to check the entries of Meppel that are due")
    func homeAsksToCheck() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let home = try await coordinator.get("/").body.string
            #expect(home.contains("Controleer uw gegevens") && home.contains("verouderd"))
            let anonymous = try await Browser(app).get("/").body.string
            #expect(!anonymous.contains("Controleer uw gegevens"))
        }
    }
}
