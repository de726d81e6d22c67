import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Netwerk: signalling aid, import and HSDS")
struct NetworkToolsTests {
    /// Rows in every table: what "stores nothing" is measured by.
    func rowCounts(_ app: Application) async throws -> [String: Int] {
        let sql = app.db as! any SQLDatabase
        var counts: [String: Int] = [:]
        for table in ["organisations", "services", "zorgpaden", "audit_events", "users", "sessions", "indicator_values", "areas"] {
            struct Row: Decodable { var n: Int }
            counts[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Row.self)?.n
        }
        return counts
    }

    @Test(
        "the gespreksleidraad maps ticked factors to Meppel's zorgpaden and services, and stores nothing", arguments: TestDatabase.allCases)
    func signallingStoresNothing(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            let form = try await professional.get("/gespreksleidraad").body.string
            #expect(form.contains("Wieg slaat niets op") && form.contains("ouders-actief-roken"))
            let before = try await rowCounts(app)
            let result = try await professional.post(
                "/gespreksleidraad",
                pairs: [
                    ("gemeente", "GM0119"), ("factor[]", "omgeving-lage-ses"), ("factor[]", "ouders-actief-roken"), ("factor[]", "onzin")
                ])
            #expect(result.status == .ok)
            let html = result.body.string
            #expect(html.contains("Schulden en geldzorgen bij zwangeren"))
            #expect(html.contains("Onbekende factorcodes genegeerd: onzin"))
            #expect(try await rowCounts(app) == before)
            // Each service once (the social team answers several needs), with the municipality and day for the printout.
            let answer = try #require(html.components(separatedBy: "id=\"uitkomst\"").last?.components(separatedBy: "<form method").first)
            let services = answer.components(separatedBy: "<h4><a href=\"/aanbod/").dropFirst().map { $0.prefix(36) }
            #expect(!services.isEmpty && Set(services).count == services.count, "\(services)")
            #expect(answer.contains("Gemeente: Meppel · "))
            // Tappable numbers, the professional contact marked, and boxes for a hulpkaart.
            #expect(answer.contains("href=\"tel:") && answer.contains("Voor professionals, niet voor ouders"))
            #expect(html.contains("<form id=\"hulpkaart\"") && answer.contains("form=\"hulpkaart\" name=\"dienst\""))
        }
    }

    @Test("a services CSV with errors is refused line by line and writes nothing; a good one imports", arguments: TestDatabase.allCases)
    func csvImport(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let before = try await rowCounts(app)
            let bad =
                "organisatie;naam;fasen;leeftijd_van;behoeften\nGGD Drenthe;Nieuw spreekuur;later;-20;schulden\nOnbekende Stichting;Iets;na;0;\n"
            let refused = try await coordinator.upload(
                "/beheer/netwerk/import", file: Data(bad.utf8), filename: "aanbod.csv",
                fields: ["soort": "aanbod", "actie": "importeren"])
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(
                body.contains("<td>2</td><td>fasen</td>") && body.contains("<td>2</td><td>leeftijd_van</td>")
                    && body.contains("<td>3</td><td>organisatie</td>"))
            #expect(try await rowCounts(app) == before)
            let good = "organisatie;naam;fasen;behoeften;gemeenten\nGGD Drenthe;Spreekuur geldzorgen;tijdens|na;schulden;GM0119\n"
            let done = try await coordinator.upload(
                "/beheer/netwerk/import", file: Data(good.utf8), filename: "aanbod.csv",
                fields: ["soort": "aanbod", "actie": "importeren"])
            #expect(done.body.string.contains("Import voltooid: 1 nieuw, 0 bijgewerkt"))
            #expect(try await Browser(app).get("/api/v1/aanbod?zoek=spreekuur%20geldzorgen").body.string.contains("Spreekuur geldzorgen"))
        }
    }

    @Test("exporting every service as HSDS and importing it gives the same records (without professional fields)")
    func hsdsRoundTrip() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let store = FluentNetworkStore(db: app.db)
            let services = try await store.services()
            var dataset: [Any] = []
            for s in services {
                let body = try await Browser(app).get("/api/v1/hsds/services/\(s.id.uuidString)").body
                dataset.append(try JSONSerialization.jsonObject(with: Data(buffer: body)))
            }
            let json = try JSONSerialization.data(withJSONObject: dataset)
            let needs = NeedTaxonomy.seeded.terms.map { NeedTermInfo(code: $0.code, name: $0.dutchName) }
            let plan = HSDSImport.plan(json: json, needs: needs)
            #expect(plan.issues == [])
            func comparable(_ s: ServiceRecord) -> ServiceRecord {
                var s = s
                s.professionalDescription = ""
                s.professionalContact = ProfessionalContact()
                s.updatedAt = nil
                s.lastVerified = s.lastVerified.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded() / 1000) }
                return s
            }
            let imported: [ServiceRecord] = plan.services.map(comparable).sorted { $0.id.uuidString < $1.id.uuidString }
            let original: [ServiceRecord] = services.map(comparable).sorted { $0.id.uuidString < $1.id.uuidString }
            #expect(imported.count == original.count)
            #expect(imported == original)
            let page = try await Browser(app).get("/api/v1/hsds/services?per_page=5&page=2").body.string
            #expect(page.contains(#""page_number":2"#) && page.contains(#""total_items":\#(services.count)"#))
        }
    }
}

@Suite("Netwerk: the needs taxonomy is editable")
struct NeedTermsTests {
    @Test("a beheerder renames a need and adds one; search, forms and the API follow at once", arguments: TestDatabase.allCases)
    func editTaxonomy(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let beheerder = Browser(app)
            try await beheerder.login("beheerder@wieg.demo")
            let renamed = try await beheerder.post(
                "/beheer/behoeften/schulden",
                [
                    "domein": "werk-en-inkomen", "naam_nl": "geldzorgen en schulden", "naam_en": "money worries and debts",
                    "beschrijving_nl": "Zorgen over geld? Vraag op tijd hulp.",
                    "beschrijving_en": "Worried about money? Ask for help in time."
                ])
            #expect(renamed.status == .seeOther)
            let added = try await beheerder.post(
                "/beheer/behoeften/nieuw",
                [
                    "code": "mantelzorg", "domein": "gezinssituatie", "naam_nl": "mantelzorg", "naam_en": "informal care"
                ])
            #expect(added.status == .seeOther)
            let refused = try await beheerder.post(
                "/beheer/behoeften/nieuw", ["code": "mantelzorg", "domein": "gezinssituatie", "naam_nl": "x", "naam_en": "x"])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("bestaat al"))
            let needs = try await Browser(app).get("/api/v1/behoeften?per_pagina=200").body.string
            #expect(needs.contains("geldzorgen en schulden") && needs.contains("mantelzorg"))
            let service = try await Browser(app).get("/api/v1/aanbod?behoefte=mantelzorg")
            #expect(service.status == .ok)
            let form = try await beheerder.get("/aanbod?gemeente=GM0119&behoefte=schulden").body.string
            #expect(form.contains("Geldzorgen en schulden"))
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "need_term").count()
            #expect(audit == 2)
            #expect(try await Browser(app).get("/beheer/behoeften").status != .ok)
        }
    }
}
