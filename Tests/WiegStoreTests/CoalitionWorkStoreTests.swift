import Fluent
import Foundation
import Testing
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegDemo

@Suite("Coalition work store")
struct CoalitionWorkStoreTests {
    static let date = Date(timeIntervalSince1970: 1_800_000_000)

    static func areas(on db: any Database) async throws {
        try await AreaRow(code: "NL", kind: .land, name: "Nederland", parentCode: nil, synthetic: false).create(on: db)
        try await AreaRow(code: "GM0119", kind: .gemeente, name: "Meppel", parentCode: "NL", synthetic: false).create(on: db)
        try await AreaRow(code: "GM0983", kind: .gemeente, name: "Venlo", parentCode: "NL", synthetic: false).create(on: db)
    }

    @Test(
        "the demo coalitions load from the seeds, once; NML has four risks and a budget of 180.000 euros", arguments: TestDatabase.allCases)
    func demo(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await DemoData.load(on: db, hash: { "hash-of-\($0)" })
                let activities = try await ActivityRow.query(on: db).count()
                try await DemoData.load(on: db, hash: { "hash-of-\($0)" })
                #expect(try await ActivityRow.query(on: db).count() == activities, "a second load adds nothing")
                let nml = try #require(try await CoalitionRow.query(on: db).filter(\.$slug == "nml").first())
                let work = try #require(try await FluentCoalitionWorkStore(db: db).work(nml.id!))
                #expect(work.risks.count == 4)
                #expect(work.budget(2024)?.grandTotal.cents == 180_000_00)
                #expect(work.budget(2024)?.linesTotal.cents == 143_700_00)
                #expect(work.activities.count == CoalitionDemo.noordMiddenLimburg.activities.count)
                let meppel = try #require(try await CoalitionRow.query(on: db).filter(\.$slug == "meppel").first())
                let meppelWork = try #require(try await FluentCoalitionWorkStore(db: db).work(meppel.id!))
                #expect(meppelWork.workgroups.count == 8)
                #expect(meppelWork.plan?.ambitions.count == 2)
                #expect(meppelWork.coalition.hasProjectLeader)
                // Members point at organisations that exist.
                for member in meppelWork.coalition.members {
                    #expect(try await OrganisationRow.find(member.organisationID, on: db) != nil, "member \(member.organisationID)")
                }
                #expect(try await CoalitionRow.query(on: db).filter(\.$slug == "apeldoorn").first() != nil)
            }
        }
    }

    @Test(
        "activities are saved and deleted with an audit record each; another coalition's activity is refused",
        arguments: TestDatabase.allCases)
    func activities(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await Self.areas(on: db)
                let a = CoalitionRow(slug: "a", name: "A", kind: .lokaal, areaCode: "GM0119", regionCode: nil)
                let b = CoalitionRow(slug: "b", name: "B", kind: .lokaal, areaCode: "GM0983", regionCode: nil)
                try await a.create(on: db)
                try await b.create(on: db)
                let store = FluentCoalitionWorkStore(db: db)
                var activity = Activity(title: "Voorlichting kinderwens", actionLines: [.a11], quarters: [Quarter(year: 2025, quarter: 1)])
                #expect(try await store.save(activity, coalitionID: a.id!, by: .cli, at: Self.date))
                activity.status = .loopt
                #expect(try await store.save(activity, coalitionID: a.id!, by: .cli, at: Self.date))
                #expect(try await store.save(activity, coalitionID: b.id!, by: .cli, at: Self.date) == false)
                #expect(try await store.deleteActivity(activity.id, coalitionID: b.id!, by: .cli, at: Self.date) == false)
                #expect(try await store.work(a.id!)?.activities == [activity])
                #expect(try await store.work(b.id!)?.activities.isEmpty == true)
                #expect(try await store.deleteActivity(activity.id, coalitionID: a.id!, by: .cli, at: Self.date))
                let actions = try await AuditEventRow.query(on: db).filter(\.$entityType == "activity").sort(\.$at).all()
                #expect(actions.map(\.action) == [.create, .update, .delete])
                #expect(actions.allSatisfy { $0.coalitionID == a.id })
            }
        }
    }

    @Test(
        "many concurrent updates of one activity all land, each audited",
        arguments: TestDatabase.allCases)
    func concurrentUpdates(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await Self.areas(on: db)
                let a = CoalitionRow(slug: "a", name: "A", kind: .lokaal, areaCode: "GM0119", regionCode: nil)
                try await a.create(on: db)
                let store = FluentCoalitionWorkStore(db: db)
                let activity = Activity(title: "Spreekuur", quarters: [Quarter(year: 2025, quarter: 1)])
                try await store.save(activity, coalitionID: a.id!, by: .cli, at: Self.date)
                try await withThrowingTaskGroup(of: Bool.self) { group in
                    for number in 0..<8 {
                        group.addTask {
                            var changed = activity
                            changed.statusNote = "update \(number)"
                            return try await store.save(changed, coalitionID: a.id!, by: .cli, at: Self.date)
                        }
                    }
                    for try await saved in group { #expect(saved) }
                }
                let audited = try await AuditEventRow.query(on: db).filter(\.$entityType == "activity").count()
                #expect(audited == 9)
            }
        }
    }

    @Test(
        "a year closes in one transaction: statuses, the carried-over activity, the closed year, next year's points; never twice",
        arguments: TestDatabase.allCases)
    func closeYear(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await Self.areas(on: db)
                let a = CoalitionRow(slug: "a", name: "A", kind: .lokaal, areaCode: "GM0119", regionCode: nil)
                try await a.create(on: db)
                let store = FluentCoalitionWorkStore(db: db)
                let done = Activity(title: "Training", quarters: [Quarter(year: 2025, quarter: 2)], status: .loopt)
                let later = Activity(title: "Folder", quarters: [Quarter(year: 2025, quarter: 4)], status: .vertraagd)
                for activity in [done, later] { try await store.save(activity, coalitionID: a.id!, by: .cli, at: Self.date) }
                try await store.save(PharosYear(year: 2025), coalitionID: a.id!, by: .cli, at: Self.date)
                let work = try #require(try await store.work(a.id!))
                let check = YearClose.apply(
                    decisions: [
                        done.id: YearCloseDecision(outcome: .gerealiseerd, reflection: "Twee trainingen gegeven."),
                        later.id: YearCloseDecision(outcome: .doorgeschoven, reflection: "Drukker kon niet eerder.")
                    ],
                    activities: work.activities, year: 2025, closedYears: work.closedYearNumbers, pharos: work.points(2025))
                let result = try #require(check.result)
                try await store.closeYear(result, coalitionID: a.id!, by: .cli, at: Self.date)
                let after = try #require(try await store.work(a.id!))
                #expect(after.closedYear(2025)?.activities.count == 2)
                #expect(after.activities.count == 3)
                #expect(after.activities.first { $0.id == done.id }?.status == .gerealiseerd)
                let carried = try #require(after.activities.first { $0.carriedOverFrom == later.id })
                #expect(carried.quarters.allSatisfy { $0.year == 2026 })
                #expect(after.points(2026) != nil)
                await #expect(throws: CoalitionStoreError.yearAlreadyClosed(2025)) {
                    try await store.closeYear(result, coalitionID: a.id!, by: .cli, at: Self.date)
                }
                #expect(try await store.work(a.id!)?.activities.count == 3, "the refused second close wrote nothing")
            }
        }
    }
}
