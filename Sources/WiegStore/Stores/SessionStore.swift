import Fluent
import Foundation
import WiegCore

public protocol SessionStore: Sendable {
    func create(_ session: LoginSession) async throws
    /// The session with this token hash, with its user loaded.
    func find(tokenHash: String) async throws -> LoginSession?
    /// Records activity on the session.
    func touch(_ id: UUID, at date: Date) async throws
    func delete(_ id: UUID) async throws
    func list(userID: UUID) async throws -> [LoginSession]
    /// Ends every session of the user except `keeping`. Returns how many ended.
    @discardableResult func deleteAll(userID: UUID, except keeping: UUID?) async throws -> Int

    func recordLogin(email: String, ip: String, succeeded: Bool, at: Date) async throws
    func failedLogins(email: String, since: Date) async throws -> Int
    func failedLogins(ip: String, since: Date) async throws -> Int
    func failedLogins(email: String, ip: String, since: Date) async throws -> Int
    /// Forgets sessions that have ended and sign-in attempts (address, browser) older than
    /// the kept period; returns how many rows went.
    @discardableResult func purge(sessionsEndedBefore: Date, idleBefore: Date, attemptsBefore: Date) async throws -> Int
}

public struct FluentSessionStore: SessionStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func create(_ session: LoginSession) async throws { try await LoginSessionRow(session).create(on: db) }

    public func find(tokenHash: String) async throws -> LoginSession? {
        try await LoginSessionRow.query(on: db).filter(\.$tokenHash == tokenHash).with(\.$user).first()?.session
    }

    public func touch(_ id: UUID, at date: Date) async throws {
        try await LoginSessionRow.query(on: db).filter(\.$id == id).set(\.$lastSeenAt, to: date).update()
    }

    public func delete(_ id: UUID) async throws {
        try await LoginSessionRow.query(on: db).filter(\.$id == id).delete()
    }

    public func list(userID: UUID) async throws -> [LoginSession] {
        try await LoginSessionRow.query(on: db).filter(\.$user.$id == userID).sort(\.$lastSeenAt, .descending).all()
            .map(\.session)
    }

    @discardableResult
    public func deleteAll(userID: UUID, except keeping: UUID?) async throws -> Int {
        let query = LoginSessionRow.query(on: db).filter(\.$user.$id == userID)
        if let keeping { query.filter(\.$id != keeping) }
        let count = try await query.copy().count()
        try await query.delete()
        return count
    }

    public func recordLogin(email: String, ip: String, succeeded: Bool, at: Date) async throws {
        try await LoginAttemptRow(email: User.normalise(email: email), ip: ip, succeeded: succeeded, at: at).create(on: db)
    }

    public func failedLogins(email: String, since: Date) async throws -> Int {
        try await LoginAttemptRow.query(on: db).filter(\.$email == User.normalise(email: email))
            .filter(\.$succeeded == false).filter(\.$at >= since).count()
    }

    public func failedLogins(ip: String, since: Date) async throws -> Int {
        try await LoginAttemptRow.query(on: db).filter(\.$ip == ip)
            .filter(\.$succeeded == false).filter(\.$at >= since).count()
    }

    public func failedLogins(email: String, ip: String, since: Date) async throws -> Int {
        try await LoginAttemptRow.query(on: db).filter(\.$email == User.normalise(email: email)).filter(\.$ip == ip)
            .filter(\.$succeeded == false).filter(\.$at >= since).count()
    }

    public func purge(sessionsEndedBefore created: Date, idleBefore idle: Date, attemptsBefore attempts: Date) async throws -> Int {
        let ended = LoginSessionRow.query(on: db).group(.or) { $0.filter(\.$createdAt < created).filter(\.$lastSeenAt < idle) }
        let old = LoginAttemptRow.query(on: db).filter(\.$at < attempts)
        let count = try await ended.count() + old.count()
        try await ended.delete()
        try await old.delete()
        return count
    }
}
