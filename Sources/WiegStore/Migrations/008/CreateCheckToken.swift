import Fluent

/// The one-click "alles klopt nog" links of the reminders (hashes only).
struct CreateCheckToken: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CheckTokenRow.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("organisation_id", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CheckTokenRow.schema).delete()
    }
}
