import Fluent
import Foundation
import SQLKit
import WiegCore

extension FluentNetworkStore {
    public func importNetwork(
        organisations: [OrganisationRecord], services: [ServiceRecord], zorgpaden: [ZorgpadRecord],
        source: String, by actor: AuditActor, at date: Date
    ) async throws -> NetworkImportResult {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            var result = NetworkImportResult()
            // Organisations: update the known, insert the new in batches with unique slugs.
            let existingOrgs = Dictionary(uniqueKeysWithValues: try await OrganisationRow.query(on: tx).all().map { ($0.id!, $0) })
            var slugs = Set(existingOrgs.values.map(\.slug))
            var newOrgs: [OrganisationRow] = []
            for record in organisations {
                if let model = existingOrgs[record.id] {
                    model.apply(record)
                    try await model.save(on: tx)
                    result.updated += 1
                } else {
                    let model = OrganisationRow(id: record.id, slug: Self.uniqueSlug(record.name, taken: &slugs), name: record.name)
                    model.apply(record)
                    newOrgs.append(model)
                }
            }
            for chunk in newOrgs.chunks(of: 500) { try await chunk.create(on: tx) }
            result.created += newOrgs.count
            result.add(try await Self.upsert(services, on: tx, make: ServiceRow.init, update: { $0.apply($1) }))
            result.add(try await Self.upsert(zorgpaden, on: tx, make: ZorgpadRow.init, update: { $0.apply($1) }))
            struct Summary: Encodable {
                var source: String
                var organisations: Int
                var services: Int
                var zorgpaden: Int
                var created: Int
                var updated: Int
            }
            try await AuditLog.record(
                .create, entityType: "network_import", entityID: UUID().uuidString, before: nil,
                after: Summary(
                    source: source, organisations: organisations.count, services: services.count,
                    zorgpaden: zorgpaden.count, created: result.created, updated: result.updated),
                by: actor, at: date, on: tx)
            return result
        }
    }

    /// Inserts records whose id is new (in batches), updates the others row by row.
    static func upsert<R: Identifiable<UUID>, M: Model>(
        _ records: [R], on db: any Database, make: (R) -> M,
        update: (M, R) -> Void
    ) async throws -> NetworkImportResult
    where M.IDValue == UUID {
        var result = NetworkImportResult()
        guard !records.isEmpty else { return result }
        var existing: [UUID: M] = [:]
        for chunk in records.map(\.id).chunks(of: 500) {
            for model in try await M.query(on: db).filter(\._$id ~~ chunk).all() { existing[model.id!] = model }
        }
        var fresh: [M] = []
        for record in records {
            if let model = existing[record.id] {
                update(model, record)
                try await model.save(on: db)
                result.updated += 1
            } else {
                fresh.append(make(record))
            }
        }
        // SQLite allows 32766 parameters a statement: 25 columns × 500 rows stays well under.
        for chunk in fresh.chunks(of: 500) { try await chunk.create(on: db) }
        result.created += fresh.count
        return result
    }

    static func uniqueSlug(_ name: String, taken: inout Set<String>) -> String {
        let base = Slug.make(name).isEmpty ? "organisatie" : Slug.make(name)
        var slug = base
        var n = 1
        while taken.contains(slug) {
            n += 1
            slug = "\(base)-\(n)"
        }
        taken.insert(slug)
        return slug
    }

    public func revision() async throws -> NetworkRevision {
        struct Row: Decodable {
            var n: Int
            var last: Date?
        }
        let sql = db as! any SQLDatabase
        func read(_ table: String) async throws -> Row {
            try await sql.raw("SELECT COUNT(*) AS n, MAX(updated_at) AS last FROM \(ident: table)").first(decoding: Row.self)
                ?? Row(n: 0, last: nil)
        }
        let o = try await read(OrganisationRow.schema)
        let s = try await read(ServiceRow.schema)
        let z = try await read(ZorgpadRow.schema)
        let t = try await read(NeedTermRow.schema)
        return NetworkRevision(
            organisations: o.n, services: s.n, zorgpaden: z.n,
            lastChange: [o.last, s.last, z.last, t.last].compactMap { $0 }.max())
    }
}

extension NetworkImportResult {
    mutating func add(_ other: NetworkImportResult) {
        created += other.created
        updated += other.updated
    }
}
