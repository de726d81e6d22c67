import Fluent
import SQLKit

/// "Tellen en vertellen": short stories without client identity, each about one subject
/// (an indicator, an aanbod, an activity or a coalition).
struct CreateStory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoryRow.schema)
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
            .on(StoryRow.schema).column("subject_kind").column("subject_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoryRow.schema).delete()
    }
}
