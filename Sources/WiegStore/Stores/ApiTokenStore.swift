import Fluent
import Foundation
import WiegCore

public protocol ApiTokenStore: Sendable {
    /// Makes a token for the user; returns it and the token text (shown once).
    func create(name: String, userID: UUID, at date: Date, by actor: AuditActor) async throws -> (ApiToken, String)
    func list(userID: UUID) async throws -> [ApiToken]
    /// The unrevoked token with this text, with its user loaded.
    func find(token: String) async throws -> ApiToken?
    func revoke(_ id: UUID, userID: UUID, at date: Date, by actor: AuditActor) async throws -> Bool
    /// Records a use of the token.
    func touch(_ id: UUID, at date: Date) async throws
}

public struct FluentApiTokenStore: ApiTokenStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func create(name: String, userID: UUID, at date: Date, by actor: AuditActor) async throws -> (ApiToken, String) {
        let text = ApiToken.prefix + Tokens.random()
        let token = ApiTokenRow(userID: userID, name: name, tokenHash: Tokens.sha256(text), createdAt: date)
        try await db.transaction { tx in
            try await token.create(on: tx)
            try await AuditLog.record(
                .create, entityType: "api_token", entityID: token.id!.uuidString,
                before: nil, after: token.snapshot, by: actor, on: tx)
        }
        return (token.token, text)
    }

    public func list(userID: UUID) async throws -> [ApiToken] {
        try await ApiTokenRow.query(on: db).filter(\.$user.$id == userID).sort(\.$createdAt, .descending).all().map(\.token)
    }

    public func find(token: String) async throws -> ApiToken? {
        guard token.hasPrefix(ApiToken.prefix) else { return nil }
        return try await ApiTokenRow.query(on: db).filter(\.$tokenHash == Tokens.sha256(token))
            .filter(\.$revokedAt == nil).with(\.$user).first()?.token
    }

    public func revoke(_ id: UUID, userID: UUID, at date: Date, by actor: AuditActor) async throws -> Bool {
        try await db.transaction { tx in
            guard let token = try await ApiTokenRow.query(on: tx).filter(\.$id == id).filter(\.$user.$id == userID).first(),
                !token.isRevoked
            else { return false }
            let before = token.snapshot
            token.revokedAt = date
            try await token.save(on: tx)
            try await AuditLog.record(
                .update, entityType: "api_token", entityID: id.uuidString,
                before: before, after: token.snapshot, by: actor, on: tx)
            return true
        }
    }

    public func touch(_ id: UUID, at date: Date) async throws {
        try await ApiTokenRow.query(on: db).filter(\.$id == id).set(\.$lastUsedAt, to: date).update()
    }
}
