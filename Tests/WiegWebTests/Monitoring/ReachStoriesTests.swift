import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Monitoring: reach of the aanbod, and stories beside the figures")
struct ReachStoriesTests {
    /// A service of Meppel's partner organisation (the partner may edit it).
    func partnerService(_ app: Application) async throws -> UUID {
        let partner = try await app.user("partner.meppel@wieg.demo")
        let organisation = try #require(partner.organisationID)
        return try #require(try await ServiceRow.query(on: app.db).filter(\.$organisation.$id == organisation).first()?.id)
    }

    @Test(
        "the partner registers a quarter; a count below 10 is hidden in public (page and JSON), an edit replaces it, all audited",
        arguments: TestDatabase.allCases)
    func reach(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let id = try await partnerService(app).uuidString
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            // The test clock stands in the third quarter of 2026: the fourth is in the future.
            let future = try await partner.post("/aanbod/\(id)/bereik", ["kwartaal": "2026-K4", "contacten": "12"])
            #expect(future.status == .unprocessableEntity && future.body.string.contains("ligt in de toekomst"))
            let wrong = try await partner.post("/aanbod/\(id)/bereik", ["kwartaal": "2026-K2", "contacten": "veel"])
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("Contacten"))
            let saved = try await partner.post(
                "/aanbod/\(id)/bereik",
                [
                    "kwartaal": "2026-K2", "contacten": "1.240", "nieuwe_clienten": "4",
                    "verwijzingen_in": "35", "afgerond": "0"
                ])
            #expect(saved.status == .seeOther)
            #expect(try await partner.get("/aanbod/\(id)/bereik").body.string.contains("1240"))

            struct Reach: Decodable {
                struct Q: Decodable {
                    var quarter: String
                    var counts: [String: Int?]
                }
                var quarters: [Q]
            }
            let publicJSON = try JSONDecoder().decode(Reach.self, from: try await Browser(app).get("/api/v1/aanbod/\(id)/bereik").body)
            let q = try #require(publicJSON.quarters.first)
            #expect(q.quarter == "2026-K2" && q.counts["contacten"] == .some(1240) && q.counts["verwijzingenIn"] == .some(35))
            #expect(q.counts["nieuweClienten"] == .some(nil), "4 is below the threshold: null in public")
            #expect(q.counts["afgerond"] == .some(0), "0 reveals no one")
            let publicPage = try await Browser(app).get("/aanbod/\(id)/bereik").body.string
            #expect(publicPage.contains("&lt; 10") && publicPage.contains("<svg") && !publicPage.contains("Kwartaal registreren"))

            _ = try await partner.post("/aanbod/\(id)/bereik", ["kwartaal": "2026-K2", "contacten": "1300"])
            let entries = try await FluentReachStore(db: app.db).entries(serviceIDs: [UUID(uuidString: id)!])
            #expect(entries.count == 1 && entries[0].count(.contacten) == 1300 && entries[0].count(.nieuweCliënten) == 0)
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "reach").all()
            #expect(audit.map(\.actionRaw).sorted() == ["create", "update"])

            // The NML regional team may not edit Meppel's service.
            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            #expect(try await regio.post("/aanbod/\(id)/bereik", ["kwartaal": "2026-K1", "contacten": "20"]).status == .forbidden)
        }
    }

    @Test(
        "a story with a BSN, a birth date or an e-mail address is refused with the reason; a clean one is listed, then deleted after confirmation"
    )
    func stories() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            #expect(try await partner.get("/verhalen/nieuw?indicator=BIG2").body.string.contains("value=\"BIG2\""))
            let base = ["titel": "Centering in Meppel", "organisatie": "Verloskundigen Meppel", "indicator": "BIG2"]
            let bsn = try await partner.post(
                "/verhalen/nieuw", base.merging(["tekst": "Moeder met BSN 111222333 kwam via de huisarts."]) { $1 })
            #expect(bsn.status == .unprocessableEntity && bsn.body.string.contains("BSN"))
            let mail = try await partner.post("/verhalen/nieuw", base.merging(["tekst": "Mail naar jan@example.nl voor details."]) { $1 })
            #expect(mail.status == .unprocessableEntity)
            let none = try await partner.post("/verhalen/nieuw", ["titel": "Zonder onderwerp", "tekst": "Tekst."])
            #expect(none.status == .unprocessableEntity)
            let good = try await partner.post(
                "/verhalen/nieuw", base.merging(["tekst": "Sinds de groepszorg komen zwangeren eerder binnen."]) { $1 })
            #expect(good.status == .seeOther)
            let list = try await Browser(app).get("/verhalen").body.string
            #expect(list.contains("Centering in Meppel") && list.contains("eerder binnen") && !list.contains("Verwijderen"))
            let story = try #require(try await FluentStoryStore(db: app.db).stories(about: .indicator("BIG2")).first)
            #expect(try await Browser(app).get("/indicatoren/BIG2/trend?gebied=GM0119").body.string.contains("Centering in Meppel"))
            let confirm = try await partner.get("/verhalen/\(story.id.uuidString)/verwijderen")
            #expect(confirm.status == .ok && confirm.body.string.contains("Weet u zeker"))
            #expect(try await partner.post("/verhalen/\(story.id.uuidString)/verwijderen").status == .seeOther)
            #expect(try await FluentStoryStore(db: app.db).find(story.id) == nil)
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            #expect(try await professional.get("/verhalen/nieuw").status == .forbidden)
        }
    }
}
