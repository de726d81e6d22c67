import Fluent
import Foundation
import SQLKit

/// Running and undoing migrations safely: one instance migrates at a time (a lock), and a revert undoes one migration, after saying what it drops.
extension WiegMigrations {
    /// The advisory lock key every Wieg instance takes before it migrates ("Wieg").
    public static let lockKey: Int64 = 0x5769_6567

    /// Runs `body` (the migrations) while holding the migration lock: on PostgreSQL a
    /// session advisory lock, on SQLite a file lock beside the database, so two instances
    /// started together migrate one after the other and both come up.
    public static func withMigrationLock(on db: any Database, _ body: @escaping @Sendable () async throws -> Void) async throws {
        guard let sql = db as? any SQLDatabase else { return try await body() }
        if sql.dialect.name == "sqlite" { return try await withFileLock(sql, body) }
        try await sql.withSession { session in
            try await session.raw("SELECT pg_advisory_lock(\(unsafeRaw: String(lockKey)))").run()
            do {
                try await body()
            } catch {
                try? await session.raw("SELECT pg_advisory_unlock(\(unsafeRaw: String(lockKey)))").run()
                throw error
            }
            try await session.raw("SELECT pg_advisory_unlock(\(unsafeRaw: String(lockKey)))").run()
        }
    }

    /// SQLite: an exclusive `flock` on `<database file>.migrate-lock`, which two processes
    /// opening the same file both respect (an in-memory database needs none).
    static func withFileLock(_ sql: any SQLDatabase, _ body: @escaping @Sendable () async throws -> Void) async throws {
        struct Entry: Decodable {
            var name: String
            var file: String
        }
        let file = try await sql.raw("PRAGMA database_list").all(decoding: Entry.self).first { $0.name == "main" }?.file ?? ""
        guard !file.isEmpty else { return try await body() }
        let fd = open(file + ".migrate-lock", O_CREAT | O_RDWR, 0o600)
        guard fd >= 0 else { return try await body() }
        defer { close(fd) }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 { try await Task.sleep(for: .milliseconds(20)) }
        defer { flock(fd, LOCK_UN) }
        try await body()
    }

    /// What reverting each migration removes, in words an operator can weigh.
    public static func drops(_ migration: any Migration) -> String {
        switch String(describing: type(of: migration)) {
        case "CreateArea": "the tables areas and region_members (every area and region membership)"
        case "CreateOrganisation": "the table organisations (every organisation)"
        case "CreateCoalition": "the table coalitions (every coalition)"
        case "CreateUser": "the table users (every account)"
        case "CreateSession": "the tables sessions and login_attempts (everyone is signed out)"
        case "CreateAuditEvent": "the table audit_events (the whole change history)"
        case "CreateApiToken": "the table api_tokens (every API token)"
        case "CreateIndicator": "the table indicators (the indicator catalogue)"
        case "CreateIndicatorValue": "the table indicator_values (every imported figure)"
        case "UpdateOrganisationAddNetwork":
            "the social-map columns of organisations (type, domain, description, website, phone, e-mail, addresses, working area, last verified, demo)"
        case "CreateService": "the table services (the whole aanbod)"
        case "CreateZorgpad": "the table zorgpaden (every care path)"
        case "CreateNeedTerm": "the table need_terms (the needs' search terms)"
        case "UpdateNeedTermAddWords": "the column words of need_terms (the parents' words a beheerder edited)"
        case "UpdateServiceAddParentName": "the column parent_name of services (the name in parents' words)"
        case "CreateSetting": "the table settings (the websites that may embed the parents' finder)"
        case "CreateReferral": "the table referrals (hulpkaart codes and their confirmations)"
        case "CreateErrorReport": "the table error_reports (what visitors reported as wrong on the social map)"
        case "UpdateOrganisationAddCheckEmail": "the column check_email of organisations (where reminders and reports go)"
        case "CreateCheckToken": "the table check_tokens (the reminders' one-click links, hashed)"
        case "UpdateCoalitionAddDetails": "the details column of coalitions (partners, project leader, start date, involvement)"
        case "CreateActivity": "the table activities (every coalition activity)"
        case "CreateCoalitionItem": "the table coalition_items (plans, goals, budgets, risks, workgroups, agreements, 10 points)"
        case "CreateAreaBoundary": "the table area_boundaries (the map boundaries)"
        case "CreateReachCount": "the table reach_counts (every registered reach)"
        case "CreateStory": "the table stories (every story)"
        default: "what \(migration.name) created"
        }
    }

    /// The last applied migration (in Wieg's order), or nil when none is applied.
    public static func lastApplied(on db: any Database) async throws -> (any Migration)? {
        guard let sql = db as? any SQLDatabase else { return nil }
        struct Row: Decodable { var name: String }
        // No bookkeeping table yet: nothing is applied.
        let tables = (try? await sql.raw("SELECT name FROM _fluent_migrations").all(decoding: Row.self)) ?? []
        let applied = Set(tables.map(\.name))
        return all.last { applied.contains($0.name) }
    }

    /// Reverts exactly one migration (the last applied) and forgets it, in one step.
    public static func revertLast(on db: any Database) async throws -> (any Migration)? {
        guard let migration = try await lastApplied(on: db), let sql = db as? any SQLDatabase else { return nil }
        try await migration.revert(on: db).get()
        try await sql.delete(from: "_fluent_migrations").where("name", .equal, migration.name).run()
        return migration
    }
}
