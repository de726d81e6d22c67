import ArgumentParser
import Fluent
import Foundation
import Vapor
import WiegStore
import WiegWeb

/// Opens the database for a command, runs `body`, shuts down, and turns every failure
/// into one clear sentence on stderr and exit code 1 (no stack traces).
enum Runtime {
    static func config(_ options: DatabaseOptions) throws -> WiegConfig {
        let location = try DatabaseLocation.parse(options.url)
        if case .sqlite(let path) = location { try checkSQLitePath(path) }
        var mail: MailSettings?
        if let host = Env.string("WIEG_SMTP_HOST") {
            mail = MailSettings(
                host: host, port: Int(Env.string("WIEG_SMTP_PORT") ?? "") ?? 25,
                from: Env.string("WIEG_SMTP_FROM") ?? "wieg@localhost")
        }
        var config = WiegConfig(database: location, publicURL: Env.string("WIEG_PUBLIC_URL"), mail: mail)
        // WIEG_TRUSTED_PROXIES: the reverse proxies' addresses, comma-separated.
        config.trustedProxies = Set(
            (Env.string("WIEG_TRUSTED_PROXIES") ?? "").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        // WIEG_SEARCH_CACHE=0 turns the search answer cache off (e.g. to measure without it).
        if let entries = Env.string("WIEG_SEARCH_CACHE").flatMap(Int.init) { config.searchCacheEntries = max(0, entries) }
        return config
    }

    /// Runs `body` with a configured, migrated application.
    static func withApp<T: Sendable>(
        _ options: DatabaseOptions, environment: Environment = Environment(name: "production", arguments: ["wieg"]), migrate: Bool = true,
        configure: (inout WiegConfig) -> Void = { _ in },
        _ body: (Application) async throws -> T
    ) async throws -> T {
        do {
            var config = try config(options)
            configure(&config)
            try bootstrapLogging(environment)
            let app = try await Application.make(environment)
            do {
                try await WiegWeb.configure(app, config)
                if migrate {
                    try await WiegMigrations.withMigrationLock(on: app.db) { try await app.autoMigrate() }
                    try await config.database.tune(app.db)
                }
                let result = try await body(app)
                try await app.asyncShutdown()
                return result
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            fail(Failures.sentence(for: error, databaseURL: options.url))
        }
    }

    nonisolated(unsafe) private static var loggingReady = false

    /// Logging can be bootstrapped once per process; `restore` opens two databases.
    /// See `LogGate` for the level.
    static func bootstrapLogging(_ environment: Environment) throws {
        guard !loggingReady else { return }
        LoggingSystem.bootstrap { label in
            GatedLogHandler(inner: ConsoleLogger(label: label, console: Terminal(), level: .trace))
        }
        loggingReady = true
    }

    static func fail(_ sentence: String) -> Never {
        FileHandle.standardError.write(Data(("wieg: " + sentence + "\n").utf8))
        Foundation.exit(1)
    }

    static func checkSQLitePath(_ path: String) throws {
        let fm = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failures.Message("The folder \(directory) for the SQLite file does not exist: create it or choose another path.")
        }
        if fm.fileExists(atPath: path) {
            // A database made by an older Wieg may be world-readable: owner only from now on.
            for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: path + suffix) { chmod(path + suffix, 0o600) }
            guard fm.isWritableFile(atPath: path) else {
                throw Failures.Message("The SQLite file \(path) is not writable: check its permissions.")
            }
        } else if !fm.isWritableFile(atPath: directory) {
            throw Failures.Message("Cannot create the SQLite file \(path): the folder \(directory) is not writable.")
        }
    }
}
