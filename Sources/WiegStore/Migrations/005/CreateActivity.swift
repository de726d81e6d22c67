import Fluent
import SQLKit

/// Activities: one row each, so two people editing two activities never collide.
struct CreateActivity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ActivityRow.schema)
            .id()
            .field("coalition_id", .uuid, .required, .references(CoalitionRow.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("status", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "activities_coalition_id")
            .on(ActivityRow.schema).column("coalition_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActivityRow.schema).delete()
    }
}
