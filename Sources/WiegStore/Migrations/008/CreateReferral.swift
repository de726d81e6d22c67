import Fluent

/// Hulpkaarten counted without client data: code, service, municipality, day made, day confirmed.
struct CreateReferral: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReferralRow.schema)
            .id()
            .field("code", .string, .required)
            .field("service_id", .uuid, .required)
            .field("municipality_code", .string, .required)
            .field("made_on", .string, .required)
            .field("confirmed_on", .string)
            .unique(on: "code", "service_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReferralRow.schema).delete()
    }
}
