import Foundation
import Testing

@testable import WiegCore

@Suite struct ZorgpadFormTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let id = UUID()

    func check(_ fields: [String: String], existing: ZorgpadRecord? = nil, allowed: Set<String>? = ["GM0119"])
        -> FormCheck<ZorgpadRecord>
    {
        ZorgpadForm.check(
            fields: fields, id: id, existing: existing, allowedAreas: allowed, knownAreas: ["GM0119", "GM0983", "nml"],
            knownNeeds: ["schulden"], now: now)
    }

    @Test func stepsOnePerLineKeepTheirLinksWhenUnchanged() throws {
        let service = UUID()
        let existing = ZorgpadRecord(
            id: id, areaCode: "GM0119", needCode: "schulden", title: "Oud",
            steps: [ZorgpadStep(kind: .aanbod, text: "Verwijs naar schuldhulp", serviceID: service)], demo: true)
        let result = check(
            [
                "titel": "Geldzorgen", "gebied": "GM0119", "behoefte": "schulden",
                "stappen": "signaal: Vraag naar geldzorgen\n\nAanbod: Verwijs naar schuldhulp\nescalatie: Bel het sociaal team",
                "afspraken": "Convenant vroegsignalering\n", "verantwoordelijke_rol": "sociaal team"
            ], existing: existing)
        #expect(result.issues == [])
        let record = try #require(result.record)
        #expect(record.steps.map(\.kind) == [.signaal, .aanbod, .escalatie])
        #expect(record.steps[1].serviceID == service && record.steps[0].serviceID == nil)
        #expect(record.agreements == ["Convenant vroegsignalering"] && record.responsible.role == "sociaal team")
        #expect(record.lastVerified == now && record.demo)
    }

    @Test func problemsNameTheirField() {
        let result = check([
            "titel": "", "gebied": "GM0983", "behoefte": "onbekend", "stappen": "bellen met iemand",
            "verantwoordelijke_email": "geen-adres"
        ])
        #expect(result.record == nil)
        #expect(result.issues.map(\.column) == ["titel", "gebied", "behoefte", "stappen", "verantwoordelijke_email"])
        #expect(result.issues[1].message.contains("eigen gemeente"))
        #expect(result.issues[3].message.contains("soort: tekst"))
        let noSteps = check(["titel": "X", "gebied": "GM0119", "behoefte": "schulden", "stappen": "  \n "])
        #expect(noSteps.issues.map(\.message) == ["Beschrijf ten minste één stap."])
        // A beheerder (no area restriction) may choose any known area.
        #expect(check(["titel": "X", "gebied": "nml", "behoefte": "schulden", "stappen": "contact: bel"], allowed: nil).record != nil)
    }

    @Test func fieldsRoundTrip() throws {
        let path = ZorgpadRecord(
            id: id, areaCode: "GM0119", needCode: "schulden", title: "Geldzorgen", summary: "Kort",
            steps: [ZorgpadStep(kind: .contact, text: "Bel de schuldhulp")], agreements: ["A", "B"],
            responsible: ProfessionalContact(role: "JGZ"), lastVerified: now)
        let again = try #require(check(ZorgpadForm.fields(path), existing: path).record)
        #expect(again == path)
    }
}
