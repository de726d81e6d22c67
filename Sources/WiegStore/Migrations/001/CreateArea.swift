import Fluent

struct CreateArea: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AreaRow.schema)
            .field("code", .string, .identifier(auto: false))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("parent_code", .string)
            .field("synthetic", .bool, .required)
            .create()
        try await database.schema(RegionMemberRow.schema)
            .id()
            .field("region_code", .string, .required, .references(AreaRow.schema, "code", onDelete: .cascade))
            .field("municipality_code", .string, .required, .references(AreaRow.schema, "code", onDelete: .cascade))
            .unique(on: "region_code", "municipality_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegionMemberRow.schema).delete()
        try await database.schema(AreaRow.schema).delete()
    }
}
