import Fluent
import Foundation
import SQLKit
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
        // The seed names the columns of this migration only: the model grows later fields
        // (007: words) that do not exist yet at this point.
        let sql = database as! any SQLDatabase
        var insert = sql.insert(into: NeedTermRow.schema)
            .columns("code", "domain", "name_nl", "name_en", "description_nl", "description_en", "position", "updated_at")
        for (position, term) in NeedTaxonomy.seeded.terms.enumerated() {
            insert = insert.values(
                SQLBind(term.code), SQLBind(term.domain.rawValue), SQLBind(term.dutchName), SQLBind(term.englishName),
                SQLBind(term.dutchDescription), SQLBind(term.englishDescription), SQLBind(position), SQLBind(Date()))
        }
        try await insert.run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NeedTermRow.schema).delete()
    }
}
