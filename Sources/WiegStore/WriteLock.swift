import Fluent
import SQLKit

extension Database {
    /// Call first in a transaction that reads and then writes. SQLite (WAL) begins
    /// transactions deferred: one that reads first and then writes fails with
    /// SQLITE_BUSY_SNAPSHOT when another connection committed in between (seen under load
    /// as "database is locked"). A write statement first takes the write lock at once —
    /// waiting for it under the busy timeout — so the reads that follow see the latest
    /// data and the write cannot fail that way. PostgreSQL needs nothing: its row locks
    /// and read-committed isolation already serialise these writes.
    func lockForWriting() async throws {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("UPDATE audit_events SET id = id WHERE 0").run()
    }
}
