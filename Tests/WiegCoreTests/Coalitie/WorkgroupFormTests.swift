import Foundation
import Testing

@testable import WiegCore

@Suite("Workgroup form")
struct WorkgroupFormTests {
    let id = UUID()
    let icare = UUID(), verloskundigen = UUID()

    func check(_ fields: [String: String]) -> FormCheck<Workgroup> {
        WorkgroupForm.check(fields: fields, id: id, knownOrganisations: [icare, verloskundigen])
    }

    func issues(_ fields: [String: String]) -> [String: String] {
        Dictionary(check(fields).issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("a Meppel workgroup with an action owner, a project group contact and member organisations")
    func valid() throws {
        let record = try #require(
            check([
                "naam": "Bespreekbaar maken kinderwens", "actie-eigenaar": "verloskundige, Verloskundig Centrum Meppel",
                "contact-projectgroep": "beleidsadviseur gemeente Meppel",
                "leden": "\(icare.uuidString), \(verloskundigen.uuidString.lowercased())\n\(icare.uuidString)", "toelichting": "Sinds 2020"
            ]).record)
        #expect(record.id == id && record.name == "Bespreekbaar maken kinderwens")
        #expect(
            record.actionOwner == "verloskundige, Verloskundig Centrum Meppel"
                && record.projectGroupContact == "beleidsadviseur gemeente Meppel")
        #expect(record.memberOrganisationIDs == [icare, verloskundigen] && record.note == "Sinds 2020")
        #expect(try #require(check(["naam": "Werkgroep communicatie"]).record).memberOrganisationIDs.isEmpty)
    }

    @Test("every field's problem names the field")
    func invalid() {
        #expect(issues(["naam": " "]) == ["naam": "Vul de naam in."])
        #expect(issues(["naam": String(repeating: "n", count: 201)]) == ["naam": "De naam is te lang (hoogstens 200 tekens, nu 201)."])
        #expect(
            issues(["naam": "W", "actie-eigenaar": String(repeating: "a", count: 201)])
                == ["actie-eigenaar": "De actie-eigenaar is te lang (hoogstens 200 tekens, nu 201)."])
        #expect(
            issues(["naam": "W", "contact-projectgroep": String(repeating: "c", count: 201)])
                == ["contact-projectgroep": "Het contact namens de projectgroep is te lang (hoogstens 200 tekens, nu 201)."])
        #expect(issues(["naam": "W", "leden": "\(icare.uuidString), Icare"]) == ["leden": "De organisatie 'Icare' bestaat niet."])
        #expect(issues(["naam": "W", "leden": "\(icare.uuidString)|Icare"]) == ["leden": "De organisatie 'Icare' bestaat niet."])
        #expect(
            issues(["naam": "W", "toelichting": String(repeating: "t", count: 4001)])
                == ["toelichting": "De toelichting is te lang (hoogstens 4000 tekens, nu 4001)."])
    }

    @Test("ticked checkboxes arrive joined by '|' and give the same members in their order")
    func checkboxes() throws {
        let group = try #require(check(["naam": "W", "leden": "\(icare.uuidString)|\(verloskundigen.uuidString)"]).record)
        #expect(group.memberOrganisationIDs == [icare, verloskundigen])
    }

    @Test("fields(workgroup) → check gives the same workgroup")
    func roundTrip() throws {
        let group = Workgroup(
            id: id, name: "Werkgroep doelgroep", actionOwner: "programmateam", projectGroupContact: "projectleider",
            memberOrganisationIDs: [verloskundigen, icare], note: "Ouderraad nog niet gestart")
        #expect(check(WorkgroupForm.fields(group)).record == group)
    }
}
