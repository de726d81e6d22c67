import Fluent
import WiegCore

struct CreateIndicatorValue: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorValueRow.schema)
            .id()
            .field("indicator_code", .string, .required, .references(IndicatorRow.schema, "code"))
            .field("area_code", .string, .required, .references(AreaRow.schema, "code"))
            .field("period", .string, .required)
            .field("period_start", .int, .required)
            .field("period_end", .int, .required)
            .field("numerator", .int, .required)
            .field("denominator", .int, .required)
            .field("source_file", .string, .required)
            .field("imported_at", .datetime, .required)
            .field("imported_by", .string, .required)
            .unique(on: "indicator_code", "area_code", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorValueRow.schema).delete()
    }
}
