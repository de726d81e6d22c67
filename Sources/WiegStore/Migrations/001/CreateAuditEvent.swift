import Fluent
import SQLKit

struct CreateAuditEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEventRow.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid, .references(UserRow.schema, "id"))
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("coalition_id", .uuid, .references(CoalitionRow.schema, "id"))
            .field("before", .string)
            .field("after", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_events_entity").on(AuditEventRow.schema).column("entity_type").column("entity_id").run()
        try await sql.create(index: "audit_events_coalition").on(AuditEventRow.schema).column("coalition_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEventRow.schema).delete()
    }
}
