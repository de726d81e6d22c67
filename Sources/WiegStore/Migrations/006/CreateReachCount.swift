import Fluent
import SQLKit

/// Reach of an aanbod per quarter: aggregate counts only, never who. One row per
/// service, quarter and (optional) activity; `activity_key` is the activity's id or `-`
/// so the unique key also holds when there is no activity (NULLs are never equal in SQL).
struct CreateReachCount: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReachCountRow.schema)
            .id()
            .field("service_id", .uuid, .required, .references(ServiceRow.schema, "id", onDelete: .cascade))
            .field("quarter", .string, .required)
            .field("activity_key", .string, .required)
            .field("contacten", .int, .required)
            .field("nieuwe_clienten", .int, .required)
            .field("verwijzingen_in", .int, .required)
            .field("verwijzingen_uit", .int, .required)
            .field("afgerond", .int, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .unique(on: "service_id", "quarter", "activity_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReachCountRow.schema).delete()
    }
}
