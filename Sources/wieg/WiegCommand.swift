import ArgumentParser
import Foundation

@main
struct WiegCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wieg",
        abstract: "Wieg: the social map, coalition work and monitoring for Kansrijke Start.",
        discussion: """
            Every command takes --database (or the WIEG_DATABASE_URL environment variable):
            sqlite:///path/to/wieg.sqlite (default: sqlite:///./wieg.sqlite, created when missing)
            or postgres://user:password@host:5432/database.
            """,
        version: "0.1.0",
        subcommands: [
            Serve.self, Migrate.self, UserCommand.self, TokenCommand.self, ImportCommand.self, ExportCommand.self, DemoCommand.self,
            Backup.self, Restore.self
        ]
    )

    /// Every file Wieg creates (the SQLite database, backups, exports) is readable by its
    /// owner only: they hold accounts, sign-in addresses and the change history.
    static func main() async {
        umask(0o077)
        do {
            var command = try parseAsRoot()
            if var async = command as? any AsyncParsableCommand { try await async.run() } else { try command.run() }
        } catch {
            exit(withError: error)
        }
    }
}

/// The --database option every command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Database URL: sqlite:///path/file.sqlite or postgres://user:pass@host:port/db.",
            discussion: "Defaults to WIEG_DATABASE_URL, else sqlite:///./wieg.sqlite."))
    var database: String?

    var url: String {
        database ?? Env.string("WIEG_DATABASE_URL") ?? "sqlite:///./wieg.sqlite"
    }
}

// Vapor's ConsoleKit also has Option, Flag and Argument; in this module they mean
// ArgumentParser's.
typealias Option<Value> = ArgumentParser.Option<Value>
typealias Flag<Value> = ArgumentParser.Flag<Value>
typealias Argument<Value> = ArgumentParser.Argument<Value>
