import Fluent
import FluentPostgresDriver
import Foundation
import NIOPosix
import Testing
import WiegStore

/// The databases every database test runs on. PostgreSQL needs WIEG_TEST_POSTGRES_URL
/// (a role that may create databases); without it those cases are skipped with a
/// visible message, except under CI=true, where a missing PostgreSQL fails the run.
public enum TestDatabase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    public var testDescription: String { rawValue }

    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["WIEG_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// A fresh, empty database of this kind; `body` gets its location; it is removed after.
    public func withFreshLocation<T>(_ body: (DatabaseLocation) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("wieg-test-\(UUID().uuidString).sqlite").path
            defer {
                for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            return try await body(.sqlite(path: path))
        case .postgres:
            guard let admin = Self.postgresURL else {
                if Self.isCI {
                    Issue.record("CI=true but WIEG_TEST_POSTGRES_URL is not set: the PostgreSQL suite must run in CI.")
                    throw PostgresUnavailable()
                }
                _ = Self.announceSkip
                try Test.cancel("PostgreSQL skipped: set WIEG_TEST_POSTGRES_URL to run this case on PostgreSQL too.")
            }
            let name = "wieg_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))"
            try await Self.admin(admin) { sql in try await sql.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
            var parts = URLComponents(string: admin)!
            parts.path = "/" + name
            do {
                let result = try await body(.postgres(url: parts.string!))
                try await Self.drop(name, admin: admin)
                return result
            } catch {
                try? await Self.admin(admin) { sql in try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
                throw error
            }
        }
    }

    /// Drops a test database. An autovacuum worker that started on it after a large import
    /// runs as the superuser, whom a test role may not terminate: wait for it a little.
    static func drop(_ name: String, admin: String) async throws {
        for attempt in 1...20 {
            do {
                try await Self.admin(admin) { sql in try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
                return
            } catch  where attempt < 20 {
                try await Task.sleep(for: .milliseconds(250))
            }
        }
    }

    struct PostgresUnavailable: Error {}

    /// Said once per run, so a skipped PostgreSQL suite is seen, not silent.
    static let announceSkip: Void = {
        FileHandle.standardError.write(
            Data(
                """
                ⚠︎ WIEG_TEST_POSTGRES_URL is not set: the PostgreSQL cases are skipped; only SQLite is tested. \
                Run .ci/run (or set the variable) to test PostgreSQL too.\n
                """.utf8))
    }()

    static func admin(_ url: String, _ body: (any SQLDatabase) async throws -> Void) async throws {
        try await withDatabases(.postgres(url: url)) { db in try await body(db as! any SQLDatabase) }
    }
}

/// Runs `body` with a Fluent database at `location` (no Vapor), shut down afterwards.
public func withDatabases<T>(
    _ location: DatabaseLocation, migrate: Bool = false,
    _ body: (any Database) async throws -> T
) async throws -> T {
    let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
    try location.configure(databases, connectionWait: .seconds(120))
    var logger = Logger(label: "wieg.test")
    logger.logLevel = .warning
    do {
        let db = databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!
        if migrate {
            let m = migrator(databases)
            try await m.setupIfNeeded().get()
            try await m.prepareBatch().get()
        }
        let result = try await body(db)
        await databases.shutdownAsync()
        return result
    } catch {
        await databases.shutdownAsync()
        throw error
    }
}

/// A migrator over every Wieg migration.
public func migrator(_ databases: Databases) -> Migrator {
    let migrations = Migrations()
    WiegMigrations.register(on: migrations)
    var logger = Logger(label: "wieg.test.migrator")
    logger.logLevel = .warning
    return Migrator(
        databases: databases, migrations: migrations, logger: logger,
        on: MultiThreadedEventLoopGroup.singleton.any())
}
