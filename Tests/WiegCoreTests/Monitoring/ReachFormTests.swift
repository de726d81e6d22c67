import Foundation
import Testing

@testable import WiegCore

@Suite("Reach registration")
struct ReachFormTests {
    static let service = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
    /// 15 May 2025, in the second quarter.
    static let now = Calendar.dutch.date(from: DateComponents(year: 2025, month: 5, day: 15))!

    func check(_ fields: [String: String]) -> FormCheck<ReachEntry> {
        ReachForm.check(fields: ["aanbod": Self.service.uuidString, "kwartaal": "2025-K2"].merging(fields) { $1 }, now: Self.now)
    }

    @Test("a filled-in form gives an entry; empty counts are 0, Dutch thousands are read")
    func valid() {
        let result = check(["contacten": "1.234", "nieuwe_clienten": "12", "afgerond": "0"])
        #expect(result.issues == [])
        #expect(
            result.record
                == ReachEntry(
                    serviceID: Self.service, quarter: ReachQuarter(year: 2025, quarter: 2)!,
                    counts: [.contacten: 1234, .nieuweCliënten: 12, .verwijzingenIn: 0, .verwijzingenUit: 0, .afgerond: 0]))
        #expect(ReachForm.fields(result.record!)["contacten"] == "1234")
        #expect(check(ReachForm.fields(result.record!)).record == result.record)
    }

    /// Each bad form: the field and a phrase of the Dutch message.
    static let bad: [([String: String], String, String)] = [
        (["contacten": "-3"], "contacten", "niet negatief"),
        (["contacten": "2,5"], "contacten", "geheel getal"),
        (["verwijzingen_in": "veel"], "verwijzingen_in", "Verwijzingen naar dit aanbod: 'veel' is geen getal"),
        (["contacten": "1000001"], "contacten", "1.000.001 is te veel"),
        (["contacten": "5", "kwartaal": "2025-K3"], "kwartaal", "3e kwartaal 2025 ligt in de toekomst"),
        (["contacten": "5", "kwartaal": "2025-5"], "kwartaal", "klopt niet"),
        (["contacten": "5", "aanbod": ""], "aanbod", "Kies het aanbod"),
        (["contacten": "5", "aanbod": "abc"], "aanbod", "geen geldige aanbod-id"),
        (["contacten": "5", "activiteit": "x"], "activiteit", "geen geldige activiteit-id"),
        ([:], "contacten", "ten minste één aantal")
    ]

    @Test("problems name the field", arguments: bad.indices)
    func invalid(_ i: Int) {
        let (fields, field, phrase) = Self.bad[i]
        let result = check(fields)
        #expect(result.record == nil)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.column == field)
        #expect(result.issues.first?.message.contains(phrase) == true, "\(result.issues)")
    }

    @Test("the current quarter and earlier ones are fine; quarters compare and print")
    func quarters() {
        #expect(check(["contacten": "1", "kwartaal": "2024-q4"]).issues == [])
        #expect(ReachQuarter.containing(Self.now) == ReachQuarter(year: 2025, quarter: 2))
        #expect(ReachQuarter(year: 2025, quarter: 5) == nil)
        #expect(ReachQuarter(year: 2024, quarter: 4)! < ReachQuarter(year: 2025, quarter: 1)!)
        #expect(ReachQuarter(year: 2025, quarter: 1)!.dutchLabel == "1e kwartaal 2025")
        #expect(ReachMeasure.allCases.map(\.dutchLabel).contains("Nieuwe cliënten"))
    }

    @Test("in public, counts from 1 to 9 are hidden; 0 and 10 are shown; totals add up first")
    func publicCounts() {
        let q = ReachQuarter(year: 2025, quarter: 1)!
        let a = ReachEntry(serviceID: Self.service, quarter: q, counts: [.contacten: 6, .afgerond: 0, .nieuweCliënten: 10])
        let shown = a.publicCounts()
        #expect(shown[.contacten] == .some(nil))
        #expect(shown[.afgerond] == .some(0) && shown[.nieuweCliënten] == .some(10))
        let totals = ReachEntry.totals([a, ReachEntry(serviceID: Self.service, quarter: q, counts: [.contacten: 5])])
        #expect(totals[.contacten] == 11 && ReachEntry.publicCount(totals[.contacten]!) == 11)
        #expect(ReachEntry.publicCount(3, threshold: 5) == nil && ReachEntry.publicCount(5, threshold: 5) == 5)
    }
}
