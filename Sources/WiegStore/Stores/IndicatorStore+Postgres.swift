import FluentPostgresDriver
import Foundation
import WiegCore

extension FluentIndicatorStore {
    static let postgresColumns =
        #""id", "indicator_code", "area_code", "period", "period_start", "period_end", "numerator", "denominator", "source_file", "imported_at", "imported_by""#
    static let postgresRows = "SELECT u.*, $9, $10, $11 FROM unnest($1, $2, $3, $4, $5, $6, $7, $8) AS u"
    static let staging = "wieg_import"

    /// PostgreSQL. A small import upserts (`ON CONFLICT … DO UPDATE`). A bulk import first
    /// loads every row into a temporary table, then updates the values that exist and
    /// inserts the rest: the upsert checks each row for a conflict before inserting it,
    /// 5.4 s for a national file against 2.8 s for an insert of the new rows (it holds the
    /// table exclusively then, see `dropForeignKeys`, so nothing comes in between).
    static func upsertPostgres(
        _ records: [IndicatorValueRecord], source: String, by actor: AuditActor, at date: Date,
        bulk: Bool, on sql: any SQLDatabase
    ) async throws {
        let table = "\"\(IndicatorValueRow.schema)\""
        guard bulk else {
            try await insertChunks(
                records, source: source, by: actor, at: date, on: sql,
                statement: """
                    INSERT INTO \(table) (\(postgresColumns)) \(postgresRows)
                    ON CONFLICT ("indicator_code", "area_code", "period") DO UPDATE SET "numerator" = EXCLUDED."numerator",
                        "denominator" = EXCLUDED."denominator", "source_file" = EXCLUDED."source_file",
                        "imported_at" = EXCLUDED."imported_at", "imported_by" = EXCLUDED."imported_by"
                    """)
            return
        }
        try await sql.raw("CREATE TEMPORARY TABLE \(ident: staging) (LIKE \(unsafeRaw: table)) ON COMMIT DROP").run()
        try await insertChunks(
            records, source: source, by: actor, at: date, on: sql,
            statement: "INSERT INTO \(staging) (\(postgresColumns)) \(postgresRows)")
        try await sql.raw("ANALYZE \(ident: staging)").run()
        // The statistics of the values may still say "empty" (a first import): a nested loop
        // over them per staged row would then take minutes. Joins of two bulk tables hash.
        try await sql.raw("SET LOCAL enable_nestloop = off").run()
        let same = #"v."indicator_code" = s."indicator_code" AND v."area_code" = s."area_code" AND v."period" = s."period""#
        struct Count: Decodable { var n: Int }
        let updated =
            try await sql.raw(
                """
                WITH changed AS (UPDATE \(unsafeRaw: table) AS v SET "numerator" = s."numerator", "denominator" = s."denominator",
                    "source_file" = s."source_file", "imported_at" = s."imported_at", "imported_by" = s."imported_by"
                    FROM \(ident: staging) AS s WHERE \(unsafeRaw: same) RETURNING 1)
                SELECT COUNT(*) AS n FROM changed
                """
            ).first(decoding: Count.self)?.n ?? 0
        // Nothing existed (a first import): every row is new. Everything existed (the same
        // file again): nothing is. Only in between look for the new ones (2 s nationally).
        if updated == 0 {
            try await sql.raw("INSERT INTO \(unsafeRaw: table) SELECT * FROM \(ident: staging)").run()
        } else if updated < records.count {
            try await sql.raw(
                """
                INSERT INTO \(unsafeRaw: table) SELECT s.* FROM \(ident: staging) AS s
                WHERE NOT EXISTS (SELECT 1 FROM \(unsafeRaw: table) AS v WHERE \(unsafeRaw: same))
                """
            ).run()
        }
    }

    /// Runs `statement` (with `postgresRows`' eleven parameters) for every 50,000 records:
    /// one array per varying column and the source, time and actor bound once. Encoding a
    /// statement's arrays takes a sixth of a second of the client's time; the next one is
    /// encoded while the database runs the current one, not after it.
    static func insertChunks(
        _ records: [IndicatorValueRecord], source: String, by actor: AuditActor, at date: Date,
        on sql: any SQLDatabase, statement: String
    ) async throws {
        // Only SQLite and PostgreSQL are configured (`WiegConfig`); SQLite takes another path.
        guard let database = sql as? any PostgresDatabase else { preconditionFailure("insertChunks on \(sql.dialect.name)") }
        var ids = SequentialUUIDs(now: date)
        let chunks = records.chunks(of: 50_000).map { chunk in (rows: Array(chunk), ids: chunk.map { _ in ids.next() }) }
        guard !chunks.isEmpty else { return }
        let label = actor.label
        @Sendable func query(_ i: Int) throws -> PostgresQuery {
            let (rows, ids) = chunks[i]
            var binds = PostgresBindings(capacity: 11)
            try binds.append(ids)
            try binds.append(rows.map(\.indicator))
            try binds.append(rows.map(\.area))
            try binds.append(rows.map(\.period.description))
            try binds.append(rows.map(\.period.start))
            try binds.append(rows.map(\.period.end))
            try binds.append(rows.map(\.numerator))
            try binds.append(rows.map(\.denominator))
            binds.append(source)
            binds.append(date)
            binds.append(label)
            return PostgresQuery(unsafeSQL: statement, binds: binds)
        }
        try await database.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var next = Task.detached { try query(0) }
                for i in chunks.indices {
                    let current = try await next.value
                    if i + 1 < chunks.count { next = Task.detached { try query(i + 1) } }
                    try await connection.query(current, logger: connection.logger)
                }
            }
        }.get()
    }
}
