import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Monitoring cache: areas and periods of a level, dropped by imports")
struct MonitoringCacheTests {
    func record(_ area: String, period: String) throws -> IndicatorValueRecord {
        IndicatorValueRecord(
            indicator: "BIG2", area: area, period: try #require(Period.parse(period)), numerator: 5, denominator: 90, line: 2)
    }

    @Test(
        "an import elsewhere (the command line) shows once the store is checked again; until then the cache holds, unless invalidated",
        arguments: TestDatabase.allCases)
    func revision(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let stores = Stores(db: app.db)
            let codes = try await stores.areas.records(kind: .pc4).filter { $0.parentCode == "GM0119" }.map(\.code)
            let key = MonitoringCache.PeriodsKey(indicator: "BIG2", level: .pc4, within: "GM0119")
            let always = MonitoringCache(recheckInterval: 0)
            let hourly = MonitoringCache(recheckInterval: 3600)
            let before = try await always.periods(key, codes: codes, stores: stores)
            #expect(try await hourly.periods(key, codes: codes, stores: stores) == before && !before.contains("2031"))
            #expect(
                try await hourly.areas(kind: .pc4, stores: stores).map(\.code) == (try await stores.areas.records(kind: .pc4)).map(\.code))

            _ = try await stores.indicators.importValues([try record(codes[0], period: "2031")], source: "cli.csv", by: .cli, at: Date())
            #expect(
                try await always.periods(key, codes: codes, stores: stores) == before + ["2031"], "checked against the store every time")
            #expect(try await hourly.periods(key, codes: codes, stores: stores) == before, "within its interval the cache answers")
            await hourly.invalidate()
            #expect(try await hourly.periods(key, codes: codes, stores: stores) == before + ["2031"])
        }
    }

    @Test("an import through the web shows at once on the level pages")
    func webImport() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let page = "/indicatoren/BIG2/gebieden?gebied=GM0119&niveau=pc4"
            #expect(!(try await Browser(app).get(page).body.string.contains("<option value=\"2032\"")))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let csv = "indicator;gebied;periode;teller;noemer\nBIG2;PC4-7942;2032;50;290\n"
            let done = try await coordinator.upload("/beheer/indicatoren/import", file: Data(csv.utf8), fields: ["actie": "importeren"])
            #expect(done.body.string.contains("Import voltooid: 1 nieuw"))
            #expect(try await Browser(app).get(page).body.string.contains("<option value=\"2032\""))
        }
    }

    @Test(
        "warming builds a disclosure map for every indicator and period once; an import makes the next warm-up build the changed ones again",
        arguments: TestDatabase.allCases)
    func warm(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let stores = Stores(db: app.db)
            let cache = MonitoringCache(recheckInterval: 0)
            let pairs = try await stores.indicators.periodsByIndicator().values.reduce(0) { $0 + $1.count }
            #expect(pairs >= 8)
            #expect(try await cache.warm(stores: stores) == pairs)
            #expect(try await cache.warm(stores: stores) == 0, "nothing changed: nothing to build")
            let big2 = try #require(try await stores.indicators.catalogue().first { $0.code == "BIG2" })
            #expect(try await cache.disclosure(big2, period: "2019-2021", stores: stores).isHidden("PC4-7940"))
            _ = try await stores.indicators.importValues([try record("PC4-7942", period: "2033")], source: "cli.csv", by: .cli, at: Date())
            #expect(try await cache.warm(stores: stores) == pairs + 1, "the import emptied the cache; every map is built again")
        }
    }
}
