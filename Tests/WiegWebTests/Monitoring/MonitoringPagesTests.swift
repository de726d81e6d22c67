import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

/// Meppel's PC4 areas in 2019–2021 (the seed): 7940 has 5 of 48 (too small), 7941 41/350,
/// 7942 53/280, 7943 48/420, 7944 62/500; together exactly Meppel's 209 of 1598. So in
/// public 7940 is hidden, and 7942 (the smallest shown denominator) too: otherwise Meppel
/// minus the others gives 7940 back.
@Suite("Monitoring: small areas, map, trend, values API and region dashboard")
struct MonitoringPagesTests {
    @Test(
        "small areas: ranked least favourable first, hidden ones last without a value; a coordinator sees 7942 on top, significantly worse",
        arguments: TestDatabase.allCases)
    func smallAreas(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let anonymous = Browser(app)
            let html = try await anonymous.get("/indicatoren/BIG2/gebieden?gebied=GM0119&niveau=pc4").body.string
            #expect(html.contains("2 gebied(en) zijn verborgen"))
            let order = ["7944", "7941", "7943"].compactMap {
                html.range(of: "PC4 \($0)")?.lowerBound ?? html.range(of: "PC4-\($0)")?.lowerBound
            }
            #expect(order.count == 3 && order == order.sorted(), "shown areas from high to low")
            #expect(!html.contains("189,3"), "7942 is secondarily suppressed in public")
            let csv = try await anonymous.get("/indicatoren/BIG2/gebieden/csv?gebied=GM0119&niveau=pc4").body.string
            #expect(csv.hasPrefix("\u{FEFF}positie;code;gebied;waarde;ondergrens_95;bovengrens_95;vergelijking;significant_99_8"))
            #expect(csv.contains(";PC4-7942;") && csv.contains("verborgen") && !csv.contains("189,3"))

            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let signedIn = try await coordinator.get("/indicatoren/BIG2/gebieden?gebied=GM0119&niveau=pc4").body.string
            #expect(signedIn.contains("kleine aantallen. Deel"))
            let first = try #require(signedIn.range(of: "<td>1</td>"))
            #expect(signedIn[first.upperBound...].prefix(400).contains("189,3"))
            #expect(signedIn.contains("significant ongunstiger"))
            #expect(try await anonymous.get("/indicatoren/BIG2/gebieden?gebied=XX9999").status == .badRequest)
        }
    }

    @Test("map: the demo's synthetic shapes drawn, hidden areas hatched, labelled synthetic; without boundaries a notice and the table")
    func map() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let anonymous = Browser(app)
            let html = try await anonymous.get("/indicatoren/BIG2/kaart?gebied=GM0119&niveau=pc4").body.string
            #expect(html.contains("<svg") && html.contains("kaart-arcering") && html.contains("Synthetisch"))
            #expect(html.components(separatedBy: "data-code=\"PC4-").count - 1 == 5)
            #expect(html.contains("Verborgen (kleine aantallen)") && html.contains("<table"))
            let region = try await anonymous.get("/indicatoren/BIG2/kaart?gebied=nml&niveau=gemeente").body.string
            let members = try await FluentAreaStore(db: app.db).members(ofRegion: "nml")
            #expect(region.components(separatedBy: "data-code=\"GM").count - 1 == members.count)

            try await AreaBoundaryRow.query(on: app.db).delete()
            let bare = try await anonymous.get("/indicatoren/BIG2/kaart?gebied=GM0119&niveau=pc4").body.string
            #expect(bare.contains("geen grenzen geïmporteerd") && bare.contains("<table") && !bare.contains("<svg"))
        }
    }

    @Test("trend: Meppel over two periods beside Drenthe and the Netherlands, as chart, table and CSV")
    func trend() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let anonymous = Browser(app)
            let html = try await anonymous.get("/indicatoren/BIG2/trend?gebied=GM0119").body.string
            #expect(html.contains("<svg") && html.contains("trendgrafiek") && html.contains("<table"))
            #expect(html.contains("2016-2018") && html.contains("2019-2021") && html.contains("Drenthe") && html.contains("Nederland"))
            #expect(html.contains("130,8"), "Meppel's 209 of 1598 per 1000")
            let csv = try await anonymous.get("/indicatoren/BIG2/trend/csv?gebied=GM0119").body.string
            #expect(csv.hasPrefix("\u{FEFF}periode;code;gebied;waarde") && csv.contains("2019-2021;GM0119;Meppel;130,8"))
            #expect(try await anonymous.get("/indicatoren/BIG2/trend?gebied=NERGENS").status == .badRequest)
        }
    }

    @Test(
        "values API: the public gets no counts for a hidden PC4 (primary or secondary); a coordinator gets them with a warning",
        arguments: TestDatabase.allCases)
    func valuesAPI(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            struct Page: Decodable { var data: [Row] }
            struct Row: Decodable {
                var area: String
                var suppression: String
                var numerator: Int?
                var value: Double?
                var comparison: String
            }
            let path = "/api/v1/indicatoren/BIG2/waarden?gebied=GM0119&niveau=pc4&periode=2019-2021"
            let publicBody = try await Browser(app).get(path).body
            let rows = Dictionary(uniqueKeysWithValues: try JSONDecoder().decode(Page.self, from: publicBody).data.map { ($0.area, $0) })
            #expect(rows["PC4-7940"]?.suppression == "primary" && rows["PC4-7940"]?.numerator == nil)
            #expect(rows["PC4-7942"]?.suppression == "secondary" && rows["PC4-7942"]?.value == nil)
            #expect(rows["PC4-7944"]?.numerator == 62 && rows["PC4-7944"]?.suppression == "shown")
            #expect(!publicBody.string.contains("\"numerator\":53") && !publicBody.string.contains("\"numerator\":5,"))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let signed = try JSONDecoder().decode(Page.self, from: try await coordinator.get(path).body).data
            let p7942 = try #require(signed.first { $0.area == "PC4-7942" })
            #expect(p7942.numerator == 53 && p7942.suppression == "shownWithWarning" && p7942.comparison == "worse")
            let one = try JSONDecoder().decode(
                Page.self, from: try await Browser(app).get("/api/v1/indicatoren/BIG2/waarden?gebied=GM0119").body
            ).data
            #expect(one.map(\.area) == ["GM0119"])
            #expect(try await Browser(app).get("/api/v1/indicatoren/BIG2/waarden?periode=ooit").status == .badRequest)
        }
    }

    @Test("region dashboard: every municipality of Noord- en Midden-Limburg and the region as a whole, page and JSON")
    func region() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let anonymous = Browser(app)
            let members = try await FluentAreaStore(db: app.db).members(ofRegion: "nml")
            let html = try await anonymous.get("/regios/nml/monitoring").body.string
            #expect(html.contains("Regio als geheel") && html.contains("<table"))
            struct Matrix: Decodable {
                struct Row: Decodable {
                    var area: String
                    var isRegionTotal: Bool
                }
                var rows: [Row]
            }
            let json = try JSONDecoder().decode(Matrix.self, from: try await anonymous.get("/api/v1/regios/nml/monitoring").body)
            #expect(json.rows.filter { !$0.isRegionTotal }.map(\.area).sorted() == members.sorted())
            #expect(json.rows.last?.isRegionTotal == true)
            #expect(try await anonymous.get("/regios/GM0119/monitoring").status == .notFound)
        }
    }
}
