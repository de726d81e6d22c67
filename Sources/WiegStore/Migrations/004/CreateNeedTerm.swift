import Fluent
import WiegCore

/// The needs taxonomy in the database, so beheerders can edit it; seeded from code.
struct CreateNeedTerm: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NeedTermRow.schema)
            .field("code", .string, .identifier(auto: false))
            .field("domain", .string, .required)
            .field("name_nl", .string, .required)
            .field("name_en", .string, .required)
            .field("description_nl", .string, .required)
            .field("description_en", .string, .required)
            .field("position", .int, .required)
            .field("updated_at", .datetime)
            .create()
        try await NeedTaxonomy.seeded.terms.enumerated().map { NeedTermRow($1, position: $0) }.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NeedTermRow.schema).delete()
    }
}
