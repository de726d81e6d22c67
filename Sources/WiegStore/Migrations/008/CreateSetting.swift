import Fluent

/// Platform settings a beheerder keeps, by key.
struct CreateSetting: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SettingRow.schema)
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SettingRow.schema).delete()
    }
}
