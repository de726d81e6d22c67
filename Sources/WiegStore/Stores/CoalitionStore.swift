import Fluent
import Foundation

public protocol CoalitionStore: Sendable {
    func find(_ id: UUID) async throws -> CoalitionRow?
    func find(slug: String) async throws -> CoalitionRow?
    /// All coalitions, or those overseen by one of `regions` when given.
    func list(inRegions regions: Set<String>?) async throws -> [CoalitionRow]
    func organisations() async throws -> [OrganisationRow]
    func organisation(_ id: UUID) async throws -> OrganisationRow?
    func organisation(slug: String) async throws -> OrganisationRow?
}

public struct FluentCoalitionStore: CoalitionStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func find(_ id: UUID) async throws -> CoalitionRow? { try await CoalitionRow.find(id, on: db) }

    public func find(slug: String) async throws -> CoalitionRow? {
        try await CoalitionRow.query(on: db).filter(\.$slug == slug).first()
    }

    public func list(inRegions regions: Set<String>?) async throws -> [CoalitionRow] {
        let query = CoalitionRow.query(on: db)
        if let regions { query.filter(\.$regionCode ~~ Array(regions)) }
        return try await query.sort(\.$name).all()
    }

    public func organisations() async throws -> [OrganisationRow] {
        try await OrganisationRow.query(on: db).sort(\.$name).all()
    }

    public func organisation(_ id: UUID) async throws -> OrganisationRow? { try await OrganisationRow.find(id, on: db) }

    public func organisation(slug: String) async throws -> OrganisationRow? {
        try await OrganisationRow.query(on: db).filter(\.$slug == slug).first()
    }
}
