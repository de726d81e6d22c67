import Fluent

/// Where reminders to check an organisation's entries, and reports of errors, are mailed.
struct UpdateOrganisationAddCheckEmail: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationRow.schema).field("check_email", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationRow.schema).deleteField("check_email").update()
    }
}
