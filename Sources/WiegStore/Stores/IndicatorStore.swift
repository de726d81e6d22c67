import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import WiegCore

public protocol IndicatorStore: Sendable {
    func catalogue() async throws -> [IndicatorDefinition]
    /// Writes validated values in one transaction; a value for the same indicator, area
    /// and period is updated in place. Returns how many were new and how many updated.
    func importValues(
        _ records: [IndicatorValueRecord], source: String, by actor: AuditActor,
        at date: Date
    ) async throws -> (created: Int, updated: Int)
    func count() async throws -> Int
    /// Every value of these areas, all indicators and periods.
    func values(areaCodes: [String]) async throws -> [IndicatorValue]
    /// The values of one indicator for these areas, in one period or all.
    func values(indicator: String, period: String?, areaCodes: [String]) async throws -> [IndicatorValue]
    /// The counts of one indicator in one period for these areas, as plain values: for
    /// pages over thousands of areas (Fluent models cost 40 µs each to decode).
    func counts(indicator: String, period: String, areaCodes: [String]) async throws -> [IndicatorValueRecord]
    /// The same for every area of one kind (all PC4 of the country): joined with the areas
    /// in the database instead of 4,000 codes sent to it.
    func counts(indicator: String, period: String, kind: AreaKind) async throws -> [IndicatorValueRecord]
    /// The same for every area that has a value (what disclosure is decided over).
    func counts(indicator: String, period: String) async throws -> [IndicatorValueRecord]
    /// Every value of one indicator, all areas and periods, as plain values (one read for
    /// all of an indicator's disclosure maps).
    func counts(indicator: String) async throws -> [IndicatorValueRecord]
    /// Every indicator code with the periods it has values for.
    func periodsByIndicator() async throws -> [String: [String]]
    /// The periods one indicator has values for in any of these areas, oldest first.
    func periods(indicator: String, areaCodes: [String]) async throws -> [String]
    /// Changes with every import of figures and every change of areas (both are audited):
    /// what a cache of monitoring pages checks.
    func revision() async throws -> MonitoringRevision
}

/// How many imports of figures and area changes the audit trail holds, and the latest.
public struct MonitoringRevision: Sendable, Hashable, Decodable {
    public var n: Int
    public var last: Date?
}

public struct FluentIndicatorStore: IndicatorStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func catalogue() async throws -> [IndicatorDefinition] {
        try await IndicatorRow.query(on: db).sort(\.$id).all().map(\.definitionValue)
    }

    public func count() async throws -> Int { try await IndicatorValueRow.query(on: db).count() }

    public func values(areaCodes: [String]) async throws -> [IndicatorValue] {
        // With the indicator codes as well, the lookup uses the unique index (indicator,
        // area, period) instead of reading every value: at national scale 0.1 ms, not 600.
        // Rows are read with SQLKit straight into values: Fluent's reflective decoding
        // cost 40 µs a row, 16 ms of a 20 ms profile page.
        let indicators = try await IndicatorRow.query(on: db).all(\.$id)
        guard !areaCodes.isEmpty, !indicators.isEmpty else { return [] }
        let rows = try await (db as! any SQLDatabase).select()
            .columns(
                "id", "indicator_code", "area_code", "period", "period_start", "period_end", "numerator", "denominator",
                "source_file", "imported_at", "imported_by"
            )
            .from(IndicatorValueRow.schema)
            .where("indicator_code", .in, indicators).where("area_code", .in, areaCodes)
            .all()
        return try rows.map { row in
            IndicatorValue(
                id: try row.decode(column: "id", as: UUID.self),
                indicatorCode: try row.decode(column: "indicator_code", as: String.self),
                areaCode: try row.decode(column: "area_code", as: String.self),
                period: try row.decode(column: "period", as: String.self),
                periodStart: try row.decode(column: "period_start", as: Int.self),
                periodEnd: try row.decode(column: "period_end", as: Int.self),
                numerator: try row.decode(column: "numerator", as: Int.self),
                denominator: try row.decode(column: "denominator", as: Int.self),
                sourceFile: try row.decode(column: "source_file", as: String.self),
                importedAt: try row.decode(column: "imported_at", as: Date.self),
                importedBy: try row.decode(column: "imported_by", as: String.self))
        }
    }

    public func values(indicator: String, period: String?, areaCodes: [String]) async throws -> [IndicatorValue] {
        var result: [IndicatorValue] = []
        for chunk in areaCodes.chunks(of: 5_000) {
            let query = IndicatorValueRow.query(on: db).filter(\.$indicatorCode == indicator).filter(\.$areaCode ~~ Array(chunk))
            if let period { query.filter(\.$period == period) }
            result += try await query.all().map(\.value)
        }
        return result
    }

    public func counts(indicator: String, period: String, areaCodes: [String]) async throws -> [IndicatorValueRecord] {
        guard let parsed = Period.parse(period) else { return [] }
        let sql = db as! any SQLDatabase
        var result: [IndicatorValueRecord] = []
        for chunk in areaCodes.chunks(of: 5_000) {
            let rows = try await sql.select().column("area_code").column("numerator").column("denominator")
                .from(IndicatorValueRow.schema)
                .where("indicator_code", .equal, indicator).where("period", .equal, period).where("area_code", .in, Array(chunk))
                .all()
            for row in rows {
                result.append(
                    IndicatorValueRecord(
                        indicator: indicator, area: try row.decode(column: "area_code", as: String.self), period: parsed,
                        numerator: try row.decode(column: "numerator", as: Int.self),
                        denominator: try row.decode(column: "denominator", as: Int.self), line: 0))
            }
        }
        return result
    }

    public func revision() async throws -> MonitoringRevision {
        try await (db as! any SQLDatabase)
            .raw(
                "SELECT COUNT(*) AS n, MAX(at) AS last FROM \(ident: AuditEventRow.schema) WHERE entity_type IN ('indicator_import', 'area')"
            )
            .first(decoding: MonitoringRevision.self) ?? MonitoringRevision(n: 0, last: nil)
    }

    public func counts(indicator: String) async throws -> [IndicatorValueRecord] {
        let rows = try await (db as! any SQLDatabase).select().column("area_code").column("period").column("numerator").column(
            "denominator"
        )
        .from(IndicatorValueRow.schema).where("indicator_code", .equal, indicator).all()
        var periods: [String: Period] = [:]
        return try rows.compactMap { row in
            let text = try row.decode(column: "period", as: String.self)
            guard let period = periods[text] ?? Period.parse(text) else { return nil }
            periods[text] = period
            return IndicatorValueRecord(
                indicator: indicator, area: try row.decode(column: "area_code", as: String.self), period: period,
                numerator: try row.decode(column: "numerator", as: Int.self),
                denominator: try row.decode(column: "denominator", as: Int.self), line: 0)
        }
    }

    public func periodsByIndicator() async throws -> [String: [String]] {
        let rows = try await (db as! any SQLDatabase).select().distinct().column("indicator_code").column("period")
            .from(IndicatorValueRow.schema).all()
        var result: [String: [String]] = [:]
        for row in rows {
            result[try row.decode(column: "indicator_code", as: String.self), default: []].append(
                try row.decode(column: "period", as: String.self))
        }
        return result
    }

    public func counts(indicator: String, period: String) async throws -> [IndicatorValueRecord] {
        guard let parsed = Period.parse(period) else { return [] }
        let rows = try await (db as! any SQLDatabase).select().column("area_code").column("numerator").column("denominator")
            .from(IndicatorValueRow.schema).where("indicator_code", .equal, indicator).where("period", .equal, period).all()
        return try rows.map { row in
            IndicatorValueRecord(
                indicator: indicator, area: try row.decode(column: "area_code", as: String.self), period: parsed,
                numerator: try row.decode(column: "numerator", as: Int.self),
                denominator: try row.decode(column: "denominator", as: Int.self), line: 0)
        }
    }

    public func counts(indicator: String, period: String, kind: AreaKind) async throws -> [IndicatorValueRecord] {
        guard let parsed = Period.parse(period) else { return [] }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT v.area_code, v.numerator, v.denominator FROM \(ident: IndicatorValueRow.schema) AS v
            JOIN \(ident: AreaRow.schema) AS a ON a.code = v.area_code
            WHERE v.indicator_code = \(bind: indicator) AND v.period = \(bind: period) AND a.kind = \(bind: kind.rawValue)
            """
        ).all()
        return try rows.map { row in
            IndicatorValueRecord(
                indicator: indicator, area: try row.decode(column: "area_code", as: String.self), period: parsed,
                numerator: try row.decode(column: "numerator", as: Int.self),
                denominator: try row.decode(column: "denominator", as: Int.self), line: 0)
        }
    }

    public func periods(indicator: String, areaCodes: [String]) async throws -> [String] {
        let sql = db as! any SQLDatabase
        var found = Set<String>()
        for chunk in areaCodes.chunks(of: 5_000) {
            let rows = try await sql.select().distinct().column("period")
                .from(IndicatorValueRow.schema)
                .where("indicator_code", .equal, indicator)
                .where("area_code", .in, Array(chunk))
                .all()
            for row in rows { found.insert(try row.decode(column: "period", as: String.self)) }
        }
        return found.compactMap(Period.parse).sorted().map(\.description)
    }

    public func importValues(
        _ records: [IndicatorValueRecord], source: String, by actor: AuditActor,
        at date: Date
    ) async throws -> (created: Int, updated: Int) {
        let bulk = records.count >= Self.bulkRows
        let result = try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            let foreignKeys = bulk && sql.dialect.name == "postgresql" ? try await Self.dropForeignKeys(on: sql) : []
            if sql.dialect.name == "sqlite" {
                // A national file (~700,000 rows) touches far more index pages than SQLite's
                // default 2 MB cache holds: spilling them mid-transaction tripled the time.
                try await sql.raw("PRAGMA cache_size = -262144").run()
                try await sql.raw("PRAGMA temp_store = MEMORY").run()
            }
            let before = try await IndicatorValueRow.query(on: tx).count()
            let records = Self.inIndexOrder(records)
            if let sqlite = tx as? any SQLiteDatabase {
                try await Self.upsertSQLite(records, source: source, by: actor, at: date, on: sqlite)
            } else {
                try await Self.upsertPostgres(records, source: source, by: actor, at: date, bulk: bulk, on: sql)
            }
            try await Self.restore(foreignKeys, on: sql)
            let created = try await IndicatorValueRow.query(on: tx).count() - before
            // One audit entry per import: the file, who, and how many rows it wrote.
            struct Summary: Encodable {
                var source: String
                var rows: Int
                var created: Int
                var updated: Int
            }
            try await AuditLog.record(
                .create, entityType: "indicator_import", entityID: UUID().uuidString, before: nil,
                after: Summary(
                    source: source, rows: records.count, created: created,
                    updated: records.count - created),
                by: actor, at: date, on: tx)
            return (created, records.count - created)
        }
        if bulk, let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            // The planner's statistics still describe the table before the import (an
            // autoanalyze may even have run mid-import on a few rows): a profile query then
            // became a sequential scan, 90 ms instead of 13. Analysing takes 0.2 s.
            try await sql.raw("ANALYZE \(ident: IndicatorValueRow.schema)").run()
        }
        return result
    }
}

extension FluentIndicatorStore {
    /// From this many rows an import is a bulk load (a national file has 700,000).
    static let bulkRows = 20_000

    struct ForeignKey: Decodable {
        var name: String
        var definition: String
    }

    /// PostgreSQL checks a foreign key with one lookup per inserted row: 7 of the 10 s a
    /// national import spent in the database. A bulk import therefore drops the keys in
    /// its transaction and adds them again after the rows, which checks the whole table in
    /// one pass (0.3 s), as pg_restore does. DDL is transactional: if anything fails the
    /// keys are back as they were. The price is an exclusive lock on the values for the
    /// seconds the import takes, so pages showing figures wait for it, as they would see
    /// none of the new figures before the commit anyway. Every code was checked by the
    /// import plan already; the keys guard against a change in between.
    static func dropForeignKeys(on sql: any SQLDatabase) async throws -> [ForeignKey] {
        let keys = try await sql.raw(
            """
            SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
            WHERE conrelid = \(bind: "\"\(IndicatorValueRow.schema)\"")::regclass AND contype = 'f' ORDER BY conname
            """
        ).all(decoding: ForeignKey.self)
        for key in keys {
            try await sql.raw("ALTER TABLE \(ident: IndicatorValueRow.schema) DROP CONSTRAINT \(ident: key.name)").run()
        }
        return keys
    }

    static func restore(_ keys: [ForeignKey], on sql: any SQLDatabase) async throws {
        for key in keys {
            try await sql.raw(
                "ALTER TABLE \(ident: IndicatorValueRow.schema) ADD CONSTRAINT \(ident: key.name) \(unsafeRaw: key.definition)"
            )
            .run()
        }
    }

    /// The records in the order of the unique index (indicator, area, period), so that
    /// together with sequential ids every insert lands next to the previous one. Files
    /// come ordered by indicator and period (a column per year, or the CBS order): then
    /// each period's pass touches every page of the index. A valid plan has no duplicate
    /// keys, so the order changes nothing else.
    static func inIndexOrder(_ records: [IndicatorValueRecord]) -> [IndicatorValueRecord] {
        // Each distinct indicator, area and period gets its rank in byte order (as the
        // index compares text); a row's key is the three ranks in one integer.
        func ranks(_ values: some Sequence<String>) -> [String: UInt64] {
            let sorted = Set(values).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, UInt64($0)) })
        }
        let indicators = ranks(records.lazy.map(\.indicator))
        let areas = ranks(records.lazy.map(\.area))
        let byText = ranks(Set(records.map(\.period)).map(\.description))
        let periods = Dictionary(uniqueKeysWithValues: Set(records.map(\.period)).map { ($0, byText[$0.description]!) })
        let keys = records.map { indicators[$0.indicator]! << 42 | areas[$0.area]! << 21 | periods[$0.period]! }
        return records.indices.sorted { keys[$0] < keys[$1] }.map { records[$0] }
    }

    static let columns = [
        "id", "indicator_code", "area_code", "period", "period_start", "period_end",
        "numerator", "denominator", "source_file", "imported_at", "imported_by"
    ]

    /// The upsert on SQLite, with SQLite's own values bound directly: building
    /// and encoding 7.5 million SQLKit binds for a national file cost more than SQLite's
    /// work. Stored exactly as Fluent stores them (UUID and text as text, dates as seconds).
    static func upsertSQLite(
        _ records: [IndicatorValueRecord], source: String, by actor: AuditActor, at date: Date,
        on db: any SQLiteDatabase
    ) async throws {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        func statement(_ rows: Int) -> String {
            "INSERT INTO \"\(IndicatorValueRow.schema)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ",") + ") VALUES "
                + Array(repeating: row, count: rows).joined(separator: ",")
                + " ON CONFLICT (\"indicator_code\",\"area_code\",\"period\") DO UPDATE SET "
                + ["numerator", "denominator", "source_file", "imported_at", "imported_by"].map { "\"\($0)\" = EXCLUDED.\"\($0)\"" }
                .joined(separator: ",")
        }
        let size = 2_000  // 22,000 parameters: under SQLite's 32,766
        let full = statement(size)
        let sourceText = SQLiteData.text(source)
        let actorText = SQLiteData.text(actor.label)
        let at = SQLiteData.float(date.timeIntervalSince1970)
        var ids = SequentialUUIDs(now: date)
        for chunk in records.chunks(of: size) {
            var binds: [SQLiteData] = []
            binds.reserveCapacity(chunk.count * columns.count)
            for r in chunk {
                binds += [
                    .text(ids.next().uuidString), .text(r.indicator), .text(r.area), .text(r.period.description),
                    .integer(r.period.start), .integer(r.period.end), .integer(r.numerator), .integer(r.denominator),
                    sourceText, at, actorText
                ]
            }
            try await db.query(chunk.count == size ? full : statement(chunk.count), binds) { _ in }
        }
    }
}
