import ArgumentParser
import Fluent
import Foundation
import NIOCore
import NIOPosix
import Vapor
import WiegDemo
import WiegStore
import WiegWeb

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the Wieg web server (migrates the database first).",
        discussion: "With --demo, loads the demo data (idempotent) and prints the demo accounts and their password.")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "The address to listen on; 0.0.0.0 to listen on every interface.")
    var hostname: String = "127.0.0.1"

    @Flag(help: "Load the demo data and print the demo accounts.")
    var demo = false

    @Option(help: ArgumentHelp("The bcrypt cost for new password hashes.", visibility: .hidden))
    var bcryptCost: Int = 12

    func run() async throws {
        let env = Environment(name: "production", arguments: ["wieg", "serve", "--hostname", hostname, "--port", String(port)])
        let cost = bcryptCost
        try await Runtime.withApp(
            db, environment: env,
            configure: {
                $0.bcryptCost = cost
                $0.backgroundJobs = true
            }
        ) { app in
            if demo {
                let accounts = try await DemoData.load(on: app.db, hash: { try app.password.hash($0) })
                print("Demo data loaded. Demo accounts (password for each: \(DemoData.password)):")
                for account in accounts {
                    print(
                        "  \(account.email.padding(toLength: 32, withPad: " ", startingAt: 0)) \(account.role.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(account.scope)"
                    )
                }
            }
            try await Self.checkPortIsFree(hostname: hostname, port: port)
            Maintenance.schedule(app)
            print(
                "Wieg is running on http://\(hostname == "0.0.0.0" ? "localhost" : hostname):\(port) (\(app.wiegDatabaseDescription)). Stop with Ctrl-C."
            )
            LogGate.open()
            try await app.execute()
        }
    }
}

extension Serve {
    /// Binds the port once and lets go, so "in use" is one clear sentence before start.
    static func checkPortIsFree(hostname: String, port: Int) async throws {
        do {
            // SO_REUSEADDR as the server itself uses: connections of a previous run in
            // TIME_WAIT do not count as "in use", a listening socket does.
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .bind(host: hostname, port: port).get()
            try await channel.close()
        } catch {
            let detail = String(describing: error)
            if detail.contains("in use") || detail.contains("errno: 98") {
                throw Failures.Message(
                    "Port \(port) is already in use on \(hostname): stop the other program or choose another port with --port.")
            }
            if detail.contains("errno: 13") || detail.contains("ermission") {
                throw Failures.Message("Wieg may not listen on port \(port): choose a port above 1024 with --port.")
            }
            throw Failures.Message("Cannot listen on \(hostname):\(port): \(detail).")
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring the database schema up to date (or --revert the last migration).",
        discussion: """
            --revert undoes one migration, the last applied, and says first what it drops. \
            Without --yes it only says so and changes nothing; run it again with --yes to revert. \
            Make a backup first (wieg backup).
            """)

    @OptionGroup var db: DatabaseOptions

    @Flag(help: "Revert the last applied migration (one, not all) instead.")
    var revert = false

    @Flag(help: "With --revert: really revert (without it, only show what would be dropped).")
    var yes = false

    func run() async throws {
        let revert = revert
        let yes = yes
        try await Runtime.withApp(db, migrate: false) { app in
            if revert {
                guard let last = try await WiegMigrations.lastApplied(on: app.db) else {
                    print("No migration is applied: nothing to revert.")
                    return
                }
                print("Reverting \(last.name) drops \(WiegMigrations.drops(last)).")
                guard yes else {
                    print("Nothing was changed. Make a backup (wieg backup), then run: wieg migrate --revert --yes")
                    throw ExitCode(2)
                }
                try await WiegMigrations.withMigrationLock(on: app.db) {
                    _ = try await WiegMigrations.revertLast(on: app.db)
                }
                print("Reverted \(last.name). 'wieg migrate' applies it again (empty).")
            } else {
                try await WiegMigrations.withMigrationLock(on: app.db) { try await app.autoMigrate() }
                print("The database is up to date.")
            }
        }
    }
}
