import Fluent
import Foundation
import WiegCore

/// What changed last in the network: the search index rebuilds when this differs.
public struct NetworkRevision: Sendable, Equatable {
    public var organisations: Int
    public var services: Int
    public var zorgpaden: Int
    public var lastChange: Date?
}

/// How many rows an import wrote.
public struct NetworkImportResult: Sendable, Equatable {
    public var created = 0
    public var updated = 0

    public init(created: Int = 0, updated: Int = 0) {
        self.created = created
        self.updated = updated
    }
}

/// The social map: organisations, their services and the care paths.
public protocol NetworkStore: Sendable {
    func organisations() async throws -> [OrganisationRecord]
    func organisation(_ id: UUID) async throws -> OrganisationRecord?
    func services() async throws -> [ServiceRecord]
    func services(organisation: UUID) async throws -> [ServiceRecord]
    func service(_ id: UUID) async throws -> ServiceRecord?
    /// Care paths, optionally of some areas and one need, ordered by area then title.
    func zorgpaden(areaCodes: [String]?, needCode: String?) async throws -> [ZorgpadRecord]
    func zorgpad(_ id: UUID) async throws -> ZorgpadRecord?
    /// Creates or updates by id, with an audit record of before and after.
    func save(_ organisation: OrganisationRecord, by actor: AuditActor, at date: Date) async throws
    func save(_ service: ServiceRecord, by actor: AuditActor, at date: Date) async throws
    func save(_ zorgpad: ZorgpadRecord, by actor: AuditActor, at date: Date) async throws
    func deleteService(_ id: UUID, by actor: AuditActor, at date: Date) async throws
    func deleteZorgpad(_ id: UUID, by actor: AuditActor, at date: Date) async throws
    /// Writes organisations, then services, in one transaction (insert or update by id),
    /// with one audit record for the whole import.
    func importNetwork(
        organisations: [OrganisationRecord], services: [ServiceRecord], zorgpaden: [ZorgpadRecord],
        source: String, by actor: AuditActor, at date: Date
    ) async throws -> NetworkImportResult
    func revision() async throws -> NetworkRevision
    /// The needs taxonomy as edited, in display order.
    func taxonomy() async throws -> NeedTaxonomy
    /// Creates or updates a need (by code), audited.
    func save(_ term: NeedTerm, by actor: AuditActor, at date: Date) async throws
}

public struct FluentNetworkStore: NetworkStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func organisations() async throws -> [OrganisationRecord] {
        try await OrganisationRow.query(on: db).sort(\.$name).all().map(\.record)
    }

    public func organisation(_ id: UUID) async throws -> OrganisationRecord? {
        try await OrganisationRow.find(id, on: db)?.record
    }

    public func services() async throws -> [ServiceRecord] {
        try await ServiceRow.query(on: db).sort(\.$name).all().map(\.record)
    }

    public func services(organisation: UUID) async throws -> [ServiceRecord] {
        try await ServiceRow.query(on: db).filter(\.$organisation.$id == organisation).sort(\.$name).all().map(\.record)
    }

    public func service(_ id: UUID) async throws -> ServiceRecord? { try await ServiceRow.find(id, on: db)?.record }

    public func zorgpaden(areaCodes: [String]?, needCode: String?) async throws -> [ZorgpadRecord] {
        let query = ZorgpadRow.query(on: db)
        if let areaCodes { query.filter(\.$areaCode ~~ areaCodes) }
        if let needCode { query.filter(\.$needCode == needCode) }
        return try await query.sort(\.$areaCode).sort(\.$title).all().map(\.record)
    }

    public func zorgpad(_ id: UUID) async throws -> ZorgpadRecord? { try await ZorgpadRow.find(id, on: db)?.record }

    public func save(_ record: OrganisationRecord, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let found = try await OrganisationRow.find(record.id, on: tx)
            let before = found?.record.auditable
            let model: OrganisationRow
            if let found {
                model = found
            } else {
                model = OrganisationRow(id: record.id, slug: try await Self.freeSlug(for: record.name, on: tx), name: record.name)
            }
            model.apply(record)
            try await model.save(on: tx)
            try await AuditLog.record(
                before == nil ? .create : .update, entityType: "organisation",
                entityID: record.id.uuidString, before: before, after: model.record.auditable,
                by: actor, at: date, on: tx)
        }
    }

    public func save(_ record: ServiceRecord, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let found = try await ServiceRow.find(record.id, on: tx)
            let before = found?.record.auditable
            let model = found ?? ServiceRow(record)
            model.apply(record)
            try await model.save(on: tx)
            try await AuditLog.record(
                before == nil ? .create : .update, entityType: "service",
                entityID: record.id.uuidString, before: before, after: record.auditable,
                by: actor, at: date, on: tx)
        }
    }

    public func save(_ record: ZorgpadRecord, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let found = try await ZorgpadRow.find(record.id, on: tx)
            let before = found?.record
            let model = found ?? ZorgpadRow(record)
            model.apply(record)
            try await model.save(on: tx)
            try await AuditLog.record(
                before == nil ? .create : .update, entityType: "zorgpad",
                entityID: record.id.uuidString, before: before, after: record,
                by: actor, at: date, on: tx)
        }
    }

    public func deleteService(_ id: UUID, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let model = try await ServiceRow.find(id, on: tx) else { return }
            let before = model.record.auditable
            try await model.delete(on: tx)
            try await AuditLog.record(
                .delete, entityType: "service", entityID: id.uuidString, before: before,
                after: nil, by: actor, at: date, on: tx)
        }
    }

    public func deleteZorgpad(_ id: UUID, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let model = try await ZorgpadRow.find(id, on: tx) else { return }
            let before = model.record
            try await model.delete(on: tx)
            try await AuditLog.record(
                .delete, entityType: "zorgpad", entityID: id.uuidString, before: before,
                after: nil, by: actor, at: date, on: tx)
        }
    }

    public func taxonomy() async throws -> NeedTaxonomy {
        NeedTaxonomy(terms: try await NeedTermRow.query(on: db).sort(\.$position).sort(\.$id).all().map(\.term))
    }

    public func save(_ term: NeedTerm, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let found = try await NeedTermRow.find(term.code, on: tx)
            let before = found?.term
            let model: NeedTermRow
            if let found {
                model = found
            } else {
                model = NeedTermRow(term, position: (try await NeedTermRow.query(on: tx).max(\.$position) ?? -1) + 1)
            }
            model.apply(term)
            try await model.save(on: tx)
            try await AuditLog.record(
                before == nil ? .create : .update, entityType: "need_term", entityID: term.code,
                before: before, after: term, by: actor, at: date, on: tx)
        }
    }

    /// The name's slug, with -2, -3, … when it is taken.
    static func freeSlug(for name: String, on db: any Database) async throws -> String {
        let base = Slug.make(name).isEmpty ? "organisatie" : Slug.make(name)
        var slug = base
        var n = 1
        while try await OrganisationRow.query(on: db).filter(\.$slug == slug).count() > 0 {
            n += 1
            slug = "\(base)-\(n)"
        }
        return slug
    }
}

extension OrganisationRecord {
    /// The audit snapshot: without the volatile timestamp.
    var auditable: OrganisationRecord {
        var r = self
        r.updatedAt = nil
        return r
    }
}

extension ServiceRecord {
    var auditable: ServiceRecord {
        var r = self
        r.updatedAt = nil
        return r
    }
}
