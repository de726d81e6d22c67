import Foundation
import Testing

@testable import WiegCore

@Suite("Risk form")
struct RiskFormTests {
    let id = UUID()

    func issues(_ fields: [String: String]) -> [String: String] {
        Dictionary(
            RiskForm.check(fields: fields, id: id).issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("the NML risk with its mitigation and three responsible parties")
    func valid() throws {
        let record = try #require(
            RiskForm.check(
                fields: [
                    "risico": "Krapte op de arbeidsmarkt, hoge werkdruk en ziekteverzuim kunnen ruimte om te innoveren in de weg staan.",
                    "beheersmaatregel": "Continue monitoring van de werkdruk en het ziekteverzuim.",
                    "verantwoordelijken": "Gemeenten, Ketenorganisaties\nProgrammateam\nGemeenten", "status": "Beheerst"
                ], id: id
            ).record)
        #expect(record.id == id && record.responsibleParties == ["Gemeenten", "Ketenorganisaties", "Programmateam"])
        #expect(record.status == .beheerst)
        #expect(
            try #require(RiskForm.check(fields: ["risico": "Te weinig tijd", "status": "occurred"], id: id).record).status == .opgetreden)
        let bare = try #require(RiskForm.check(fields: ["risico": "Te weinig tijd"], id: id).record)
        #expect(bare.status == .actief && bare.mitigation.isEmpty && bare.responsibleParties.isEmpty)
    }

    @Test("every field's problem names the field")
    func invalid() {
        #expect(issues(["risico": ""]) == ["risico": "Vul het risico in."])
        #expect(
            issues(["risico": String(repeating: "r", count: 4001)]) == ["risico": "Het risico is te lang (hoogstens 4000 tekens, nu 4001)."]
        )
        #expect(
            issues(["risico": "R", "beheersmaatregel": String(repeating: "b", count: 4001)])
                == ["beheersmaatregel": "De beheersmaatregel is te lang (hoogstens 4000 tekens, nu 4001)."])
        let long = String(repeating: "v", count: 201)
        #expect(
            issues(["risico": "R", "verantwoordelijken": "Gemeenten\n" + long])
                == ["verantwoordelijken": "Verantwoordelijke '\(long.prefix(40))…' is te lang (hoogstens 200 tekens)."])
        #expect(
            issues(["risico": "R", "status": "weg"])
                == ["status": "'weg' is geen geldige keuze voor de status; kies uit actief, beheerst, opgetreden, vervallen."])
    }

    @Test("fields(risk) → check gives the same risk")
    func roundTrip() throws {
        let risk = Risk(
            id: id, risk: "Regionale betrokkenheid vereist inzet van beleidsambtenaren.",
            mitigation: "Inzet beleidsambtenaren faciliteren; online vergaderen.",
            responsibleParties: ["Gemeenten", "Programmateam"], status: .vervallen)
        #expect(RiskForm.check(fields: RiskForm.fields(risk), id: id).record == risk)
    }
}
