import Fluent
import SQLKit

struct CreateZorgpad: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ZorgpadRow.schema)
            .id()
            .field("area_code", .string, .required)
            .field("need_code", .string, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("steps", .string, .required)
            .field("agreements", .string, .required)
            .field("responsible", .string, .required)
            .field("last_verified", .datetime)
            .field("demo", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "zorgpaden_area_need")
            .on(ZorgpadRow.schema).column("area_code").column("need_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ZorgpadRow.schema).delete()
    }
}
