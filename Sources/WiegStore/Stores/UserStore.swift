import Fluent
import Foundation
import WiegCore

/// Which accounts to list.
public struct UserFilter: Sendable, Equatable {
    public var role: Role?
    /// Part of the e-mail address or name.
    public var text: String?
    /// Restrict to these regions / coalitions (nil: no restriction). An account matches
    /// when its own region, its coalition or its coalition's region is in the sets.
    public var regionCodes: Set<String>?
    public var coalitionIDs: Set<UUID>?

    public init(role: Role? = nil, text: String? = nil, regionCodes: Set<String>? = nil, coalitionIDs: Set<UUID>? = nil) {
        self.role = role
        self.text = text
        self.regionCodes = regionCodes
        self.coalitionIDs = coalitionIDs
    }
}

public protocol UserStore: Sendable {
    func find(_ id: UUID) async throws -> User?
    func find(email: String) async throws -> User?
    func find(inviteTokenHash: String) async throws -> User?
    func list(_ filter: UserFilter, page: PageQuery) async throws -> Paged<User>
    func scopeFacts(of user: User) async throws -> ScopeFacts
    func create(_ user: User, by actor: AuditActor) async throws
    /// Saves changes made to `user`, recording `before` (its snapshot before the change).
    func update(_ user: User, before: User.Snapshot, by actor: AuditActor) async throws
    /// Saves `user` and, in the same transaction, ends all its sessions and (with
    /// `revokingTokens`) revokes its API tokens: for a new password, a reset or a disable.
    func updateEndingAccess(_ user: User, before: User.Snapshot, by actor: AuditActor, revokingTokensAt: Date?) async throws
    /// Notes a successful sign-in (not audited: it changes nothing the account can do).
    func recordSignIn(_ id: UUID, at date: Date) async throws
}

public struct FluentUserStore: UserStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func find(_ id: UUID) async throws -> User? { try await UserRow.find(id, on: db)?.user }

    public func find(email: String) async throws -> User? {
        try await UserRow.query(on: db).filter(\.$email == User.normalise(email: email)).first()?.user
    }

    public func find(inviteTokenHash: String) async throws -> User? {
        try await UserRow.query(on: db).filter(\.$inviteTokenHash == inviteTokenHash).first()?.user
    }

    public func list(_ filter: UserFilter, page: PageQuery) async throws -> Paged<User> {
        let query = UserRow.query(on: db)
        if let role = filter.role { query.filter(\.$roleRaw == role.rawValue) }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query.group(.or) { $0.filter(\.$email ~~ text.lowercased()).filter(\.$name ~~ text) }
        }
        if filter.regionCodes != nil || filter.coalitionIDs != nil {
            var coalitions = filter.coalitionIDs ?? []
            if let regions = filter.regionCodes, !regions.isEmpty {
                let inRegion = try await CoalitionRow.query(on: db).filter(\.$regionCode ~~ Array(regions)).all(\.$id)
                coalitions.formUnion(inRegion)
            }
            let regions = Array(filter.regionCodes ?? [])
            let coalitionList = Array(coalitions)
            query.group(.or) { group in
                group.filter(\.$regionCode ~~ regions).filter(\.$coalitionID ~~ coalitionList)
            }
        }
        let total = try await query.copy().count()
        let items = try await query.sort(\.$email).range(page.offset..<(page.offset + page.size)).all()
        return Paged(items: items.map(\.user), number: page.number, size: page.size, total: total)
    }

    public func scopeFacts(of user: User) async throws -> ScopeFacts {
        var coalitionRegion: String?
        var isMember = true
        if let coalitionID = user.coalitionID {
            let coalition = try await CoalitionRow.find(coalitionID, on: db)
            coalitionRegion = coalition?.regionCode
            // Only a partner's access hangs on its organisation's membership.
            if user.role == .partner, let organisationID = user.organisationID {
                isMember = coalition?.record.members.contains { $0.organisationID == organisationID } ?? false
            }
        }
        return ScopeFacts(
            role: user.role, regionCode: user.regionCode ?? coalitionRegion,
            coalitionID: user.coalitionID, coalitionRegionCode: coalitionRegion, organisationIsMember: isMember)
    }

    public func create(_ user: User, by actor: AuditActor) async throws {
        try await db.transaction { tx in
            try await UserRow(user).create(on: tx)
            try await AuditLog.record(
                .create, entityType: "user", entityID: user.id.uuidString,
                coalitionID: user.coalitionID, before: nil as User.Snapshot?,
                after: user.snapshot, by: actor, on: tx)
        }
    }

    public func update(_ user: User, before: User.Snapshot, by actor: AuditActor) async throws {
        try await db.transaction { tx in
            guard let row = try await UserRow.find(user.id, on: tx) else { throw StoreError.notFound }
            row.set(user)
            try await row.save(on: tx)
            guard before != user.snapshot else { return }
            try await AuditLog.record(
                .update, entityType: "user", entityID: user.id.uuidString,
                coalitionID: user.coalitionID ?? before.coalitionID, before: before,
                after: user.snapshot, by: actor, on: tx)
        }
    }

    public func updateEndingAccess(_ user: User, before: User.Snapshot, by actor: AuditActor, revokingTokensAt date: Date?) async throws {
        try await db.transaction { tx in
            try await FluentUserStore(db: tx).update(user, before: before, by: actor)
            try await FluentSessionStore(db: tx).deleteAll(userID: user.id, except: nil)
            guard let date else { return }
            let tokens = try await ApiTokenRow.query(on: tx).filter(\.$user.$id == user.id).filter(\.$revokedAt == nil).all()
            for token in tokens {
                let before = token.snapshot
                token.revokedAt = date
                try await token.save(on: tx)
                try await AuditLog.record(
                    .update, entityType: "api_token", entityID: token.id!.uuidString,
                    before: before, after: token.snapshot, by: actor, on: tx)
            }
        }
    }

    public func recordSignIn(_ id: UUID, at date: Date) async throws {
        try await UserRow.query(on: db).filter(\.$id == id).set(\.$lastLoginAt, to: date).update()
    }
}
