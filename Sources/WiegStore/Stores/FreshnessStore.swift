import Fluent
import Foundation
import SQLKit
import WiegCore

/// The reminders to check an organisation's entries: the one-click links, and the
/// "everything is still right" that marks the organisation and its services checked.
public protocol FreshnessStore: Sendable {
    /// Keeps a new link's hash; the link itself goes out by mail only.
    func issue(tokenHash: String, organisation: UUID, at date: Date, expires: Date) async throws
    /// Organisations that got a link since `date`.
    func reminded(since date: Date) async throws -> Set<UUID>
    /// The organisation a link is for, and whether it can still be used.
    func lookup(tokenHash: String, at date: Date) async throws -> CheckLink
    /// Uses the link: the organisation and all its services are checked today; once only.
    func use(tokenHash: String, at date: Date, by actor: AuditActor) async throws -> CheckLink
    /// Runs `body` only if no other instance runs it now (PostgreSQL: a transaction-level
    /// advisory lock; SQLite has one instance). False when another instance holds it.
    func alone(_ key: Int64, _ body: @escaping @Sendable () async throws -> Void) async throws -> Bool
}

public struct FluentFreshnessStore: FreshnessStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func issue(tokenHash: String, organisation: UUID, at date: Date, expires: Date) async throws {
        let row = CheckTokenRow()
        row.tokenHash = tokenHash
        row.organisationID = organisation
        row.createdAt = date
        row.expiresAt = expires
        try await row.create(on: db)
    }

    public func reminded(since date: Date) async throws -> Set<UUID> {
        Set(try await CheckTokenRow.query(on: db).filter(\.$createdAt >= date).all().map(\.organisationID))
    }

    public func lookup(tokenHash: String, at date: Date) async throws -> CheckLink {
        guard let row = try await CheckTokenRow.query(on: db).filter(\.$tokenHash == tokenHash).first() else { return .unknown }
        return Self.state(row, at: date)
    }

    static func state(_ row: CheckTokenRow, at date: Date) -> CheckLink {
        if let used = row.usedAt { return .used(row.organisationID, used) }
        if row.expiresAt < date { return .expired(row.organisationID) }
        return .valid(row.organisationID)
    }

    public func use(tokenHash: String, at date: Date, by actor: AuditActor) async throws -> CheckLink {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let row = try await CheckTokenRow.query(on: tx).filter(\.$tokenHash == tokenHash).first() else { return .unknown }
            let state = Self.state(row, at: date)
            guard case .valid(let organisationID) = state else { return state }
            row.usedAt = date
            try await row.save(on: tx)
            if let org = try await OrganisationRow.find(organisationID, on: tx) {
                let before = org.lastVerified
                org.lastVerified = date
                try await org.save(on: tx)
                let services = try await ServiceRow.query(on: tx).filter(\.$organisation.$id == organisationID).all()
                for service in services {
                    service.lastVerified = date
                    try await service.save(on: tx)
                }
                try await AuditLog.record(
                    .update, entityType: "organisation", entityID: organisationID.uuidString,
                    before: before.map { "laatst gecontroleerd \(NetworkDates.format($0))" },
                    after: "alles klopt nog (link uit de herinnering): organisatie en \(services.count) aanbod gecontroleerd", by: actor,
                    at: date, on: tx)
            }
            return .checked(organisationID)
        }
    }

    public func alone(_ key: Int64, _ body: @escaping @Sendable () async throws -> Void) async throws -> Bool {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else {
            try await body()
            return true
        }
        return try await db.transaction { tx in
            let got = try await (tx as! any SQLDatabase).raw("SELECT pg_try_advisory_xact_lock(\(bind: key)) AS got").first()?
                .decode(column: "got", as: Bool.self)
            guard got == true else { return false }
            try await body()
            return true
        }
    }
}
