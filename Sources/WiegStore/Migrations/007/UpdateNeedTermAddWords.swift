import Fluent

/// The everyday words parents use for a need, as the beheerder edited them (nil: Wieg's own
/// list for that need).
struct UpdateNeedTermAddWords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NeedTermRow.schema).field("words", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NeedTermRow.schema).deleteField("words").update()
    }
}
