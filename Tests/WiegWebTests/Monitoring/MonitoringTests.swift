import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Monitoring pages")
struct MonitoringTests {
    @Test(
        "Meppel's profile shows BIG2 with its interval and comparisons with Drenthe and the Netherlands", arguments: TestDatabase.allCases)
    func meppelProfile(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let html = try await Browser(app).get("/gebieden/GM0119/profiel").body.string
            #expect(html.contains("Profiel van Meppel"))
            #expect(html.contains("130,8 per 1000"))
            #expect(html.contains("t.o.v. Drenthe") && html.contains("t.o.v. Nederland"))
            #expect(html.contains("Tijdens de zwangerschap"))
            // Meppel's BIG2 comes from the seed documents; the smoking figure is made up and says so.
            #expect(html.contains("synthetisch"))
        }
    }

    @Test("PC4 7942 is significantly less favourable than Meppel; the JSON twin says so too (for those who may see small numbers)")
    func pc4Profile() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            // In public PC4 7942 is hidden (secondary suppression: PC4 7940 is 5/48); the
            // beheerder sees it, as the regio, coordinator and partner of its area would.
            let beheerder = Browser(app)
            try await beheerder.login("beheerder@wieg.demo")
            let html = try await beheerder.get("/gebieden/PC4-7942/profiel").body.string
            #expect(html.contains("189,3 per 1000"))
            #expect(html.contains("significant ongunstiger"))
            struct Profile: Decodable {
                struct Row: Decodable {
                    struct Comparison: Decodable {
                        var reference: String
                        var outcome: String
                        var significantAt998: Bool
                    }
                    var indicator: String
                    var numerator: Int?
                    var value: Double?
                    var comparisons: [Comparison]
                }
                var indicators: [Row]
            }
            let profile = try await beheerder.get("/api/v1/gebieden/PC4-7942/profiel").content.decode(Profile.self)
            let big2 = try #require(profile.indicators.first { $0.indicator == "BIG2" })
            #expect(big2.numerator == 53)
            let vsMeppel = try #require(big2.comparisons.first { $0.reference == "GM0119" })
            #expect(vsMeppel.outcome == "worse" && !vsMeppel.significantAt998)
        }
    }

    @Test("a small count is hidden from the public, in HTML and JSON, and shown to a coordinator with a warning")
    func suppression() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let publicPage = try await Browser(app).get("/gebieden/PC4-7940/profiel").body.string
            #expect(publicPage.contains("niet getoond: minder dan 10"))
            #expect(!publicPage.contains("5 / 48"))
            let json = try await Browser(app).get("/api/v1/gebieden/PC4-7940/profiel").body.string
            #expect(json.contains(#""suppressed":true"#))
            #expect(!json.contains(#""numerator""#) && !json.contains("48"))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let signedIn = try await coordinator.get("/gebieden/PC4-7940/profiel").body.string
            #expect(signedIn.contains("5 / 48") && signedIn.contains("kleine aantallen"))
        }
    }

    @Test("a coordinator imports figures for its own municipality only; a bad file writes nothing", arguments: TestDatabase.allCases)
    func importPage(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let before = try await IndicatorValueRow.query(on: app.db).count()
            let mixed =
                "indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2023;200;1600\nBIG2;GM0983;2023;300;1900\nBIG2;PC4-7942;2023;50;290\n"
            let refused = try await coordinator.upload(
                "/beheer/indicatoren/import", file: Data(mixed.utf8), fields: ["actie": "importeren"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("<td>3</td>") && refused.body.string.contains("buiten uw coalitie"))
            #expect(try await IndicatorValueRow.query(on: app.db).count() == before)
            let own = mixed.replacingOccurrences(of: "BIG2;GM0983;2023;300;1900\n", with: "")
            let done = try await coordinator.upload("/beheer/indicatoren/import", file: Data(own.utf8), fields: ["actie": "importeren"])
            #expect(done.body.string.contains("Import voltooid: 2 nieuw, 0 bijgewerkt"))
            #expect(try await IndicatorValueRow.query(on: app.db).count() == before + 2)
            let profile = try await Browser(app).get("/gebieden/PC4-7942/profiel").body.string
            #expect(profile.contains("2023"))
        }
    }

    @Test("the catalogue page and its JSON twin list the seeded indicators")
    func catalogue() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            #expect(try await Browser(app).get("/indicatoren").body.string.contains("BIG2: vroeggeboorte"))
            let one = try await Browser(app).get("/api/v1/indicatoren/BIG2")
            #expect(one.status == .ok && one.body.string.contains(#""polarity":"lowerIsBetter""#))
            #expect(try await Browser(app).get("/api/v1/indicatoren/XYZ").status == .notFound)
        }
    }
}
