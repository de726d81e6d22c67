import Foundation
import Testing

@testable import WiegCore

@Suite("Governance body form")
struct GovernanceBodyFormTests {
    let id = UUID()

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Date { Calendar.dutch.date(from: DateComponents(year: y, month: m, day: d))! }

    func issues(_ fields: [String: String]) -> [String: String] {
        let base = ["soort": "kerngroep", "naam": "Kerngroep IZA NML"]
        return Dictionary(
            GovernanceBodyForm.check(fields: base.merging(fields) { $1 }, id: id).issues.map { ($0.column ?? "", $0.message) },
            uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("members one per line, meetings as dd-mm-jjjj in any order, sorted and without repeats")
    func valid() throws {
        let record = try #require(
            GovernanceBodyForm.check(
                fields: [
                    "soort": "Bestuurlijke bijeenkomst", "naam": "Bestuurlijke bijeenkomst KS NML",
                    "leden": "wethouder, gemeente Venlo\nbestuurder VSV; directeur GGD", "vergaderingen-per-jaar": "2",
                    "vergaderingen": "28-11-2024, 14-03-2024\n14-03-2024"
                ], id: id
            ).record)
        #expect(record.kind == .bestuurlijkeBijeenkomst && record.name == "Bestuurlijke bijeenkomst KS NML")
        #expect(record.members == ["wethouder, gemeente Venlo", "bestuurder VSV", "directeur GGD"])
        #expect(record.requiredMeetingsPerYear == 2 && record.meetings == [Self.day(2024, 3, 14), Self.day(2024, 11, 28)])
        let bare = try #require(GovernanceBodyForm.check(fields: ["soort": "adviesraad", "naam": "Adviesraad"], id: id).record)
        #expect(bare.requiredMeetingsPerYear == 0 && bare.meetings.isEmpty && bare.members.isEmpty)
    }

    @Test("every field's problem names the field")
    func invalid() {
        #expect(issues(["soort": ""]) == ["soort": "Kies de soort overleg."])
        #expect(
            issues(["soort": "raad"]) == [
                "soort":
                    "'raad' is geen geldige keuze voor de soort overleg; kies uit stuurgroep, adviesraad, kerngroep, portefeuillehoudersoverleg, bestuurlijke-bijeenkomst."
            ])
        #expect(issues(["naam": ""]) == ["naam": "Vul de naam in."])
        let long = String(repeating: "l", count: 201)
        #expect(issues(["leden": long]) == ["leden": "Lid '\(long.prefix(40))…' is te lang (hoogstens 200 tekens)."])
        let count = "'twee' is geen aantal vergaderingen per jaar; vul een heel getal van 0 tot en met 52 in."
        #expect(issues(["vergaderingen-per-jaar": "twee"]) == ["vergaderingen-per-jaar": count])
        #expect(issues(["vergaderingen-per-jaar": "53"]).keys.sorted() == ["vergaderingen-per-jaar"])
        #expect(issues(["vergaderingen-per-jaar": "-1"]).keys.sorted() == ["vergaderingen-per-jaar"])
        #expect(issues(["vergaderingen-per-jaar": "52"]) == [:])
        #expect(issues(["vergaderingen": "31-02-2024"]) == ["vergaderingen": "De datum '31-02-2024' bestaat niet."])
        #expect(
            issues(["vergaderingen": "14-03-2024, maart"]) == [
                "vergaderingen": "'maart' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-03-2024."
            ])
    }

    @Test("fields(body) → check gives the same body")
    func roundTrip() throws {
        let body = GovernanceBody(
            id: id, kind: .portefeuillehoudersoverleg, name: "PhO IZA",
            members: ["portefeuillehouders IZA, 14 gemeenten", "mandaatgemeente Venlo"],
            requiredMeetingsPerYear: 4, meetings: [Self.day(2024, 2, 8), Self.day(2024, 6, 20)])
        let fields = GovernanceBodyForm.fields(body)
        #expect(fields["vergaderingen"] == "08-02-2024, 20-06-2024")
        #expect(GovernanceBodyForm.check(fields: fields, id: id).record == body)
    }
}
