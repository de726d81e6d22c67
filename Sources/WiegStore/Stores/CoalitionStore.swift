import Fluent
import Foundation
import WiegCore

public protocol CoalitionStore: Sendable {
    func find(_ id: UUID) async throws -> Coalition?
    func find(slug: String) async throws -> Coalition?
    /// All coalitions, or those overseen by one of `regions` when given.
    func list(inRegions regions: Set<String>?) async throws -> [Coalition]
    func organisations() async throws -> [OrganisationSummary]
    func organisation(_ id: UUID) async throws -> OrganisationSummary?
    func organisation(slug: String) async throws -> OrganisationSummary?
}

public struct FluentCoalitionStore: CoalitionStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func find(_ id: UUID) async throws -> Coalition? { try await CoalitionRow.find(id, on: db)?.coalition }

    public func find(slug: String) async throws -> Coalition? {
        try await CoalitionRow.query(on: db).filter(\.$slug == slug).first()?.coalition
    }

    public func list(inRegions regions: Set<String>?) async throws -> [Coalition] {
        let query = CoalitionRow.query(on: db)
        if let regions { query.filter(\.$regionCode ~~ Array(regions)) }
        return try await query.sort(\.$name).all().map(\.coalition)
    }

    public func organisations() async throws -> [OrganisationSummary] {
        try await OrganisationRow.query(on: db).field(\.$id).field(\.$slug).field(\.$name).sort(\.$name).all().map(\.summary)
    }

    public func organisation(_ id: UUID) async throws -> OrganisationSummary? {
        try await OrganisationRow.find(id, on: db)?.summary
    }

    public func organisation(slug: String) async throws -> OrganisationSummary? {
        try await OrganisationRow.query(on: db).filter(\.$slug == slug).first()?.summary
    }
}
