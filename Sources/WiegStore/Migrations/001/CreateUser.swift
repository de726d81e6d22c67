import Fluent

struct CreateUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserRow.schema)
            .id()
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("region_code", .string, .references(AreaRow.schema, "code"))
            .field("coalition_id", .uuid, .references(CoalitionRow.schema, "id"))
            .field("organisation_id", .uuid, .references(OrganisationRow.schema, "id"))
            .field("password_hash", .string)
            .field("invite_token_hash", .string)
            .field("invite_expires_at", .datetime)
            .field("disabled_at", .datetime)
            .field("last_login_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserRow.schema).delete()
    }
}
