import Fluent
import Testing
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegDemo

@Suite("Demo data")
struct DemoDataTests {
    @Test("loads Meppel, NML and the accounts, and a second load duplicates nothing", arguments: TestDatabase.allCases)
    func idempotent(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                let accounts = try await DemoData.load(on: db, hash: { "hash-of-\($0)" })
                let counts = try await (
                    AreaRow.query(on: db).count(), UserRow.query(on: db).count(),
                    RegionMemberRow.query(on: db).count(), AuditEventRow.query(on: db).count()
                )
                try await DemoData.load(on: db, hash: { "hash-of-\($0)" })
                let again = try await (
                    AreaRow.query(on: db).count(), UserRow.query(on: db).count(),
                    RegionMemberRow.query(on: db).count(), AuditEventRow.query(on: db).count()
                )
                #expect(counts == again)
                #expect(Set(accounts.map(\.role)) == Set(Role.allCases))
                let areas = FluentAreaStore(db: db)
                #expect(try await areas.find("GM0119")?.parentCode == "PV22")
                #expect(try await areas.members(ofRegion: "nml").count == 14)
                #expect(
                    try await areas.children(of: "GM0119").map(\.code).filter { $0.hasPrefix("PC4-") }
                        == ["PC4-7940", "PC4-7941", "PC4-7942", "PC4-7943", "PC4-7944"])
                #expect(try await areas.find("WK011902")?.synthetic == true)
            }
        }
    }
}
