import Fluent

/// The social map's fields of an organisation; nullable so existing rows stay valid.
struct UpdateOrganisationAddNetwork: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE, so one update per field.
        for (key, type) in [
            ("type", DatabaseSchema.DataType.string), ("domain", .string), ("description", .string),
            ("website", .string), ("phone", .string), ("email", .string), ("addresses", .string),
            ("working_area", .string), ("last_verified", .datetime), ("demo", .bool)
        ] {
            try await database.schema(OrganisationRow.schema).field(
                .definition(name: .key(FieldKey(stringLiteral: key)), dataType: type, constraints: [])
            ).update()
        }
    }

    func revert(on database: any Database) async throws {
        for key in [
            "type", "domain", "description", "website", "phone", "email", "addresses", "working_area",
            "last_verified", "demo"
        ] {
            try await database.schema(OrganisationRow.schema).deleteField(FieldKey(stringLiteral: key)).update()
        }
    }
}
