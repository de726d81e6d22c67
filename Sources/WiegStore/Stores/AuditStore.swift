import Fluent
import Foundation
import WiegCore

/// Which audit events to list.
public struct AuditFilter: Sendable, Equatable {
    public var entityType: String?
    public var entityID: String?
    /// Restrict to events of these coalitions (nil: all events).
    public var coalitionIDs: Set<UUID>?

    public init(entityType: String? = nil, entityID: String? = nil, coalitionIDs: Set<UUID>? = nil) {
        self.entityType = entityType
        self.entityID = entityID
        self.coalitionIDs = coalitionIDs
    }
}

public protocol AuditStore: Sendable {
    func list(_ filter: AuditFilter, page: PageQuery) async throws -> Paged<AuditEvent>
}

public struct FluentAuditStore: AuditStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func list(_ filter: AuditFilter, page: PageQuery) async throws -> Paged<AuditEvent> {
        let query = AuditEventRow.query(on: db)
        if let type = filter.entityType { query.filter(\.$entityType == type) }
        if let id = filter.entityID { query.filter(\.$entityID == id) }
        if let coalitions = filter.coalitionIDs { query.filter(\.$coalitionID ~~ Array(coalitions)) }
        let total = try await query.copy().count()
        let items = try await query.sort(\.$at, .descending).sort(\.$id)
            .range(page.offset..<(page.offset + page.size)).all()
        return Paged(items: items.map(\.event), number: page.number, size: page.size, total: total)
    }
}
