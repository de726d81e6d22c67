import Fluent
import NIOPosix
import SQLKit
import Testing
import WiegStore
import WiegTestSupport

@Suite("Migrations")
struct MigrationsTests {
    static let tables = [
        "areas", "region_members", "organisations", "coalitions", "users", "sessions", "login_attempts", "audit_events", "api_tokens",
        "indicators", "indicator_values"
    ]

    @Test("up, down, up", arguments: TestDatabase.allCases)
    func upDownUp(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
            try location.configure(databases)
            let m = migrator(databases)
            let db = databases.database(logger: .init(label: "test"), on: MultiThreadedEventLoopGroup.singleton.any())!
            do {
                try await m.setupIfNeeded().get()
                try await m.prepareBatch().get()
                #expect(try await tableNames(db).isSuperset(of: Self.tables))
                try await m.revertAllBatches().get()
                #expect(try await tableNames(db).isDisjoint(with: Self.tables))
                try await m.prepareBatch().get()
                #expect(try await tableNames(db).isSuperset(of: Self.tables))
                // The schema works after the round trip: a row goes in and comes out.
                try await AreaRow(code: "NL", kind: .land, name: "Nederland", parentCode: nil, synthetic: false).create(on: db)
                #expect(try await AreaRow.find("NL", on: db)?.name == "Nederland")
            } catch {
                await databases.shutdownAsync()
                throw error
            }
            await databases.shutdownAsync()
        }
    }

    @Test("a revert undoes one migration, the last applied, and keeps the rest with their rows", arguments: TestDatabase.allCases)
    func revertOne(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await AreaRow(code: "NL", kind: .land, name: "Nederland", parentCode: nil, synthetic: false).create(on: db)
                let newest = try #require(try await WiegMigrations.lastApplied(on: db))
                #expect(newest.name == WiegMigrations.all.last!.name)
                #expect(WiegMigrations.drops(newest).contains("table check_tokens"))
                #expect(try await WiegMigrations.revertLast(on: db)?.name == newest.name)
                var tables = try await tableNames(db)
                #expect(!tables.contains("check_tokens") && tables.contains("organisations"))
                // One at a time: the next revert takes the migration before it (a column of organisations).
                let last = try #require(try await WiegMigrations.lastApplied(on: db))
                #expect(WiegMigrations.drops(last).contains("column check_email of organisations"))
                let reverted = try await WiegMigrations.revertLast(on: db)
                #expect(reverted?.name == last.name)
                tables = try await tableNames(db)
                #expect(tables.contains("error_reports") && tables.contains("referrals"))
                #expect(tables.isSuperset(of: Self.tables) && tables.contains("stories"))
                #expect(try await AreaRow.find("NL", on: db)?.name == "Nederland")
                // The services table is still there and still works.
                #expect(
                    try await (db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM services").first()?.decode(column: "n", as: Int.self)
                        == 0)
                #expect(try await WiegMigrations.lastApplied(on: db)?.name == WiegMigrations.all.dropLast(2).last!.name)
            }
        }
    }

    @Test("two instances migrating one empty database at the same time both succeed (the migration lock)", arguments: TestDatabase.allCases)
    func concurrentMigrations(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
                        try location.configure(databases)
                        let db = databases.database(logger: .init(label: "test"), on: MultiThreadedEventLoopGroup.singleton.any())!
                        do {
                            let m = migrator(databases)
                            try await WiegMigrations.withMigrationLock(on: db) {
                                try await m.setupIfNeeded().get()
                                try await m.prepareBatch().get()
                            }
                        } catch {
                            await databases.shutdownAsync()
                            throw error
                        }
                        await databases.shutdownAsync()
                    }
                }
                try await group.waitForAll()
            }
            let tables = try await withDatabases(location) { db in try await tableNames(db) }
            #expect(tables.isSuperset(of: Self.tables))
        }
    }

    func tableNames(_ db: any Database) async throws -> Set<String> {
        let sql = db as! any SQLDatabase
        let query: SQLQueryString =
            sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'"
        return Set(try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) })
    }
}
