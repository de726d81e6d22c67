import Fluent

struct CreateCoalition: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CoalitionRow.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("area_code", .string, .required, .references(AreaRow.schema, "code"))
            .field("region_code", .string, .references(AreaRow.schema, "code"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CoalitionRow.schema).delete()
    }
}
