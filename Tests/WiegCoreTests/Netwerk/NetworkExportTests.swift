import Foundation
import Testing

@testable import WiegCore

@Suite struct NetworkExportTests {
    private typealias F = NetworkFixture

    static let wieg = OrganisationRecord(
        id: F.wiegID, name: "=HYPERLINK(\"http://evil.example\")", type: .verloskundigenpraktijk, domain: .sociaal,
        description: "Zorg voor; tijdens\nen na de bevalling. 't Is \"goed\".", website: "https://www.dewieg.nl",
        phone: "+31 522 123 456", email: "info@dewieg.nl",
        addresses: [AddressRecord(street: "Hoofdstraat 1", postcode: "7941 AB", city: "'s-Hertogenbosch")],
        workingArea: ["GM0119", "GM0118"], lastVerified: F.day(2025, 3, 5), demo: true)
    static let ggd = OrganisationRecord(id: F.ggdID, name: "GGD Drenthe", type: .ggd)

    static let centering = ServiceRecord(
        id: UUID(uuidString: "a1b2c3d4-0000-4000-8000-000000000001")!, organisationID: F.wiegID, name: "Centering Pregnancy",
        publicDescription: "-samen- naar de controles", professionalDescription: "@team: 10 bijeenkomsten",
        phases: [.na, .tijdens], ageFromMonths: -9, ageToMonths: 3, targetGroup: "Zwangeren", needs: ["taal", "zwangerschap"],
        access: .viaHuisarts, cost: "+ € 25 eigen bijdrage", languages: ["nl", "ar"], recognition: .effectiefGoede,
        areaCodes: ["GM0119"], locations: [AddressRecord(street: "Hoofdstraat 1", postcode: "7941 AB", city: "Meppel")],
        website: "https://www.dewieg.nl/centering",
        professionalContact: ProfessionalContact(name: "Anna de Vries", role: "coördinator", phone: "06-12345678", email: "anna@dewieg.nl"),
        status: .inactief, lastVerified: F.day(2024, 12, 31), editorial: .aandachtNodig, demo: true)
    static let boekstart = ServiceRecord(organisationID: F.ggdID, name: "BoekStart", languages: [])

    private func text(_ data: Data) -> (bom: Bool, lines: [String]) {
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF])
        let body = String(decoding: data.dropFirst(bom ? 3 : 0), as: UTF8.self)
        return (bom, body.components(separatedBy: "\r\n"))
    }

    @Test("the address for checks is in a private export and its import, never in the public export")
    func checkAddress() {
        var org = Self.wieg
        org.checkEmail = "controle@dewieg.nl"
        let publicFile = String(decoding: NetworkExport.organisationsCSV([org]), as: UTF8.self)
        #expect(!publicFile.contains("controle_email") && !publicFile.contains("controle@dewieg.nl"))
        let privateFile = NetworkExport.organisationsCSV([org], includePrivate: true)
        #expect(String(decoding: privateFile, as: UTF8.self).contains(";controle@dewieg.nl;"))
        let plan = NetworkImport.planOrganisations(csv: privateFile, knownMunicipalities: F.municipalities, now: F.now)
        #expect(plan.issues == [] && plan.records.first?.checkEmail == "controle@dewieg.nl")
        #expect(plan.records.first?.mailForChecks == "controle@dewieg.nl" && Self.ggd.mailForChecks == Self.ggd.email)
    }

    @Test func organisationsFileForExcelNL() {
        let (bom, lines) = text(NetworkExport.organisationsCSV([Self.wieg, Self.ggd]))
        #expect(bom)
        #expect(
            lines[0]
                == "id;naam;soort;domein;website;telefoon;email;straat;postcode;plaats;breedtegraad;lengtegraad;werkgebied;beschrijving;"
                + "laatst_gecontroleerd;demo")
        #expect(
            lines[1] == "0b6f6c1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b;\"'=HYPERLINK(\"\"http://evil.example\"\")\";verloskundigenpraktijk;"
                + "sociaal;https://www.dewieg.nl;'+31 522 123 456;info@dewieg.nl;Hoofdstraat 1;7941 AB;'s-Hertogenbosch;;;GM0119|GM0118;"
                + "\"Zorg voor; tijdens\nen na de bevalling. 't Is \"\"goed\"\".\";05-03-2025;ja")
        #expect(lines[2] == "7c9e6679-7425-40de-944b-e07fc1f90ae7;GGD Drenthe;ggd;publieke-gezondheid;;;;;;;;;;;;nee")
        #expect(lines[3] == "")  // every line ends with CRLF
        #expect(lines.count == 4)
    }

    @Test func servicesFileKeepsNegativeAgesAndGuardsFormulas() {
        let data = NetworkExport.servicesCSV([Self.centering], organisationNames: [F.wiegID: "De Wieg"], includeProfessional: true)
        let (_, lines) = text(data)
        let header = lines[0].components(separatedBy: ";")
        let cells = lines[1].components(separatedBy: ";")
        #expect(header == ServiceColumn.allCases.map(\.rawValue))
        let row = Dictionary(uniqueKeysWithValues: zip(header, cells))
        #expect(row["organisatie"] == "De Wieg")
        #expect(row["leeftijd_van"] == "-9")
        #expect(row["leeftijd_tot"] == "3")
        #expect(row["beschrijving_ouders"] == "'-samen- naar de controles")
        #expect(row["beschrijving_professionals"] == "'@team: 10 bijeenkomsten")
        #expect(row["kosten"] == "'+ € 25 eigen bijdrage")
        #expect(row["fasen"] == "na|tijdens")
        #expect(row["talen"] == "nl|ar")
        #expect(row["laatst_gecontroleerd"] == "31-12-2024")
        #expect(row["redactie"] == "aandacht-nodig")
        #expect(row["contact_naam"] == "Anna de Vries")
    }

    @Test func publicExportLeavesOutProfessionalColumns() {
        let data = NetworkExport.servicesCSV([Self.centering], organisationNames: [:], includeProfessional: false)
        let (_, lines) = text(data)
        let header = lines[0].components(separatedBy: ";")
        for column in ["beschrijving_professionals", "contact_naam", "contact_rol", "contact_telefoon", "contact_email"] {
            #expect(!header.contains(column))
        }
        #expect(header.contains("beschrijving_ouders"))
        let body = String(decoding: data, as: UTF8.self)
        for secret in ["Anna", "coördinator", "06-12345678", "anna@dewieg.nl", "bijeenkomsten"] {
            #expect(!body.contains(secret))
        }
        // Without a name the organisation is written by its id, and imports by it.
        #expect(lines[1].hasPrefix("a1b2c3d4-0000-4000-8000-000000000001;0b6f6c1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b;"))
        // Importing a public export: the plan says the professional columns were absent.
        let plan = NetworkImport.planServices(
            csv: data, organisations: F.lookup, knownNeeds: F.needs,
            knownMunicipalities: F.municipalities, now: F.now)
        #expect(plan.issues == [])
        #expect(plan.records.first?.professionalContact.isEmpty == true)
        #expect(!plan.columns.contains("contact_naam"))
        #expect(plan.columns.contains("beschrijving_ouders"))
    }

    @Test func sharedOrganisationNamesAreWrittenAsIDs() {
        let data = NetworkExport.servicesCSV(
            [Self.boekstart], organisationNames: [F.ggdID: "GGD", F.wiegID: "ggd"],
            includeProfessional: false)
        #expect(text(data).lines[1].contains(";7c9e6679-7425-40de-944b-e07fc1f90ae7;BoekStart;"))
    }

    @Test func organisationsRoundTrip() {
        let data = NetworkExport.organisationsCSV([Self.wieg, Self.ggd])
        let plan = NetworkImport.planOrganisations(csv: data, knownMunicipalities: F.municipalities, now: F.now)
        #expect(plan.issues == [])
        #expect(plan.encoding == .utf8)
        #expect(plan.records == [Self.wieg, Self.ggd])
        #expect(plan.items.allSatisfy { !$0.isNew })
    }

    @Test func servicesRoundTrip() {
        let names = [F.wiegID: Self.wieg.name, F.ggdID: Self.ggd.name]
        let data = NetworkExport.servicesCSV([Self.centering, Self.boekstart], organisationNames: names, includeProfessional: true)
        let lookup = NetworkImport.organisationLookup([Self.wieg, Self.ggd])
        let plan = NetworkImport.planServices(
            csv: data, organisations: lookup, knownNeeds: F.needs,
            knownMunicipalities: F.municipalities, now: F.now)
        #expect(plan.issues == [])
        var expected = Self.boekstart
        expected.languages = ["nl"]  // an empty language list reads back as Dutch
        #expect(plan.records == [Self.centering, expected])
        #expect(plan.items.allSatisfy { !$0.isNew })
        #expect(plan.columns.count == ServiceColumn.allCases.count)
    }
}
