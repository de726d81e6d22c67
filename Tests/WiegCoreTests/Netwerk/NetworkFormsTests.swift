import Foundation
import Testing

@testable import WiegCore

@Suite struct NetworkFormsTests {
    let now = Calendar.dutch.date(from: DateComponents(year: 2026, month: 11, day: 23, hour: 12))!
    let id = UUID()

    @Test func aValidOrganisationFormGivesTheRecordWithItsId() throws {
        let check = NetworkImport.organisation(
            form: [
                ("naam", "Welzijn Meppel"), ("soort", "welzijn"), ("postcode", "7941ab"),
                ("straat", "Hoofdstraat 1"), ("plaats", "Meppel"), ("werkgebied", "GM0119"),
                ("website", "https://welzijn.example.org"), ("bijzaak", "genegeerd")
            ],
            id: id, knownMunicipalities: ["GM0119"], now: now)
        #expect(check.issues == [])
        let record = try #require(check.record)
        #expect(record.id == id && record.name == "Welzijn Meppel" && record.type == .welzijn && record.domain == .sociaal)
        #expect(record.addresses == [AddressRecord(street: "Hoofdstraat 1", postcode: "7941 AB", city: "Meppel")])
        #expect(record.workingArea == ["GM0119"])
    }

    @Test func formProblemsNameTheField() {
        let check = NetworkImport.organisation(
            form: [("naam", ""), ("soort", "bakkerij"), ("email", "geen-adres"), ("werkgebied", "GM9999")],
            id: id, knownMunicipalities: ["GM0119"], now: now)
        #expect(check.record == nil)
        #expect(Set(check.issues.compactMap(\.column)) == ["naam", "soort", "email", "werkgebied"])
        #expect(check.issues.allSatisfy { $0.line == 2 && !$0.message.isEmpty })
    }

    @Test func serviceFormUsesTheImportRules() throws {
        let org = UUID()
        let ok = NetworkImport.service(
            form: [
                ("naam", "Prenataal huisbezoek"), ("fasen", "tijdens"), ("leeftijd_van", "-4"), ("leeftijd_tot", "0"),
                ("behoeften", "opvoedvragen"), ("talen", "nl|en"), ("contact_email", "jgz@example.org")
            ],
            id: id, organisationID: org, knownNeeds: ["opvoedvragen"], knownMunicipalities: ["GM0119"], now: now)
        #expect(ok.issues == [])
        let record = try #require(ok.record)
        #expect(record.organisationID == org && record.phases == [.tijdens] && record.ageFromMonths == -4 && record.ageToMonths == 0)
        #expect(record.professionalContact.email == "jgz@example.org" && record.languages == ["nl", "en"])

        let bad = NetworkImport.service(
            form: [("naam", "X"), ("leeftijd_van", "12"), ("leeftijd_tot", "3"), ("behoeften", "onbekend")],
            id: id, organisationID: org, knownNeeds: ["opvoedvragen"], knownMunicipalities: [], now: now)
        #expect(bad.record == nil)
        #expect(bad.issues.contains { $0.column == "behoeften" })
        #expect(bad.issues.contains { $0.column == "leeftijd_tot" || $0.column == "leeftijd_van" })
    }
}
