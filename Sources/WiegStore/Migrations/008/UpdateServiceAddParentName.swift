import Fluent
import SQLKit

/// The name of a service in parents' words (empty: parents see the professionals' name).
struct UpdateServiceAddParentName: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ServiceRow.schema).field("parent_name", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ServiceRow.schema).deleteField("parent_name").update()
    }
}
