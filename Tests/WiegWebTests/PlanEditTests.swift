import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport
@testable import WiegWeb

@Suite("Coalitie: editing the plan, goals, the 10 points, partners and the budget")
struct PlanEditTests {
    func work(_ app: Application) async throws -> CoalitionWork {
        let meppel = try #require(try await Coalition.query(on: app.db).filter(\.$slug == "meppel").first())
        return try #require(try await FluentCoalitionWorkStore(db: app.db).works([meppel])[meppel.id!])
    }

    @Test("the coordinator edits the plan period, adds and deletes a goal, scores a point, adds a partner and a budget", arguments: TestDatabase.allCases)
    func editPlan(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let c = Browser(app)
            try await c.login("coordinator.meppel@wieg.demo")
            let before = try await work(app)
            var plan = PlanForm.fields(try #require(before.plan))
            plan["laatste-jaar"] = "2019"
            let wrong = try await c.post("/coalities/meppel/plan/bewerken", plan)
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("ligt vóór het eerste jaar"))
            plan["laatste-jaar"] = String(before.plan!.firstYear + 3)
            #expect(try await c.post("/coalities/meppel/plan/bewerken", plan).status == .seeOther)
            #expect(try await work(app).plan?.lastYear == before.plan!.firstYear + 3)
            #expect(try await work(app).plan?.goals == before.plan!.goals, "editing the plan keeps its goals")

            let goal = ["tekst": "Meer zwangeren vóór week 10 in zorg", "fase": "tijdens", "actielijnen": "2.1", "themas": "vroegsignalering"]
            #expect(try await c.post("/coalities/meppel/doelen/nieuw", goal.merging(["actielijnen": "9.9"]) { $1 }).status == .unprocessableEntity)
            #expect(try await c.post("/coalities/meppel/doelen/nieuw", goal).status == .seeOther)
            let added = try #require(try await work(app).plan?.goals.first { $0.text == goal["tekst"] })
            #expect(added.themes == [.vroegsignalering] && added.phase == .tijdens)
            #expect(try await c.get("/coalities/meppel/doelen/\(added.id.uuidString)/verwijderen").body.string.contains("Weet u zeker"))
            #expect(try await c.post("/coalities/meppel/doelen/\(added.id.uuidString)/verwijderen").status == .seeOther)
            #expect(try await work(app).plan?.goals.contains { $0.id == added.id } == false)

            #expect(try await c.post("/coalities/meppel/punten/2025/5", ["status": "inOntwikkeling", "waar-staan-we": "Klankbordgroep gestart.",
                                                                          "wat-willen-we-ontwikkelen": "Ervaringsdeskundigen erbij."]).status == .seeOther)
            let point = try #require(try await work(app).points(2025))[.betrekDeMensen]
            #expect(point.status == .inOntwikkeling && point.waarStaanWe == "Klankbordgroep gestart.")

            let network = try await FluentNetworkStore(db: app.db).organisations()
            let members = Set(before.coalition.members.map(\.organisationID))
            let newcomer = try #require(network.first { !members.contains($0.id) })
            let bsn = try await c.post("/coalities/meppel/partners/nieuw", ["organisatie": newcomer.id.uuidString, "rol": "contact 111222333"])
            #expect(bsn.status == .unprocessableEntity)
            #expect(try await c.post("/coalities/meppel/partners/nieuw", ["organisatie": newcomer.id.uuidString, "rol": "beleidsadviseur"]).status == .seeOther)
            #expect(try await work(app).coalition.members.contains { $0.organisationID == newcomer.id && $0.contactRole == "beleidsadviseur" })

            #expect(try await c.post("/coalities/meppel/begroting/2025/regels/nieuw", ["onderdeel": "Projectleiding", "fte": "0,5", "schaal": "11",
                                                                                        "bedrag": "12.500,50"]).status == .seeOther)
            #expect(try await c.post("/coalities/meppel/begroting/2025/regels/nieuw", ["onderdeel": "Projectleiding", "bedrag": "1"]).status == .unprocessableEntity,
                    "the same component twice is refused")
            #expect(try await c.post("/coalities/meppel/begroting/2025/financiering/nieuw", ["bron": "gemeente", "bedrag": "10.000"]).status == .seeOther)
            let budget = try #require(try await work(app).budget(2025))
            #expect(budget.grandTotal.cents == 1_250_050 && budget.fundedTotal.cents == 1_000_000 && budget.gap.cents == 250_050)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$entityType == "budget").count()
            #expect(audit >= 2)

            let wrongDetails = try await c.post("/coalities/meppel/gegevens", ["startdatum": "31-02-2020", "vormen": "klankbordgroep"])
            #expect(wrongDetails.status == .unprocessableEntity && wrongDetails.body.string.contains("31-02-2020"))
            #expect(try await c.post("/coalities/meppel/gegevens", ["projectleider": "beleidsadviseur", "startdatum": "01-03-2020",
                                                                    "vormen": "klankbordgroep, sleutelfiguren", "jaar": "2025", "deelname": "ja"]).status == .seeOther)
            let details = try await work(app).coalition
            #expect(details.projectLeader == "beleidsadviseur" && details.targetGroupInvolvement == [.klankbordgroep, .sleutelfiguren])
            #expect(details.monitoringParticipation[2025] == .some(true) && details.members.contains { $0.organisationID == newcomer.id })
        }
    }
}

@Suite("Coalitie: progress per action line over time")
struct ProgressTests {
    @Test("NML 2024: the table per action line and quarter agrees with the activities; the chart is drawn; the JSON twin gives the same numbers")
    func progress() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            let html = try await regio.get("/coalities/nml/voortgang?jaar=2024").body.string
            #expect(html.contains("<svg") && html.contains("Gerealiseerd (cumulatief)") && html.contains("Q1 2024"))
            struct Progress: Decodable {
                struct Cell: Decodable { var quarter: String; var planned: Int }
                struct Row: Decodable { var actionLine: String?; var quarters: [Cell] }
                var year: Int; var actionLines: [Row]
            }
            let json = try JSONDecoder().decode(Progress.self, from: try await regio.get("/api/v1/coalities/nml/voortgang?jaar=2024").body)
            let meppel = try #require(try await Coalition.query(on: app.db).filter(\.$slug == "nml").first())
            let work = try #require(try await FluentCoalitionWorkStore(db: app.db).works([meppel])[meppel.id!])
            for row in json.actionLines {
                for cell in row.quarters {
                    let q = Quarter(year: 2024, quarter: Int(cell.quarter.dropFirst().prefix(1))!)
                    let expected = work.activities.filter { a in
                        a.status != .gestopt && a.quarters.contains(q) && (row.actionLine.map { line in a.actionLines.contains { $0.rawValue == line } } ?? a.actionLines.isEmpty)
                    }.count
                    #expect(cell.planned == expected, "\(row.actionLine ?? "-") \(cell.quarter)")
                }
            }
            #expect(json.actionLines.contains { $0.quarters.contains { $0.planned > 0 } })
        }
    }
}
