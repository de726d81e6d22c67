import ArgumentParser
import Fluent
import Foundation
import SQLKit
import WiegStore

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a consistent copy of the SQLite database to a file, while Wieg keeps running.",
        discussion: """
            For SQLite this uses VACUUM INTO: a consistent online copy. For PostgreSQL, use its own tools:
              pg_dump --format=custom --file=wieg.dump "postgres://user:pass@host:5432/wieg"
            and restore with pg_restore --clean --dbname=... wieg.dump.
            """)

    @OptionGroup var db: DatabaseOptions
    @Argument(help: "The file to write; it must not exist yet.") var file: String

    func run() async throws {
        let file = file
        guard case .sqlite = try? DatabaseLocation.parse(db.url) else {
            Runtime.fail(
                "For PostgreSQL, back up with pg_dump --format=custom --file=wieg.dump \"<database URL>\" (see wieg backup --help).")
        }
        guard !FileManager.default.fileExists(atPath: file) else {
            Runtime.fail("The file \(file) already exists: choose a new name, so no backup is overwritten.")
        }
        try await Runtime.withApp(db) { app in
            try await (app.db as! any SQLDatabase).raw("VACUUM INTO \(bind: file)").run()
            print("Backup written to \(file).")
        }
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replace the SQLite database with a backup made by `wieg backup`. Stop the server first.",
        discussion: "For PostgreSQL, use pg_restore --clean --dbname=\"<database URL>\" wieg.dump.")

    @OptionGroup var db: DatabaseOptions
    @Argument(help: "The backup file.") var file: String
    @Flag(help: "Confirm that the current database may be replaced.") var yes = false

    func run() async throws {
        guard case .sqlite(let target) = try DatabaseLocation.parse(db.url) else {
            Runtime.fail("For PostgreSQL, restore with pg_restore --clean --dbname=\"<database URL>\" wieg.dump.")
        }
        let fm = FileManager.default
        guard let header = fm.contents(atPath: file)?.prefix(16), header == Data("SQLite format 3\0".utf8) else {
            Runtime.fail("The file \(file) is not an SQLite backup.")
        }
        if let pid = Self.processUsing(target) {
            Runtime.fail(
                "\(target) is in use by process \(pid) (a running Wieg server?). Stop it first, then restore: a server keeps writing to the old file."
            )
        }
        guard yes else {
            Runtime.fail("This replaces \(target) with \(file). Stop Wieg first, then run again with --yes to confirm.")
        }
        // Check the backup is a Wieg database before touching anything.
        let backupOptions = try DatabaseOptions.parse(["--database", "sqlite://" + (file.hasPrefix("/") ? file : "./" + file)])
        let migrations = try await Runtime.withApp(backupOptions, migrate: false) { app in
            try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM _fluent_migrations").first(
                decodingColumn: "n", as: Int.self) ?? 0
        }
        guard migrations > 0 else { Runtime.fail("The file \(file) is not a Wieg database.") }
        let staging = target + ".restoring"
        try? fm.removeItem(atPath: staging)
        do {
            try fm.copyItem(atPath: file, toPath: staging)
        } catch {
            Runtime.fail("Could not copy \(file) next to \(target): check that the folder is writable.")
        }
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: target + suffix) }
        // rename(2) replaces the file in one step: no moment without a database.
        guard rename(staging, target) == 0 else {
            try? fm.removeItem(atPath: staging)
            Runtime.fail("Could not replace \(target): \(String(cString: strerror(errno))).")
        }
        print("Restored \(target) from \(file).")
    }

    /// Another process that has the database (or its WAL) open, found through /proc on
    /// Linux; nil when none is, or when /proc cannot tell.
    static func processUsing(_ path: String) -> Int32? {
        let fm = FileManager.default
        let wanted = Set(["", "-wal", "-shm"].map { URL(fileURLWithPath: path + $0).standardizedFileURL.resolvingSymlinksInPath().path })
        let me = ProcessInfo.processInfo.processIdentifier
        guard let pids = try? fm.contentsOfDirectory(atPath: "/proc") else { return nil }
        for name in pids {
            guard let pid = Int32(name), pid != me, let fds = try? fm.contentsOfDirectory(atPath: "/proc/\(name)/fd") else { continue }
            for fd in fds {
                if let target = try? fm.destinationOfSymbolicLink(atPath: "/proc/\(name)/fd/\(fd)"), wanted.contains(target) { return pid }
            }
        }
        return nil
    }
}
