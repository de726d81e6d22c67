import Fluent
import NIOPosix
import SQLKit
import Testing
import WiegStore
import WiegTestSupport

@Suite("Migrations")
struct MigrationsTests {
    static let tables = ["areas", "region_members", "organisations", "coalitions", "users", "sessions", "login_attempts", "audit_events", "api_tokens", "indicators", "indicator_values"]

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
                try await Area(code: "NL", kind: .land, name: "Nederland", parentCode: nil, synthetic: false).create(on: db)
                #expect(try await Area.find("NL", on: db)?.name == "Nederland")
            } catch {
                await databases.shutdownAsync()
                throw error
            }
            await databases.shutdownAsync()
        }
    }

    func tableNames(_ db: any Database) async throws -> Set<String> {
        let sql = db as! any SQLDatabase
        let query: SQLQueryString = sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'"
        return Set(try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) })
    }
}
