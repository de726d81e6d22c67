import Fluent
import Foundation
import Testing
import WiegCore
import WiegStore
import WiegTestSupport

@Suite("Area store")
struct AreaStoreTests {
    static let base = """
        code;naam;soort;ouder;leden
        NL;Nederland;land;;
        PV22;Drenthe;provincie;NL;
        GM0119;Meppel;gemeente;PV22;
        GM0118;Hoogeveen;gemeente;PV22;
        zuidwest;Zuidwest-Drenthe;regio;;GM0119 GM0118
        """

    @Test("apply creates, then updates in place with an audit entry per real change", arguments: TestDatabase.allCases)
    func applyAndUpdate(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                let store = FluentAreaStore(db: db)
                let plan = GeographyImport.plan(csv: Data(Self.base.utf8), existing: [:])
                #expect(plan.isValid)
                let first = try await store.apply(plan.records, by: .cli)
                #expect(first.created == 5 && first.updated == 0)
                let renamed = Self.base.replacingOccurrences(of: "GM0118;Hoogeveen", with: "GM0118;Gemeente Hoogeveen")
                    .replacingOccurrences(of: "GM0119 GM0118", with: "GM0119")
                let second = try await store.apply(
                    GeographyImport.plan(csv: Data(renamed.utf8), existing: try await store.kindsByCode()).records, by: .cli)
                #expect(second.created == 0 && second.updated == 2)
                #expect(try await store.find("GM0118")?.name == "Gemeente Hoogeveen")
                #expect(try await store.members(ofRegion: "zuidwest") == ["GM0119"])
                #expect(try await AreaRow.query(on: db).count() == 5)
                let updates = try await AuditEventRow.query(on: db).filter(\.$actionRaw == "update").all()
                #expect(Set(updates.map(\.entityID)) == ["GM0118", "zuidwest"])
                #expect(updates.allSatisfy { $0.actorLabel == "cli" && $0.before != nil && $0.after != nil })
            }
        }
    }

    @Test("a failure half-way leaves nothing behind", arguments: TestDatabase.allCases)
    func allOrNothing(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                let store = FluentAreaStore(db: db)
                // The records pass no validation here on purpose: the municipality's parent
                // does not exist, so the foreign key fails after NL and PV22 were written.
                let records = [
                    AreaRecord(code: "NL", kind: .land, name: "Nederland"),
                    AreaRecord(code: "PV22", kind: .provincie, name: "Drenthe", parentCode: "NL"),
                    AreaRecord(code: "GM0119", kind: .gemeente, name: "Meppel", parentCode: "PV99"),
                    AreaRecord(code: "bad", kind: .regio, name: "Regio", members: ["GM9999"])
                ]
                await #expect(throws: (any Error).self) { try await store.apply(records, by: .cli) }
                let areas = try await AreaRow.query(on: db).count()
                let events = try await AuditEventRow.query(on: db).count()
                #expect(areas == 0)
                #expect(events == 0)
            }
        }
    }
}
