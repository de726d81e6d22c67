import Fluent
import SQLKit

struct CreateAuditEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid, .references(User.schema, "id"))
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("coalition_id", .uuid, .references(Coalition.schema, "id"))
            .field("before", .string)
            .field("after", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_events_entity").on(AuditEvent.schema).column("entity_type").column("entity_id").run()
        try await sql.create(index: "audit_events_coalition").on(AuditEvent.schema).column("coalition_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).delete()
    }
}
