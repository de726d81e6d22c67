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

@Suite("Coalitie: editing risks, workgroups, governance bodies and agreements")
struct CoalitionItemEditTests {
    func work(_ app: Application) async throws -> CoalitionWork {
        let meppel = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "meppel").first()?.coalition)
        return try #require(try await FluentCoalitionWorkStore(db: app.db).works([meppel])[meppel.id])
    }

    @Test(
        "a coordinator adds a risk (an empty one is refused in Dutch), edits it, deletes it after confirming; each step audited",
        arguments: TestDatabase.allCases)
    func risk(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let empty = try await coordinator.post("/coalities/meppel/risicos/nieuw", ["beheersmaatregel": "Iets"])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Vul het risico in."))
            let created = try await coordinator.post(
                "/coalities/meppel/risicos/nieuw",
                [
                    "risico": "Te weinig capaciteit in de kraamzorg", "beheersmaatregel": "Afspraken met de zorgverzekeraar",
                    "verantwoordelijken": "Gemeente Meppel\nKraamzorg Drenthe", "status": "actief"
                ])
            #expect(created.status == .seeOther)
            let risk = try #require(try await work(app).risks.first { $0.risk == "Te weinig capaciteit in de kraamzorg" })
            #expect(risk.responsibleParties == ["Gemeente Meppel", "Kraamzorg Drenthe"])
            let dashboard = try await coordinator.get("/coalities/meppel").body.string
            #expect(
                dashboard.contains("Te weinig capaciteit in de kraamzorg")
                    && dashboard.contains("/coalities/meppel/risicos/\(risk.id.uuidString)/bewerken"))

            let edit = try await coordinator.get("/coalities/meppel/risicos/\(risk.id.uuidString)/bewerken").body.string
            #expect(edit.contains("Afspraken met de zorgverzekeraar"))
            var fields = RiskForm.fields(risk)
            fields["status"] = "beheerst"
            #expect(try await coordinator.post("/coalities/meppel/risicos/\(risk.id.uuidString)/bewerken", fields).status == .seeOther)
            #expect(try await work(app).risks.first { $0.id == risk.id }?.status == .beheerst)

            let confirm = try await coordinator.get("/coalities/meppel/risicos/\(risk.id.uuidString)/verwijderen")
            #expect(confirm.body.string.contains("Weet u zeker"))
            #expect(try await coordinator.post("/coalities/meppel/risicos/\(risk.id.uuidString)/verwijderen").status == .seeOther)
            #expect(try await work(app).risks.contains { $0.id == risk.id } == false)
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "risk").filter(\.$entityID == risk.id.uuidString)
                .all()
            #expect(audit.map(\.actionRaw).sorted() == ["create", "delete", "update"])
        }
    }

    @Test("a governance body records its meetings; a workgroup keeps the origin it was copied from when edited")
    func governanceAndWorkgroup() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let body = try await coordinator.post(
                "/coalities/meppel/overleggen/nieuw",
                [
                    "soort": "stuurgroep", "naam": "Stuurgroep Kansrijke Start", "vergaderingen-per-jaar": "2",
                    "vergaderingen": "14-03-2025\n10-10-2025"
                ])
            #expect(body.status == .seeOther, "\(body.body.string.prefix(300))")
            let saved = try #require(try await work(app).governance.first { $0.name == "Stuurgroep Kansrijke Start" })
            #expect(saved.meetings.count == 2 && saved.requiredMeetingsPerYear == 2)
            let dashboard = try await coordinator.get("/coalities/meppel").body.string
            #expect(
                dashboard.components(separatedBy: "/coalities/meppel/overleggen/\(saved.id.uuidString)/bewerken").count == 2,
                "the body is listed once, in the table against its cadence, with its edit link")
            let bad = try await coordinator.post(
                "/coalities/meppel/overleggen/nieuw", ["soort": "stuurgroep", "naam": "X", "vergaderingen": "31-02-2025"])
            #expect(bad.status == .unprocessableEntity)

            let limburg = CoalitionDemo.noordMiddenLimburg.work.published()
            let group = try #require(limburg.workgroups.first)
            let copied = try await work(app).copying(workgroup: group, from: limburg, on: Date(timeIntervalSince1970: 1_790_000_000))
            let copy = try #require(copied.workgroups.last)
            try await FluentCoalitionWorkStore(db: app.db).save(copy, coalitionID: copied.coalition.id, by: .demo, at: Date())
            var fields = WorkgroupForm.fields(copy)
            fields["naam"] = "Eigen naam"
            #expect(try await coordinator.post("/coalities/meppel/werkgroepen/\(copy.id.uuidString)/bewerken", fields).status == .seeOther)
            let edited = try #require(try await work(app).workgroups.first { $0.id == copy.id })
            #expect(edited.name == "Eigen naam" && edited.origin == copy.origin && edited.origin != nil)
        }
    }

    @Test("workgroup members and agreement parties are ticked by name among the partners; ticking keeps their order and an edit keeps them")
    func membersByName() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let before = try await work(app)
            let partners = before.coalition.members.map(\.organisationID)
            let names = try await FluentNetworkStore(db: app.db).organisations().filter { partners.contains($0.id) }
            let form = try await coordinator.get("/coalities/meppel/werkgroepen/nieuw").body.string
            #expect(form.contains("<h1>Nieuwe werkgroep</h1>"))
            #expect(try await coordinator.get("/coalities/meppel/risicos/nieuw").body.string.contains("<h1>Nieuw risico</h1>"))
            #expect(
                form.contains("type=\"checkbox\"") && names.allSatisfy { form.contains(HTMLText.escaped($0.name)) },
                "every partner is a checkbox with its name")
            #expect(!form.contains("id's"), "nobody is asked to type ids")
            let saved = try await coordinator.post(
                "/coalities/meppel/werkgroepen/nieuw",
                pairs: [
                    ("naam", "Werkgroep taal"), ("leden[]", partners[1].uuidString), ("leden[]", partners[0].uuidString)
                ])
            #expect(saved.status == .seeOther)
            let group = try #require(try await work(app).workgroups.first { $0.name == "Werkgroep taal" })
            #expect(group.memberOrganisationIDs == [partners[1], partners[0]])
            let edit = try await coordinator.get("/coalities/meppel/werkgroepen/\(group.id.uuidString)/bewerken").body.string
            #expect(edit.components(separatedBy: "checked").count - 1 == 2, "the two members are ticked when editing")

            let agreement = try await coordinator.get("/coalities/meppel/afspraken/nieuw").body.string
            let zorgpad = try #require(try await ZorgpadRow.query(on: app.db).filter(\.$areaCode == "GM0119").first())
            #expect(
                agreement.contains(zorgpad.id!.uuidString) && agreement.contains(HTMLText.escaped(zorgpad.title)),
                "Meppel's care paths can be ticked by title")
            let one = try await coordinator.post(
                "/coalities/meppel/afspraken/nieuw",
                pairs: [
                    ("titel", "Convenant"), ("niveau", "uitvoering"),
                    ("partijen[]", partners[0].uuidString)
                ])
            #expect(one.status == .unprocessableEntity && one.body.string.contains("checked"), "one party is refused and the tick stays")
        }
    }

    @Test("an activity links aanbod of the social map by id; an unknown id is refused on its field")
    func activityLinksServices() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let activity = try #require(try await work(app).activities.first)
            let service = try #require(try await ServiceRow.query(on: app.db).first()?.id)
            var fields = ActivityForm.fields(activity)
            fields["aanbod"] = UUID().uuidString
            let unknown = try await coordinator.post("/coalities/meppel/activiteiten/\(activity.id.uuidString)/bewerken", fields)
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("bestaat niet"))
            fields["aanbod"] = service.uuidString
            #expect(
                try await coordinator.post("/coalities/meppel/activiteiten/\(activity.id.uuidString)/bewerken", fields).status == .seeOther)
            #expect(try await work(app).activities.first { $0.id == activity.id }?.serviceIDs == [service])
        }
    }
}
