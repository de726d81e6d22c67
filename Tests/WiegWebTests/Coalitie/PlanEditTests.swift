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
        let meppel = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "meppel").first()?.coalition)
        return try #require(try await FluentCoalitionWorkStore(db: app.db).works([meppel])[meppel.id])
    }

    @Test(
        "the coordinator edits the plan period, adds and deletes a goal, scores a point, adds a partner and a budget",
        arguments: TestDatabase.allCases)
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

            let goal = [
                "tekst": "Meer zwangeren vóór week 10 in zorg", "fase": "tijdens", "actielijnen": "2.1", "themas": "vroegsignalering"
            ]
            #expect(
                try await c.post("/coalities/meppel/doelen/nieuw", goal.merging(["actielijnen": "9.9"]) { $1 }).status
                    == .unprocessableEntity)
            #expect(try await c.post("/coalities/meppel/doelen/nieuw", goal).status == .seeOther)
            let added = try #require(try await work(app).plan?.goals.first { $0.text == goal["tekst"] })
            #expect(added.themes == [.vroegsignalering] && added.phase == .tijdens)
            #expect(try await c.get("/coalities/meppel/doelen/\(added.id.uuidString)/verwijderen").body.string.contains("Weet u zeker"))
            #expect(try await c.post("/coalities/meppel/doelen/\(added.id.uuidString)/verwijderen").status == .seeOther)
            #expect(try await work(app).plan?.goals.contains { $0.id == added.id } == false)

            #expect(
                try await c.post(
                    "/coalities/meppel/punten/2025/5",
                    [
                        "status": "inOntwikkeling", "waar-staan-we": "Klankbordgroep gestart.",
                        "wat-willen-we-ontwikkelen": "Ervaringsdeskundigen erbij."
                    ]
                ).status == .seeOther)
            let point = try #require(try await work(app).points(2025))[.betrekDeMensen]
            #expect(point.status == .inOntwikkeling && point.waarStaanWe == "Klankbordgroep gestart.")

            let network = try await FluentNetworkStore(db: app.db).organisations()
            let members = Set(before.coalition.members.map(\.organisationID))
            let newcomer = try #require(network.first { !members.contains($0.id) })
            let bsn = try await c.post(
                "/coalities/meppel/partners/nieuw", ["organisatie": newcomer.id.uuidString, "rol": "contact 111222333"])
            #expect(bsn.status == .unprocessableEntity)
            #expect(
                try await c.post("/coalities/meppel/partners/nieuw", ["organisatie": newcomer.id.uuidString, "rol": "beleidsadviseur"])
                    .status == .seeOther)
            #expect(
                try await work(app).coalition.members.contains { $0.organisationID == newcomer.id && $0.contactRole == "beleidsadviseur" })

            #expect(
                try await c.post(
                    "/coalities/meppel/begroting/2025/regels/nieuw",
                    [
                        "onderdeel": "Projectleiding", "fte": "0,5", "schaal": "11",
                        "bedrag": "12.500,50"
                    ]
                ).status == .seeOther)
            #expect(
                try await c.post("/coalities/meppel/begroting/2025/regels/nieuw", ["onderdeel": "Projectleiding", "bedrag": "1"]).status
                    == .unprocessableEntity,
                "the same component twice is refused")
            #expect(
                try await c.post("/coalities/meppel/begroting/2025/financiering/nieuw", ["bron": "gemeente", "bedrag": "10.000"]).status
                    == .seeOther)
            let budget = try #require(try await work(app).budget(2025))
            #expect(budget.grandTotal.cents == 1_250_050 && budget.fundedTotal.cents == 1_000_000 && budget.gap.cents == 250_050)
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "budget").count()
            #expect(audit >= 2)

            let role = try await c.post("/coalities/meppel/partners/\(newcomer.id.uuidString)/bewerken", ["rol": "teamleider JGZ"])
            #expect(role.status == .seeOther)
            let changed = try await work(app).coalition.members
            #expect(
                changed.filter { $0.organisationID == newcomer.id }.map(\.contactRole) == ["teamleider JGZ"]
                    && changed.count == before.coalition.members.count + 1)
            #expect(
                try await c.post("/coalities/meppel/partners/\(newcomer.id.uuidString)/bewerken", ["rol": "geboren 01-02-1990"]).status
                    == .unprocessableEntity)

            let wrongDetails = try await c.post("/coalities/meppel/gegevens", ["startdatum": "31-02-2020", "vormen": "klankbordgroep"])
            #expect(wrongDetails.status == .unprocessableEntity && wrongDetails.body.string.contains("31-02-2020"))
            #expect(
                try await c.post(
                    "/coalities/meppel/gegevens",
                    [
                        "projectleider": "beleidsadviseur", "startdatum": "01-03-2020",
                        "vormen": "klankbordgroep, sleutelfiguren", "jaar": "2025", "deelname": "ja"
                    ]
                ).status == .seeOther)
            let details = try await work(app).coalition
            #expect(details.projectLeader == "beleidsadviseur" && details.targetGroupInvolvement == [.klankbordgroep, .sleutelfiguren])
            #expect(details.monitoringParticipation[2025] == .some(true) && details.members.contains { $0.organisationID == newcomer.id })
        }
    }

    @Test(
        "budget rows: a line, an out-of-pocket cost and funding are edited and removed one by one; totals follow",
        arguments: TestDatabase.allCases)
    func budgetRows(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let c = Browser(app)
            try await c.login("coordinator.meppel@wieg.demo")
            let base = "/coalities/meppel/begroting/2026"
            #expect(try await c.post("\(base)/regels/nieuw", ["onderdeel": "Projectleiding", "bedrag": "10.000"]).status == .seeOther)
            #expect(try await c.post("\(base)/regels/nieuw", ["onderdeel": "Coördinatie", "bedrag": "2.000"]).status == .seeOther)
            #expect(try await c.post("\(base)/kosten/nieuw", ["omschrijving": "Drukwerk", "bedrag": "750,25"]).status == .seeOther)
            #expect(try await c.post("\(base)/kosten/nieuw", ["omschrijving": "", "bedrag": "5"]).status == .unprocessableEntity)
            #expect(try await c.post("\(base)/financiering/nieuw", ["bron": "gemeente", "bedrag": "5.000"]).status == .seeOther)
            var budget = try #require(try await work(app).budget(2026))
            #expect(budget.grandTotal.cents == 1_275_025 && budget.outOfPocket.map(\.description) == ["Drukwerk"])

            let dashboard = try await c.get("/coalities/meppel?jaar=2026").body.string
            #expect(
                dashboard.contains("Out-of-pocket: Drukwerk") && dashboard.contains("\(base)/kosten/1/bewerken")
                    && dashboard.contains("\(base)/regels/2/verwijderen"))
            #expect(
                dashboard.contains("Subtotaal onderdelen") && dashboard.contains("€ 12.000,00"),
                "the lines' subtotal, as in the annual plan")
            #expect(dashboard.contains("<th scope=\"col\">Bron</th>"), "the funding table names its sources")
            let form = try await c.get("\(base)/regels/2/bewerken").body.string
            #expect(
                form.contains("Coördinatie") && form.contains(">Annuleren</a>"), "the form holds the line and a way back without saving")
            #expect(
                try await c.post("\(base)/regels/2/bewerken", ["onderdeel": "projectleiding", "bedrag": "1"]).status
                    == .unprocessableEntity,
                "renaming a line to another line's component is refused")
            #expect(
                try await c.post("\(base)/regels/1/bewerken", ["onderdeel": "Projectleiding", "bedrag": "11.000"]).status == .seeOther,
                "a line keeps its own component")
            #expect(
                try await c.post("\(base)/kosten/1/bewerken", ["omschrijving": "Drukwerk en zaalhuur", "bedrag": "1.000"]).status
                    == .seeOther)
            #expect(
                try await c.post("\(base)/financiering/1/bewerken", ["bron": "provincie", "bedrag": "6.000", "toelichting": "Drenthe"])
                    .status == .seeOther)
            budget = try #require(try await work(app).budget(2026))
            #expect(
                budget.lines.map(\.amount.cents) == [1_100_000, 200_000]
                    && budget.outOfPocket == [OutOfPocketCost(description: "Drukwerk en zaalhuur", amount: Money(euros: 1_000))])
            #expect(
                budget.funding == [FundingSource(kind: .provincie, amount: Money(euros: 6_000), note: "Drenthe")]
                    && budget.gap.cents == 800_000)

            let confirm = try await c.get("\(base)/regels/1/verwijderen").body.string
            #expect(confirm.contains("Weet u zeker") && confirm.contains("Projectleiding"))
            #expect(try await c.post("\(base)/regels/1/verwijderen").status == .seeOther)
            #expect(try await c.post("\(base)/kosten/1/verwijderen").status == .seeOther)
            #expect(try await c.post("\(base)/kosten/1/verwijderen").status == .notFound, "a row that is gone is a 404, not a crash")
            #expect(try await c.get("\(base)/onzin/nieuw").status == .notFound)
            #expect(try await c.get("\(base)/regels/0/bewerken").status == .notFound)
            budget = try #require(try await work(app).budget(2026))
            #expect(budget.lines.map(\.component) == ["Coördinatie"] && budget.outOfPocket.isEmpty && budget.grandTotal.cents == 200_000)
            let trail = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "budget").count()
            #expect(trail >= 10)
            #expect(dashboard.contains("/beheer/wijzigingen?coalitie=meppel"), "the dashboard links its change history")
            let history = try await c.get("/beheer/wijzigingen?coalitie=meppel&soort=budget").body.string
            #expect(history.contains("Drukwerk en zaalhuur"), "the history shows what a budget row said")

        }
    }
}

@Suite("Coalitie: progress per action line over time")
struct ProgressTests {
    @Test(
        "NML 2024: the table per action line and quarter agrees with the activities; the chart is drawn; the JSON twin gives the same numbers"
    )
    func progress() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            let html = try await regio.get("/coalities/nml/voortgang?jaar=2024").body.string
            #expect(html.contains("<svg") && html.contains("Gerealiseerd (cumulatief)") && html.contains("Q1 2024"))
            struct Progress: Decodable {
                struct Cell: Decodable {
                    var quarter: String
                    var planned: Int
                }
                struct Row: Decodable {
                    var actionLine: String?
                    var quarters: [Cell]
                }
                var year: Int
                var actionLines: [Row]
            }
            let json = try JSONDecoder().decode(Progress.self, from: try await regio.get("/api/v1/coalities/nml/voortgang?jaar=2024").body)
            let meppel = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "nml").first()?.coalition)
            let work = try #require(try await FluentCoalitionWorkStore(db: app.db).works([meppel])[meppel.id])
            for row in json.actionLines {
                for cell in row.quarters {
                    let q = Quarter(year: 2024, quarter: Int(cell.quarter.dropFirst().prefix(1))!)
                    let expected = work.activities.filter { a in
                        a.status != .gestopt && a.quarters.contains(q)
                            && (row.actionLine.map { line in a.actionLines.contains { $0.rawValue == line } } ?? a.actionLines.isEmpty)
                    }.count
                    #expect(cell.planned == expected, "\(row.actionLine ?? "-") \(cell.quarter)")
                }
            }
            #expect(json.actionLines.contains { $0.quarters.contains { $0.planned > 0 } })
        }
    }
}
