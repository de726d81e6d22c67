import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Coalitie: dashboard, scope, activities, year close, documents")
struct CoalitionWebTests {
    @Test(
        "Meppel's coordinator sees the test and step plan, and cannot read or edit Venlo's coalition (HTML and JSON)",
        arguments: TestDatabase.allCases)
    func scope(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let page = try await coordinator.get("/coalities/meppel")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Minimale eisen") && html.contains("Samenwerking medisch en sociaal domein"))
            #expect(html.contains("Stel een projectleider aan"))
            let list = try await coordinator.get("/coalities").body.string
            #expect(list.contains("Kansrijke Start Meppel") && !list.contains("Kansrijke Start Venlo"))
            #expect(try await coordinator.get("/coalities/venlo").status == .forbidden)
            #expect(try await coordinator.get("/coalities/venlo/activiteiten/nieuw").status == .forbidden)
            let venlo = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "venlo").first())
            let json = try await coordinator.get("/api/v1/coalities/\(venlo.id!.uuidString)")
            #expect(json.status == .forbidden && json.headers.contentType?.subType == "problem+json")
            let meppel = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "meppel").first())
            let test = try await coordinator.get("/api/v1/coalities/\(meppel.id!.uuidString)/minimale-eisen?jaar=2021")
            let decoded = try JSONDecoder().decode(CoalitionAPIController.TestJSON.self, from: Data(test.body.string.utf8))
            #expect(decoded.criteria.count == 9 && decoded.year == 2021)
            #expect(Set(decoded.criteria.map(\.outcome)).isSubset(of: ["voldaan", "niet-voldaan", "onbekend"]))
        }
    }

    @Test("an activity is created with clear Dutch errors first, then saved, listed and audited; deleting asks first")
    func editActivity() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            var fields = ["titel": "Voorlichting kinderwens op het mbo", "actielijnen": "1.1", "kwartalen": "Q5 2026", "status": "gepland"]
            let wrong = try await coordinator.post("/coalities/meppel/activiteiten/nieuw", fields)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("kwartalen"))
            fields["kwartalen"] = "Q1 2026, Q2 2026"
            let saved = try await coordinator.post("/coalities/meppel/activiteiten/nieuw", fields)
            #expect(saved.status == .seeOther)
            #expect(try await coordinator.get("/coalities/meppel").body.string.contains("Voorlichting kinderwens op het mbo"))
            let model = try #require(
                try await ActivityRow.query(on: app.db).filter(\.$title == "Voorlichting kinderwens op het mbo").first())
            #expect(try await AuditEventRow.query(on: app.db).filter(\.$entityID == model.id!.uuidString).count() == 1)
            let confirm = try await coordinator.get("/coalities/meppel/activiteiten/\(model.id!.uuidString)/verwijderen")
            #expect(confirm.body.string.contains("Weet u zeker"))
            #expect(try await ActivityRow.find(model.id, on: app.db) != nil, "asking deletes nothing")
            #expect(try await coordinator.post("/coalities/meppel/activiteiten/\(model.id!.uuidString)/verwijderen").status == .seeOther)
            #expect(try await ActivityRow.find(model.id, on: app.db) == nil)
        }
    }

    @Test(
        "the NML team closes 2024: every activity needs an outcome and reflection; then the year is closed and readable",
        arguments: TestDatabase.allCases)
    func closeYear(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            let nml = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "nml").first())
            let work = try #require(try await FluentCoalitionWorkStore(db: app.db).work(nml.id!))
            let activities = YearClose.activities(in: 2024, from: work.activities)
            #expect(!activities.isEmpty)
            let incomplete = try await regio.post("/coalities/nml/jaar-afsluiten", ["jaar": "2024"])
            #expect(incomplete.status == .unprocessableEntity && incomplete.body.string.contains("activity-close field-error"))
            #expect(try await FluentCoalitionWorkStore(db: app.db).work(nml.id!)?.closedYears.isEmpty == true, "nothing half-written")
            var fields = ["jaar": "2024"]
            for (number, activity) in activities.enumerated() {
                fields["uitkomst-\(activity.id.uuidString)"] = number == 0 ? "doorgeschoven" : "gerealiseerd"
                fields["reflectie-\(activity.id.uuidString)"] = "Besproken in de kerngroep."
            }
            #expect(try await regio.post("/coalities/nml/jaar-afsluiten", fields).status == .seeOther)
            let after = try #require(try await FluentCoalitionWorkStore(db: app.db).work(nml.id!))
            #expect(after.closedYear(2024)?.activities.count == activities.count)
            #expect(after.activities.contains { $0.carriedOverFrom == activities[0].id && $0.quarters.allSatisfy { $0.year == 2025 } })
            let readable = try await regio.get("/coalities/nml/jaar-afsluiten?jaar=2024").body.string
            #expect(readable.contains("is afgesloten") && readable.contains("Besproken in de kerngroep."))
            let again = try await regio.post("/coalities/nml/jaar-afsluiten", fields)
            #expect(again.status == .unprocessableEntity)
        }
    }

    @Test("the printable documents and exports render from the seeds: NML's annual plan 2024 with four risks and €180.000")
    func documents() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let plan = try await admin.get("/coalities/nml/documenten/jaarplan?jaar=2024")
            #expect(plan.status == .ok)
            let html = plan.body.string
            #expect(
                html.contains("Jaarplan 2024") && html.contains("Risico&#39;s en beheersmaatregelen")
                    || html.contains("Risico's en beheersmaatregelen"))
            #expect(html.contains("180.000") && html.contains("143.700"))
            #expect(html.contains("class=\"toc\""))
            let markdown = try await admin.get("/coalities/nml/documenten/jaarplan/markdown?jaar=2024")
            #expect(markdown.headers.contentType?.subType == "markdown" && markdown.body.string.contains("# Jaarplan 2024"))
            let approach = try await admin.get("/coalities/meppel/documenten/plan-van-aanpak").body.string
            #expect(approach.contains("Plan van aanpak"))
            let csv = try await admin.get("/coalities/nml/export/begroting.csv?jaar=2024")
            #expect(csv.status == .ok && csv.body.string.hasPrefix("\u{FEFF}") && csv.body.string.contains(";"))
            let nml = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "nml").first())
            let budget = try await admin.get("/api/v1/coalities/\(nml.id!.uuidString)/begroting?jaar=2024")
            let decoded = try JSONDecoder().decode(CoalitionAPIController.BudgetJSON.self, from: Data(budget.body.string.utf8))
            #expect(decoded.totalCents == 18_000_000 && decoded.linesTotalCents == 14_370_000)
            #expect(try await admin.get("/coalities/nml/documenten/onzin").status == .notFound)
        }
    }
}
