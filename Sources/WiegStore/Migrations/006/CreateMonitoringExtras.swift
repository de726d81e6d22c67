import Fluent
import SQLKit

/// Area boundaries for the map: one row per area, its (simplified) polygons as JSON text
/// in WGS84, where they came from. Replaced whole on a re-import.
struct CreateAreaBoundary: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AreaBoundaryModel.schema)
            .field("area_code", .string, .identifier(auto: false), .references(Area.schema, "code", onDelete: .cascade))
            .field("polygons", .string, .required)
            .field("point_count", .int, .required)
            .field("source_file", .string, .required)
            .field("synthetic", .bool, .required)
            .field("imported_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AreaBoundaryModel.schema).delete()
    }
}

/// Reach of an aanbod per quarter: aggregate counts only, never who. One row per
/// service, quarter and (optional) activity; `activity_key` is the activity's id or `-`
/// so the unique key also holds when there is no activity (NULLs are never equal in SQL).
struct CreateReachCount: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReachCountModel.schema)
            .id()
            .field("service_id", .uuid, .required, .references(Service.schema, "id", onDelete: .cascade))
            .field("quarter", .string, .required)
            .field("activity_key", .string, .required)
            .field("contacten", .int, .required)
            .field("nieuwe_clienten", .int, .required)
            .field("verwijzingen_in", .int, .required)
            .field("verwijzingen_uit", .int, .required)
            .field("afgerond", .int, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .unique(on: "service_id", "quarter", "activity_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReachCountModel.schema).delete()
    }
}

/// "Tellen en vertellen": short stories without client identity, each about one subject
/// (an indicator, an aanbod, an activity or a coalition).
struct CreateStory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoryModel.schema)
            .id()
            .field("subject_kind", .string, .required)
            .field("subject_id", .string, .required)
            .field("area_code", .string)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "stories_subject")
            .on(StoryModel.schema).column("subject_kind").column("subject_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoryModel.schema).delete()
    }
}
