import Fluent
import WiegCore

struct CreateIndicator: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorRow.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name_nl", .string, .required)
            .field("name_en", .string, .required)
            .field("definition", .string, .required)
            .field("numerator_definition", .string, .required)
            .field("denominator_definition", .string, .required)
            .field("statistic", .string, .required)
            .field("multiplier", .int, .required)
            .field("polarity", .string, .required)
            .field("phase", .string, .required)
            .field("source", .string, .required)
            .field("publication_threshold", .int, .required)
            .create()
        // The catalogue starts with the indicators the seed documents name.
        try await IndicatorCatalogue.seeded.map(IndicatorRow.init).create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorRow.schema).delete()
    }
}
