import Fluent
import Foundation
import Testing
import WiegCore
import WiegStore
import WiegTestSupport

@Suite("Stores")
struct StoresTests {
    struct Boom: Error {}

    @Test(
        "a transaction spans the stores: two writes in different stores stand together, or neither stands when the body fails",
        arguments: TestDatabase.allCases)
    func transactionIsAllOrNothing(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                let stores = Stores(db: db)
                let kept = User(email: "kept@wieg.test", name: "Kept", role: .professional)
                try await stores.transaction { tx in
                    try await tx.users.create(kept, by: .cli)
                    try await tx.sessions.create(
                        LoginSession(tokenHash: "h1", userID: kept.id, csrfToken: "c", createdAt: Date(), ip: "::1", userAgent: "test"))
                }
                #expect(try await stores.users.find(email: "kept@wieg.test") == kept)
                #expect(try await stores.sessions.list(userID: kept.id).count == 1)

                let lost = User(email: "lost@wieg.test", name: "Lost", role: .professional)
                await #expect(throws: Boom.self) {
                    try await stores.transaction { tx in
                        try await tx.users.create(lost, by: .cli)
                        try await tx.sessions.create(
                            LoginSession(tokenHash: "h2", userID: lost.id, csrfToken: "c", createdAt: Date(), ip: "::1", userAgent: "test"))
                        throw Boom()
                    }
                }
                #expect(try await stores.users.find(email: "lost@wieg.test") == nil)
                #expect(try await stores.sessions.find(tokenHash: "h2") == nil)
                // The audit entry of the lost account went with it.
                #expect(try await AuditEventRow.query(on: db).filter(\.$entityID == lost.id.uuidString).count() == 0)
            }
        }
    }
}
