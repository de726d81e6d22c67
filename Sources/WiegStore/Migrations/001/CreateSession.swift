import Fluent
import SQLKit

struct CreateSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LoginSessionRow.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserRow.schema, "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("ip", .string, .required)
            .field("user_agent", .string, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema(LoginAttemptRow.schema)
            .id()
            .field("email", .string, .required)
            .field("ip", .string, .required)
            .field("succeeded", .bool, .required)
            .field("at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "login_attempts_email_at").on(LoginAttemptRow.schema).column("email").column("at").run()
        try await sql.create(index: "login_attempts_ip_at").on(LoginAttemptRow.schema).column("ip").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LoginAttemptRow.schema).delete()
        try await database.schema(LoginSessionRow.schema).delete()
    }
}
