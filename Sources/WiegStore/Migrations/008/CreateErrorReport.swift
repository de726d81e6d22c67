import Fluent

/// "Klopt er iets niet?" reports, a task for whoever keeps the organisation's entries.
struct CreateErrorReport: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ErrorReportRow.schema)
            .id()
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("organisation_id", .uuid, .required)
            .field("text", .string, .required)
            .field("reply_email", .string)
            .field("created_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("closing_note", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ErrorReportRow.schema).delete()
    }
}
