import Fluent
import Foundation
import SQLKit
import Testing
import WiegCore
import WiegTestSupport

@testable import WiegDemo
@testable import WiegStore

@Suite("Indicator store")
struct IndicatorStoreTests {
    static let file = """
        indicator;gebied;periode;teller;noemer
        BIG2;GM0119;2023;209;1598
        BIG2;PC4-7942;2023;53;280
        PERI-STERFTE;GM0119;2023;8;1598
        """

    @Test("the catalogue is seeded; an import is written once and a re-import updates in place", arguments: TestDatabase.allCases)
    func importAndReimport(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await DemoData.load(on: db, hash: { "x\($0)" })
                let store = FluentIndicatorStore(db: db)
                let catalogue = try await store.catalogue()
                #expect(catalogue.map(\.code).sorted() == IndicatorCatalogue.seeded.map(\.code).sorted())
                let indicators = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.code, $0) })
                let areas = Set(try await FluentAreaStore(db: db).kindsByCode().keys)
                let plan = IndicatorImport.plan(csv: Data(Self.file.utf8), indicators: indicators, areas: areas)
                #expect(plan.isValid)
                let date = Date(timeIntervalSince1970: 1_800_000_000)
                let demoValues = try await store.count()
                let demoAudits = try await AuditEventRow.query(on: db).filter(\.$entityType == "indicator_import").count()
                let first = try await store.importValues(plan.records, source: "perined.csv", by: .cli, at: date)
                #expect(first.created == 3 && first.updated == 0)

                let corrected = Self.file.replacingOccurrences(of: "53;280", with: "54;281")
                let again = IndicatorImport.plan(csv: Data(corrected.utf8), indicators: indicators, areas: areas)
                let second = try await store.importValues(again.records, source: "perined-v2.csv", by: .cli, at: date)
                #expect(second.created == 0 && second.updated == 3)
                #expect(try await store.count() == demoValues + 3)
                let value = try #require(
                    try await IndicatorValueRow.query(on: db).filter(\.$areaCode == "PC4-7942")
                        .filter(\.$period == "2023").first())
                #expect(value.numerator == 54 && value.denominator == 281 && value.sourceFile == "perined-v2.csv")
                #expect(value.period == "2023" && value.periodStart == 2023 && value.periodEnd == 2023)
                #expect(value.importedAt == date && value.id != nil)
                let audits = try await AuditEventRow.query(on: db).filter(\.$entityType == "indicator_import").count()
                #expect(audits == demoAudits + 2)
            }
        }
    }

    @Test("an import that fails half-way writes nothing", arguments: TestDatabase.allCases)
    func allOrNothing(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await DemoData.load(on: db, hash: { "x\($0)" })
                let store = FluentIndicatorStore(db: db)
                let before = try await store.count()
                // Past validation on purpose: the last row names an area that does not exist,
                // so the foreign key fails after the first chunk was written.
                var records = (0..<450).map { i in
                    IndicatorValueRecord(
                        indicator: "BIG2", area: "GM0119", period: Period(year: 1900 + i),
                        numerator: 1, denominator: 10, line: i + 2)
                }
                records.append(
                    IndicatorValueRecord(
                        indicator: "BIG2", area: "GM9999", period: Period(year: 2021),
                        numerator: 1, denominator: 10, line: 452))
                await #expect(throws: (any Error).self) { try await store.importValues(records, source: "x", by: .cli, at: Date()) }
                let count = try await store.count()
                #expect(count == before)
            }
        }
    }

    @Test(
        "a bulk import (checked once for the whole table on PostgreSQL) is all or nothing and leaves the foreign keys in force",
        arguments: TestDatabase.allCases)
    func bulk(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await DemoData.load(on: db, hash: { "x\($0)" })
                let store = FluentIndicatorStore(db: db)
                let before = try await store.count()
                func rows(_ area: String, _ n: Int) -> [IndicatorValueRecord] {
                    (0..<n).map {
                        IndicatorValueRecord(
                            indicator: "BIG2", area: area, period: Period(year: 3000 + $0), numerator: 1, denominator: 10, line: $0 + 2)
                    }
                }
                let bad =
                    rows("GM0119", FluentIndicatorStore.bulkRows) + [
                        IndicatorValueRecord(
                            indicator: "BIG2", area: "GM9999", period: Period(year: 2021),
                            numerator: 1, denominator: 10, line: 9)
                    ]
                await #expect(throws: (any Error).self) { try await store.importValues(bad, source: "x", by: .cli, at: Date()) }
                #expect(try await store.count() == before)
                let good = try await store.importValues(
                    rows("GM0119", FluentIndicatorStore.bulkRows), source: "bulk.csv", by: .cli, at: Date())
                #expect(good.created == FluentIndicatorStore.bulkRows && good.updated == 0)
                #expect(try await store.count() == before + FluentIndicatorStore.bulkRows)
                if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                    struct Key: Decodable { var conname: String }
                    let keys = try await sql.raw(
                        "SELECT conname FROM pg_constraint WHERE conrelid = 'indicator_values'::regclass AND contype = 'f'"
                    )
                    .all(decoding: Key.self)
                    #expect(keys.count == 2)
                }
                // A re-import: every row again with a new numerator, and ten new ones.
                var again = rows("GM0119", FluentIndicatorStore.bulkRows + 10)
                for i in again.indices { again[i].numerator = 2 }
                let second = try await store.importValues(again, source: "bulk-v2.csv", by: .cli, at: Date())
                #expect(second.created == 10 && second.updated == FluentIndicatorStore.bulkRows)
                let changed = try await IndicatorValueRow.query(on: db).filter(\.$sourceFile == "bulk-v2.csv").all()
                #expect(changed.count == FluentIndicatorStore.bulkRows + 10 && changed.allSatisfy { $0.numerator == 2 })
                #expect(try await store.count() == before + FluentIndicatorStore.bulkRows + 10)
                let orphan = [
                    IndicatorValueRecord(
                        indicator: "BIG2", area: "GM9999", period: Period(year: 2021), numerator: 1, denominator: 10, line: 2)
                ]
                await #expect(throws: (any Error).self, "the area key is in force again") {
                    try await store.importValues(orphan, source: "x", by: .cli, at: Date())
                }
            }
        }
    }

    @Test("the counts of every area of a kind equal the counts for the list of those areas", arguments: TestDatabase.allCases)
    func countsByKind(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                try await DemoData.load(on: db, hash: { "x\($0)" })
                let store = FluentIndicatorStore(db: db)
                var compared: [AreaKind] = []
                for level in [AreaKind.gemeente, .wijk, .pc4] {
                    let codes = try await FluentAreaStore(db: db).records(kind: level).map(\.code)
                    guard let period = try await store.periods(indicator: "BIG2", areaCodes: codes).last else { continue }
                    compared.append(level)
                    func key(_ r: IndicatorValueRecord) -> String { "\(r.area) \(r.numerator)/\(r.denominator)" }
                    let joined = try await store.counts(indicator: "BIG2", period: period, kind: level).map(key).sorted()
                    let listed = try await store.counts(indicator: "BIG2", period: period, areaCodes: codes).map(key).sorted()
                    #expect(!joined.isEmpty && joined == listed, "\(level)")
                }
                #expect(compared.contains(.gemeente) && compared.contains(.pc4))
            }
        }
    }
}
