import Fluent
import Foundation
import WiegCore

public protocol AreaStore: Sendable {
    func find(_ code: String) async throws -> Area?
    func find(codes: [String]) async throws -> [Area]
    func list(kind: AreaKind?) async throws -> [Area]
    func children(of code: String) async throws -> [Area]
    /// Municipality codes of a region.
    func members(ofRegion code: String) async throws -> [String]
    /// Regions a municipality belongs to.
    func regions(ofMunicipality code: String) async throws -> [Area]
    /// Every code already stored, with its kind (for import validation).
    func kindsByCode() async throws -> [String: AreaKind]
    /// Writes a validated import in one transaction: new areas are created, existing
    /// ones updated, a region's member list replaced. Returns (created, updated).
    func apply(_ records: [AreaRecord], by actor: AuditActor) async throws -> (created: Int, updated: Int)
}

public struct FluentAreaStore: AreaStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func find(_ code: String) async throws -> Area? { try await Area.find(code, on: db) }

    public func find(codes: [String]) async throws -> [Area] {
        try await Area.query(on: db).filter(\.$id ~~ codes).sort(\.$name).all()
    }

    public func list(kind: AreaKind?) async throws -> [Area] {
        let query = Area.query(on: db)
        if let kind { query.filter(\.$kindRaw == kind.rawValue) }
        return try await query.sort(\.$name).all()
    }

    public func children(of code: String) async throws -> [Area] {
        try await Area.query(on: db).filter(\.$parentCode == code).sort(\.$id).all()
    }

    public func members(ofRegion code: String) async throws -> [String] {
        try await RegionMember.query(on: db).filter(\.$regionCode == code).sort(\.$municipalityCode).all(\.$municipalityCode)
    }

    public func regions(ofMunicipality code: String) async throws -> [Area] {
        try await find(codes: RegionMember.query(on: db).filter(\.$municipalityCode == code).all(\.$regionCode))
    }

    public func kindsByCode() async throws -> [String: AreaKind] {
        let areas = try await Area.query(on: db).field(\.$id).field(\.$kindRaw).all()
        return Dictionary(uniqueKeysWithValues: areas.map { ($0.code, $0.kind) })
    }

    public func apply(_ records: [AreaRecord], by actor: AuditActor) async throws -> (created: Int, updated: Int) {
        try await db.transaction { tx in
            let existing = try await Area.query(on: tx).filter(\.$id ~~ records.map(\.code)).all()
            var byCode = Dictionary(uniqueKeysWithValues: existing.map { ($0.code, $0) })
            var created = 0, updated = 0
            // Areas first (parents before children), then region members, so every
            // foreign key holds at every step.
            var changes: [(record: AreaRecord, before: AreaRecord?)] = []
            for var record in records.sorted(by: { $0.kind < $1.kind }) {
                record.members = Set(record.members).sorted()
                if let area = byCode[record.code] {
                    changes.append((record, Self.record(of: area, members: try await members(of: record, on: tx))))
                    area.name = record.name
                    area.parentCode = record.parentCode
                    area.synthetic = record.synthetic
                    try await area.save(on: tx)
                } else {
                    let area = Area(code: record.code, kind: record.kind, name: record.name,
                                    parentCode: record.parentCode, synthetic: record.synthetic)
                    try await area.create(on: tx)
                    byCode[record.code] = area
                    changes.append((record, nil))
                }
            }
            for (record, before) in changes {
                try await replaceMembers(of: record, on: tx)
                if let before {
                    guard before != record else { continue }
                    updated += 1
                    try await AuditLog.record(.update, entityType: "area", entityID: record.code,
                                              before: before, after: record, by: actor, on: tx)
                } else {
                    created += 1
                    try await AuditLog.record(.create, entityType: "area", entityID: record.code,
                                              before: nil, after: record, by: actor, on: tx)
                }
            }
            return (created, updated)
        }
    }

    private func members(of record: AreaRecord, on tx: any Database) async throws -> [String] {
        guard record.kind == .regio else { return [] }
        return try await FluentAreaStore(db: tx).members(ofRegion: record.code)
    }

    private func replaceMembers(of record: AreaRecord, on tx: any Database) async throws {
        guard record.kind == .regio else { return }
        try await RegionMember.query(on: tx).filter(\.$regionCode == record.code).delete()
        for code in Set(record.members).sorted() {
            try await RegionMember(regionCode: record.code, municipalityCode: code).create(on: tx)
        }
    }

    static func record(of area: Area, members: [String]) -> AreaRecord {
        AreaRecord(code: area.code, kind: area.kind, name: area.name, parentCode: area.parentCode,
                   members: members, synthetic: area.synthetic)
    }
}
