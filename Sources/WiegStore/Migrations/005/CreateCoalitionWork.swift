import Fluent
import SQLKit

/// The coalition's own fields beyond the foundation: start date, project leader,
/// members, involvement and monitoring, as one JSON text (the same on both databases).
struct UpdateCoalitionAddDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Coalition.schema).field("details", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Coalition.schema).deleteField("details").update()
    }
}

/// Activities: one row each, so two people editing two activities never collide.
struct CreateActivity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ActivityModel.schema)
            .id()
            .field("coalition_id", .uuid, .required, .references(Coalition.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("status", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "activities_coalition_id")
            .on(ActivityModel.schema).column("coalition_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActivityModel.schema).delete()
    }
}

/// The coalition's other working data (plan, agreements, workgroups, risks, governance
/// bodies, budgets, the 10 points, closed years): one row per item, its kind and year,
/// the item itself as JSON text.
struct CreateCoalitionItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoalitionItem.schema)
            .id()
            .field("coalition_id", .uuid, .required, .references(Coalition.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("year", .int)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "coalition_items_coalition_kind")
            .on(CoalitionItem.schema).column("coalition_id").column("kind").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoalitionItem.schema).delete()
    }
}
