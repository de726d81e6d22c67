import Testing

@testable import WiegCore

@Suite struct NeedTermFormTests {
    let fields = [
        "code": "mantelzorg", "domein": "gezinssituatie", "naam_nl": "mantelzorg", "naam_en": "informal care",
        "beschrijving_nl": "Zorg je voor iemand?", "beschrijving_en": "Do you care for someone?"
    ]

    @Test func aNewNeedWithAFreshCode() throws {
        let check = NeedTermForm.check(fields: fields, existingCode: nil, taxonomy: .seeded)
        #expect(check.issues == [])
        let term = try #require(check.record)
        #expect(term.code == "mantelzorg" && term.domain == .gezinssituatie && term.englishName == "informal care")
        #expect(NeedTermForm.check(fields: NeedTermForm.fields(term), existingCode: "mantelzorg", taxonomy: .seeded).record == term)
    }

    @Test func codesAreCheckedAndNeverChange() {
        var taken = fields
        taken["code"] = "schulden"
        #expect(NeedTermForm.check(fields: taken, existingCode: nil, taxonomy: .seeded).issues.map(\.column) == ["code"])
        var bad = fields
        bad["code"] = "Geld Zorgen"
        bad["naam_nl"] = " "
        bad["domein"] = "onbekend"
        #expect(NeedTermForm.check(fields: bad, existingCode: nil, taxonomy: .seeded).issues.map(\.column) == ["code", "domein", "naam_nl"])
        // Editing: the code in the form is ignored, the existing one stays.
        let edited = NeedTermForm.check(
            fields: bad.merging(["domein": "leefstijl", "naam_nl": "Schulden"]) { $1 }, existingCode: "schulden",
            taxonomy: .seeded)
        #expect(edited.record?.code == "schulden" && edited.record?.dutchName == "Schulden")
    }
}
