import Fluent
import SQLKit

/// The coalition's own fields beyond the foundation: start date, project leader,
/// members, involvement and monitoring, as one JSON text (the same on both databases).
struct UpdateCoalitionAddDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoalitionRow.schema).field("details", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoalitionRow.schema).deleteField("details").update()
    }
}
