import Fluent
import Foundation
import SQLKit
import WiegCore

/// The areas, as WiegCore's `AreaRecord` (a region's `members` are filled only by
/// `geography()`; ask `members(ofRegion:)` otherwise).
public protocol AreaStore: Sendable {
    func find(_ code: String) async throws -> AreaRecord?
    func find(codes: [String]) async throws -> [AreaRecord]
    func list(kind: AreaKind?) async throws -> [AreaRecord]
    func children(of code: String) async throws -> [AreaRecord]
    /// Every area of one kind as plain values, by code: for pages over thousands of areas,
    /// where decoding Fluent models cost more than the query.
    func records(kind: AreaKind) async throws -> [AreaRecord]
    /// Every area as plain values, regions with their members: the geography disclosure
    /// is decided over.
    func geography() async throws -> [AreaRecord]
    /// Municipality codes of a region.
    func members(ofRegion code: String) async throws -> [String]
    /// Regions a municipality belongs to.
    func regions(ofMunicipality code: String) async throws -> [AreaRecord]
    /// Every code already stored, with its kind (for import validation).
    func kindsByCode() async throws -> [String: AreaKind]
    /// Writes a validated import in one transaction: new areas are created, existing
    /// ones updated, a region's member list replaced. Returns (created, updated).
    func apply(_ records: [AreaRecord], by actor: AuditActor) async throws -> (created: Int, updated: Int)
}

public struct FluentAreaStore: AreaStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func find(_ code: String) async throws -> AreaRecord? { try await AreaRow.find(code, on: db)?.record }

    public func find(codes: [String]) async throws -> [AreaRecord] {
        try await AreaRow.query(on: db).filter(\.$id ~~ codes).sort(\.$name).all().map(\.record)
    }

    public func list(kind: AreaKind?) async throws -> [AreaRecord] {
        let query = AreaRow.query(on: db)
        if let kind { query.filter(\.$kindRaw == kind.rawValue) }
        return try await query.sort(\.$name).all().map(\.record)
    }

    public func children(of code: String) async throws -> [AreaRecord] {
        try await AreaRow.query(on: db).filter(\.$parentCode == code).sort(\.$id).all().map(\.record)
    }

    public func records(kind: AreaKind) async throws -> [AreaRecord] {
        let rows = try await (db as! any SQLDatabase).select().column("code").column("name").column("parent_code").column("synthetic")
            .from(AreaRow.schema).where("kind", .equal, kind.rawValue).orderBy("code").all()
        return try rows.map { row in
            AreaRecord(
                code: try row.decode(column: "code", as: String.self), kind: kind,
                name: try row.decode(column: "name", as: String.self),
                parentCode: try row.decodeNil(column: "parent_code") ? nil : try row.decode(column: "parent_code", as: String.self),
                members: [], synthetic: try row.decode(column: "synthetic", as: Bool.self))
        }
    }

    public func geography() async throws -> [AreaRecord] {
        let sql = db as! any SQLDatabase
        var members: [String: [String]] = [:]
        for row in try await sql.select().column("region_code").column("municipality_code").from(RegionMemberRow.schema).all() {
            members[try row.decode(column: "region_code", as: String.self), default: []]
                .append(try row.decode(column: "municipality_code", as: String.self))
        }
        let rows = try await sql.select().column("code").column("kind").column("name").column("parent_code").column("synthetic")
            .from(AreaRow.schema).orderBy("code").all()
        return try rows.compactMap { row in
            let code = try row.decode(column: "code", as: String.self)
            guard let kind = AreaKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            return AreaRecord(
                code: code, kind: kind, name: try row.decode(column: "name", as: String.self),
                parentCode: try row.decodeNil(column: "parent_code") ? nil : try row.decode(column: "parent_code", as: String.self),
                members: (members[code] ?? []).sorted(), synthetic: try row.decode(column: "synthetic", as: Bool.self))
        }
    }

    public func members(ofRegion code: String) async throws -> [String] {
        try await RegionMemberRow.query(on: db).filter(\.$regionCode == code).sort(\.$municipalityCode).all(\.$municipalityCode)
    }

    public func regions(ofMunicipality code: String) async throws -> [AreaRecord] {
        try await find(codes: RegionMemberRow.query(on: db).filter(\.$municipalityCode == code).all(\.$regionCode))
    }

    public func kindsByCode() async throws -> [String: AreaKind] {
        let areas = try await AreaRow.query(on: db).field(\.$id).field(\.$kindRaw).all()
        return Dictionary(uniqueKeysWithValues: areas.map { ($0.code, $0.kind) })
    }

    public func apply(_ records: [AreaRecord], by actor: AuditActor) async throws -> (created: Int, updated: Int) {
        try await db.transaction { tx in
            // The areas table is small (the whole country is some 10,000 rows): one query
            // beats an IN list as long as the file.
            let existing = Dictionary(uniqueKeysWithValues: try await AreaRow.query(on: tx).all().map { ($0.code, $0) })
            let membersByRegion = Dictionary(grouping: try await RegionMemberRow.query(on: tx).all(), by: \.regionCode)
                .mapValues { $0.map(\.municipalityCode).sorted() }
            let now = Date()
            var newAreas: [AreaRow] = []
            var events: [AuditEventRow] = []
            var changedRegions: [AreaRecord] = []
            var updated = 0
            for var record in records.sorted(by: { $0.kind < $1.kind }) {  // parents before children
                record.members = Set(record.members).sorted()
                if let area = existing[record.code] {
                    let before = Self.record(of: area, members: membersByRegion[record.code] ?? [])
                    guard before != record else { continue }
                    area.name = record.name
                    area.parentCode = record.parentCode
                    area.synthetic = record.synthetic
                    try await area.save(on: tx)
                    updated += 1
                    events.append(
                        try AuditLog.event(
                            .update, entityType: "area", entityID: record.code,
                            before: before, after: record, by: actor, at: now))
                    if before.members != record.members { changedRegions.append(record) }
                } else {
                    newAreas.append(
                        AreaRow(
                            code: record.code, kind: record.kind, name: record.name,
                            parentCode: record.parentCode, synthetic: record.synthetic))
                    events.append(
                        try AuditLog.event(
                            .create, entityType: "area", entityID: record.code,
                            before: nil, after: record, by: actor, at: now))
                    if record.kind == .regio { changedRegions.append(record) }
                }
            }
            // Multi-row inserts, in chunks that stay under the databases' parameter limits.
            for chunk in newAreas.chunks(of: 500) { try await chunk.create(on: tx) }
            for region in changedRegions {
                try await RegionMemberRow.query(on: tx).filter(\.$regionCode == region.code).delete()
                try await region.members.map { RegionMemberRow(regionCode: region.code, municipalityCode: $0) }.create(on: tx)
            }
            for chunk in events.chunks(of: 500) { try await chunk.create(on: tx) }
            return (newAreas.count, updated)
        }
    }

    static func record(of area: AreaRow, members: [String]) -> AreaRecord {
        AreaRecord(
            code: area.code, kind: area.kind, name: area.name, parentCode: area.parentCode,
            members: members, synthetic: area.synthetic)
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
