import Foundation
import Testing

@testable import WiegCore

@Suite("Referrals: codes, days, counts")
struct ReferralCoreTests {
    @Test("a code reads forgivingly; a BSN or a wrong shape is refused; random codes use the plain alphabet")
    func codes() {
        #expect((try? ReferralCode.read(" k7pq-x2md ").get()) == "K7PQX2MD")
        #expect(ReferralCode.read("") == .failure(.empty))
        #expect(ReferralCode.read("123456782") == .failure(.personalData))
        #expect(ReferralCode.read("K7PQ-X2M0") == .failure(.shape))
        let code = ReferralCode.random()
        #expect(code.count == 8 && (try? ReferralCode.read(code).get()) == code)
        #expect(ReferralCode.written("K7PQX2MD") == "K7PQ-X2MD")
    }

    @Test("a card can be confirmed for 90 calendar days, across the autumn clock change")
    func expiry() {
        let card = Referral(code: "K7PQX2MD", municipalityCode: "GM0119", madeOn: "2026-10-01", services: [])
        #expect(!card.isExpired(today: "2026-12-30"))
        #expect(card.isExpired(today: "2026-12-31"))
        #expect(ReferralDay.quarter("2026-10-01") == Quarter(year: 2026, quarter: 4))
    }

    @Test("counts per quarter; in public a count below 10 is hidden and the share only shown with both counts; rounded where asked")
    func counts() {
        let rows: [(madeOn: String, confirmedOn: String?)] =
            Array(repeating: ("2026-02-01", "2026-02-03"), count: 12)
            + Array(repeating: ("2026-02-01", nil), count: 3) + [("2026-05-01", nil)]
        let counts = ReferralCount.counts(rows)
        #expect(
            counts == [
                ReferralCount(quarter: Quarter(year: 2026, quarter: 1), made: 15, confirmed: 12),
                ReferralCount(quarter: Quarter(year: 2026, quarter: 2), made: 1, confirmed: 0)
            ])
        let table = ReferralCount.table(counts.map { ($0.quarter.label, $0) })
        #expect(table == [["Q1 2026", "15", "12", "80 %"], ["Q2 2026", "< 10", "0", "—"]])
        #expect(ReferralCount.table(counts.map { ($0.quarter.label, $0) }, showSmall: true)[1] == ["Q2 2026", "1", "0", "0 %"])
        #expect(ReferralCount.table([("Meppel", counts[0])], roundedTo: 5) == [["Meppel", "± 15", "± 10", "80 %"]])
    }
}
