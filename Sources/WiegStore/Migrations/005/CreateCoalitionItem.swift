import Fluent
import SQLKit

/// The coalition's other working data (plan, agreements, workgroups, risks, governance
/// bodies, budgets, the 10 points, closed years): one row per item, its kind and year,
/// the item itself as JSON text.
struct CreateCoalitionItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoalitionItemRow.schema)
            .id()
            .field("coalition_id", .uuid, .required, .references(CoalitionRow.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("year", .int)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "coalition_items_coalition_kind")
            .on(CoalitionItemRow.schema).column("coalition_id").column("kind").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoalitionItemRow.schema).delete()
    }
}
