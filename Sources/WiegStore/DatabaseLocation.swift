import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Where Wieg keeps its data: an SQLite file (the embedded default) or PostgreSQL.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public static let defaultURL = "sqlite:///./wieg.sqlite"

    public struct InvalidURL: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    /// Parses `sqlite:///path/file.sqlite` (also `sqlite://relative.sqlite`) or
    /// `postgres://user:pass@host:port/db` (also `postgresql://`).
    public static func parse(_ text: String) throws -> DatabaseLocation {
        if text.hasPrefix("sqlite://") {
            var path = String(text.dropFirst("sqlite://".count))
            // sqlite:///abs/path → "/abs/path"; sqlite:///./rel → "./rel"
            if path.hasPrefix("/./") { path.removeFirst() }
            guard !path.isEmpty, path != "/" else {
                throw InvalidURL(description: "The database URL '\(text)' names no file: use sqlite:///path/to/wieg.sqlite.")
            }
            return .sqlite(path: path)
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            guard let url = URL(string: text), url.host?.isEmpty == false else {
                throw InvalidURL(
                    description:
                        "The database URL '\(redacted(text))' is not a valid PostgreSQL URL: use postgres://user:password@host:5432/database."
                )
            }
            guard url.path.count > 1 else {
                throw InvalidURL(
                    description:
                        "The database URL '\(redacted(text))' names no database: add it after the host, e.g. postgres://user:password@host:5432/wieg."
                )
            }
            return .postgres(url: text)
        }
        throw InvalidURL(
            description:
                "The database URL '\(redacted(text))' is not supported: use sqlite:///path/to/wieg.sqlite or postgres://user:password@host:5432/database."
        )
    }

    /// The URL with any password replaced by `***`, safe to print.
    static func redacted(_ text: String) -> String {
        guard var parts = URLComponents(string: text), parts.password != nil else { return text }
        parts.password = "***"
        return parts.string ?? text
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite file \(path)"
        case .postgres(let url):
            "PostgreSQL at \(URLComponents(string: url).map { "\($0.host ?? "?"):\($0.port ?? 5432)\($0.path)" } ?? "?")"
        }
    }

    public var isSQLite: Bool { if case .sqlite = self { true } else { false } }

    /// Settings that live in the database file: for SQLite, write-ahead logging, so
    /// readers are not blocked by a writer (and a crash still loses nothing committed).
    public func tune(_ db: any Database) async throws {
        guard isSQLite, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    /// Registers this location as the default database. A request waits at most
    /// `connectionWait` for a free connection (the test suite, which runs hundreds of
    /// databases at once on two cores, allows longer than a server should).
    public func configure(_ databases: Databases, logQueries: Bool = false, connectionWait: TimeAmount = .seconds(10)) throws {
        let level: Logger.Level = logQueries ? .info : .debug
        switch self {
        case .sqlite(let path):
            let config = SQLiteConfiguration(storage: .file(path: path), enableForeignKeys: true)
            databases.use(.sqlite(config, connectionPoolTimeout: connectionWait, sqlLogLevel: level), as: .sqlite)
        case .postgres(let url):
            var config = try SQLPostgresConfiguration(url: url)
            config.coreConfiguration.options.connectTimeout = .seconds(5)
            databases.use(
                .postgres(configuration: config, maxConnectionsPerEventLoop: 4, connectionPoolTimeout: connectionWait, sqlLogLevel: level),
                as: .psql)
        }
    }
}
