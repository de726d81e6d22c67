import Fluent
import SQLKit

/// Area boundaries for the map: one row per area, its (simplified) polygons as JSON text
/// in WGS84, where they came from. Replaced whole on a re-import.
struct CreateAreaBoundary: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AreaBoundaryRow.schema)
            .field("area_code", .string, .identifier(auto: false), .references(AreaRow.schema, "code", onDelete: .cascade))
            .field("polygons", .string, .required)
            .field("point_count", .int, .required)
            .field("source_file", .string, .required)
            .field("synthetic", .bool, .required)
            .field("imported_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AreaBoundaryRow.schema).delete()
    }
}
