import Fluent
import SQLKit

struct CreateService: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ServiceRow.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationRow.schema, "id", onDelete: .restrict))
            .field("name", .string, .required)
            .field("public_description", .string, .required)
            .field("professional_description", .string, .required)
            .field("phases", .string, .required)
            .field("age_from", .int, .required)
            .field("age_to", .int, .required)
            .field("target_group", .string, .required)
            .field("needs", .string, .required)
            .field("access", .string, .required)
            .field("cost", .string, .required)
            .field("languages", .string, .required)
            .field("recognition", .string, .required)
            .field("area_codes", .string, .required)
            .field("locations", .string, .required)
            .field("website", .string)
            .field("professional_contact", .string, .required)
            .field("status", .string, .required)
            .field("last_verified", .datetime)
            .field("editorial", .string, .required)
            .field("demo", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "services_organisation_id")
            .on(ServiceRow.schema).column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ServiceRow.schema).delete()
    }
}
