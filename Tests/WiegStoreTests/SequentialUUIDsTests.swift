import Foundation
import Testing
import WiegCore

@testable import WiegStore

@Suite("Sequential UUIDs and index order for bulk inserts")
struct SequentialUUIDsTests {
    @Test("each UUID sorts after the one before, as bytes and as the text SQLite stores; a later generator sorts after an earlier one")
    func ordered() {
        var ids = SequentialUUIDs(now: Date(timeIntervalSince1970: 1_790_000_000))
        let made = (0..<10_000).map { _ in ids.next() }
        #expect(Set(made).count == made.count)
        #expect(zip(made, made.dropFirst()).allSatisfy { $0.uuidString < $1.uuidString })
        var later = SequentialUUIDs(now: Date(timeIntervalSince1970: 1_790_000_001))
        #expect(made.last!.uuidString < later.next().uuidString)
    }

    @Test("version 7 and the RFC 4122 variant, the time in milliseconds first")
    func layout() {
        var ids = SequentialUUIDs(now: Date(timeIntervalSince1970: 1_790_000_000.123))
        let u = ids.next().uuid
        #expect(u.6 >> 4 == 7 && u.8 >> 6 == 0b10)
        let ms = [u.0, u.1, u.2, u.3, u.4, u.5].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(ms == 1_790_000_000_123)
    }

    @Test("records are put in the order of the unique index: indicator, area, period")
    func indexOrder() throws {
        func r(_ i: String, _ a: String, _ p: String) throws -> IndicatorValueRecord {
            IndicatorValueRecord(indicator: i, area: a, period: try #require(Period.parse(p)), numerator: 1, denominator: 2, line: 0)
        }
        let file = [
            try r("BIG2", "GM0119", "2020"), try r("BIG2", "GM0003", "2020"), try r("BIG2", "GM0119", "2019"),
            try r("A-INDICATOR", "PC4-7942", "2019-2021"), try r("BIG2", "GM0003", "2019")
        ]
        let ordered = FluentIndicatorStore.inIndexOrder(file).map { "\($0.indicator) \($0.area) \($0.period)" }
        #expect(
            ordered == ["A-INDICATOR PC4-7942 2019-2021", "BIG2 GM0003 2019", "BIG2 GM0003 2020", "BIG2 GM0119 2019", "BIG2 GM0119 2020"])
    }
}
