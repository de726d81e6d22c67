import Fluent
import Foundation
import WiegCore

/// Area boundaries for the map.
public protocol BoundaryStore: Sendable {
    /// Writes these boundaries in one transaction, replacing any stored for the same area.
    /// Every code must be a known area (check with the area store first).
    func replace(
        _ boundaries: [GeoBoundary], source: String, synthetic: Bool, by actor: AuditActor,
        at date: Date
    ) async throws -> (created: Int, updated: Int)
    /// The stored boundaries of these areas; areas without one are absent.
    func boundaries(codes: [String]) async throws -> [String: GeoBoundary]
    /// Whether any of these areas' boundaries is synthetic (the map then says so).
    func anySynthetic(codes: [String]) async throws -> Bool
    func count() async throws -> Int
}

public struct FluentBoundaryStore: BoundaryStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func replace(
        _ boundaries: [GeoBoundary], source: String, synthetic: Bool, by actor: AuditActor,
        at date: Date
    ) async throws -> (created: Int, updated: Int) {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            var existing: Set<String> = []
            for chunk in boundaries.map(\.code).chunks(of: 500) {
                existing.formUnion(try await AreaBoundaryRow.query(on: tx).filter(\.$id ~~ Array(chunk)).all(\.$id))
                try await AreaBoundaryRow.query(on: tx).filter(\.$id ~~ Array(chunk)).delete()
            }
            for chunk in boundaries.chunks(of: 200) {
                try await chunk.map { b in
                    let model = AreaBoundaryRow()
                    model.id = b.code
                    model.polygons = AreaBoundaryRow.encode(b)
                    model.pointCount = b.pointCount
                    model.sourceFile = source
                    model.synthetic = synthetic
                    model.importedAt = date
                    return model
                }.create(on: tx)
            }
            struct Summary: Encodable {
                var source: String
                var areas: Int
                var points: Int
                var synthetic: Bool
            }
            try await AuditLog.record(
                .create, entityType: "boundary_import", entityID: UUID().uuidString, before: nil,
                after: Summary(
                    source: source, areas: boundaries.count,
                    points: boundaries.reduce(0) { $0 + $1.pointCount }, synthetic: synthetic),
                by: actor, at: date, on: tx)
            return (boundaries.count - existing.count, existing.count)
        }
    }

    public func boundaries(codes: [String]) async throws -> [String: GeoBoundary] {
        var result: [String: GeoBoundary] = [:]
        for chunk in codes.chunks(of: 500) {
            for model in try await AreaBoundaryRow.query(on: db).filter(\.$id ~~ Array(chunk)).all() {
                if let boundary = model.boundary { result[boundary.code] = boundary }
            }
        }
        return result
    }

    public func anySynthetic(codes: [String]) async throws -> Bool {
        for chunk in codes.chunks(of: 500) {
            if try await AreaBoundaryRow.query(on: db).filter(\.$id ~~ Array(chunk)).filter(\.$synthetic == true).first() != nil {
                return true
            }
        }
        return false
    }

    public func count() async throws -> Int { try await AreaBoundaryRow.query(on: db).count() }
}
