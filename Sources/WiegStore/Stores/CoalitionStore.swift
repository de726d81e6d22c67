import Fluent
import Foundation

public protocol CoalitionStore: Sendable {
    func find(_ id: UUID) async throws -> Coalition?
    func find(slug: String) async throws -> Coalition?
    /// All coalitions, or those overseen by one of `regions` when given.
    func list(inRegions regions: Set<String>?) async throws -> [Coalition]
    func organisations() async throws -> [Organisation]
    func organisation(_ id: UUID) async throws -> Organisation?
    func organisation(slug: String) async throws -> Organisation?
}

public struct FluentCoalitionStore: CoalitionStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func find(_ id: UUID) async throws -> Coalition? { try await Coalition.find(id, on: db) }

    public func find(slug: String) async throws -> Coalition? {
        try await Coalition.query(on: db).filter(\.$slug == slug).first()
    }

    public func list(inRegions regions: Set<String>?) async throws -> [Coalition] {
        let query = Coalition.query(on: db)
        if let regions { query.filter(\.$regionCode ~~ Array(regions)) }
        return try await query.sort(\.$name).all()
    }

    public func organisations() async throws -> [Organisation] {
        try await Organisation.query(on: db).sort(\.$name).all()
    }

    public func organisation(_ id: UUID) async throws -> Organisation? { try await Organisation.find(id, on: db) }

    public func organisation(slug: String) async throws -> Organisation? {
        try await Organisation.query(on: db).filter(\.$slug == slug).first()
    }
}
