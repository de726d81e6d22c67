import Foundation
import Testing

@testable import WiegCore

@Suite struct NetworkImportOrganisationTests {
    private typealias F = NetworkFixture

    @Test func validFile() throws {
        let p = F.organisations(
            """
            id;naam;soort;domein;website;telefoon;email;straat;postcode;plaats;werkgebied;beschrijving;laatst_gecontroleerd;demo
            0b6f6c1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b;Verloskundigenpraktijk De Wieg;verloskundigenpraktijk;;https://www.dewieg.nl;0522-123456;info@dewieg.nl;Hoofdstraat 1;7941ab;Meppel;GM0119|GM0118;"Zorg voor; tijdens en na de bevalling.";15-03-2025;nee
            ;Sociaal Team Meppel;Sociaal (wijk)team;;http://sociaalteam.meppel.nl/aanmelden?x=1;+31 522 123 456;;;;;gm0119;;2025-01-31;
            ;GGD Drenthe;GGD;overig;;14 0522;;;;;;;;ja
            """)
        #expect(p.issues == [])
        #expect(p.isValid)
        #expect(p.encoding == .utf8)
        #expect(p.items.map(\.isNew) == [false, true, true])
        #expect(p.items.map(\.line) == [2, 3, 4])
        #expect(
            p.records[0]
                == OrganisationRecord(
                    id: F.wiegID, name: "Verloskundigenpraktijk De Wieg", type: .verloskundigenpraktijk, domain: .medisch,
                    description: "Zorg voor; tijdens en na de bevalling.", website: "https://www.dewieg.nl", phone: "0522-123456",
                    email: "info@dewieg.nl", addresses: [AddressRecord(street: "Hoofdstraat 1", postcode: "7941 AB", city: "Meppel")],
                    workingArea: ["GM0119", "GM0118"], lastVerified: F.day(2025, 3, 15)))
        let team = p.records[1]
        #expect(team.type == .sociaalTeam)
        #expect(team.domain == .sociaal)  // the type's usual domain
        #expect(team.workingArea == ["GM0119"])
        #expect(team.lastVerified == F.day(2025, 1, 31))
        #expect(team.addresses.isEmpty)
        #expect(team.email == nil)
        let ggd = p.records[2]
        #expect(ggd.domain == .overig)
        #expect(ggd.demo)
        #expect(ggd.phone == "14 0522")
        // Every column but the coordinates and the address for checks (the file has none).
        #expect(p.columns.count == OrganisationColumn.allCases.count - 3)
    }

    @Test func onlyRequiredColumnsAndEnglishNames() {
        let p = F.organisations(
            "Name;Type;Domain;Last_Verified\nBibliotheek Meppel;library;education and childcare;\nHuisarts Jansen;HUISARTS;;\n")
        #expect(p.issues == [])
        #expect(p.records.map(\.type) == [.bibliotheek, .huisarts])
        #expect(p.records.map(\.domain) == [.onderwijsOpvang, .medisch])
        #expect(p.columns == ["naam", "soort", "domein", "laatst_gecontroleerd"])
    }

    @Test func commaSeparatedFile() {
        let p = F.organisations(
            "naam,soort,werkgebied,beschrijving\n\"Welzijn Meppel, Welzijn MensenWerk\",welzijn,GM0119|GM0114,\"Zegt \"\"hallo\"\"\"\n")
        #expect(p.issues == [])
        #expect(p.records.first?.name == "Welzijn Meppel, Welzijn MensenWerk")
        #expect(p.records.first?.workingArea == ["GM0119", "GM0114"])
        #expect(p.records.first?.description == "Zegt \"hallo\"")
    }

    @Test func utf8WithBOM() {
        let p = NetworkImport.planOrganisations(
            csv: Data("\u{FEFF}naam;soort;plaats\r\nCafé Ons Huis;welzijn;Nijeveen\r\n".utf8),
            knownMunicipalities: F.municipalities, now: F.now)
        #expect(p.issues == [])  // the BOM is not part of the first header name
        #expect(p.encoding == .utf8)
        #expect(p.records.first?.name == "Café Ons Huis")
        #expect(p.records.first?.addresses == [AddressRecord(street: "", postcode: "", city: "Nijeveen")])
    }

    @Test func windows1252File() {
        // "Café Zoë" and "Koffie & Co € 2" in Windows-1252: é = E9, ë = EB, € = 80.
        let bytes =
            Array("naam;soort;beschrijving\nCaf".utf8) + [0xE9] + Array(" Zo".utf8) + [0xEB]
            + Array(";welzijn;Koffie ".utf8) + [0x80] + Array(" 2\n".utf8)
        let p = NetworkImport.planOrganisations(csv: Data(bytes), knownMunicipalities: F.municipalities, now: F.now)
        #expect(p.issues == [])
        #expect(p.encoding == .windows1252)
        #expect(p.records.first?.name == "Café Zoë")
        #expect(p.records.first?.description == "Koffie € 2")
    }

    @Test func reportsEveryProblemSortedByLine() {
        let p = F.organisations(
            """
            naam;soort;telefoon;email;website;postcode;plaats;werkgebied;fax
            GGD Drenthe;ggd;06-1234;info@ggd;www.ggd.nl;794 AB;Meppel;GM9999|Meppel
            ;apotheek;;;;;;;
            ggd drenthe;ggd;;;;;;;
            """)
        #expect(!p.isValid)
        expectNetworkIssues(
            p.issues,
            [
                (1, "fax", "Onbekende kolom 'fax'"),
                (2, "telefoon", "Telefoonnummer '06-1234' klopt niet"),
                (2, "email", "E-mailadres 'info@ggd' klopt niet"),
                (2, "website", "Website 'www.ggd.nl' klopt niet"),
                (2, "postcode", "Postcode '794 AB' klopt niet"),
                (2, "werkgebied", "Gemeente GM9999 is onbekend in Wieg"),
                (2, "werkgebied", "Gemeentecode 'Meppel' klopt niet"),
                (3, "naam", "Naam ontbreekt."),
                (3, "soort", "Onbekende soort 'apotheek'"),
                (4, "naam", "Organisatie 'ggd drenthe' staat ook al op regel 2.")
            ])
        #expect(p.items.isEmpty)  // lines with problems yield no record
    }

    @Test func validLinesStillPlannedWhenOthersFail() {
        let p = F.organisations("naam;soort\nGGD Drenthe;ggd\nX;stad\n")
        #expect(p.records.map(\.name) == ["GGD Drenthe"])
        #expect(!p.isValid)  // all or nothing: the store commits only a valid plan
    }

    @Test func todayIsNotInTheFuture() {
        let p = F.organisations("naam;soort;laatst_gecontroleerd\nGGD;ggd;01-06-2025\nGGD 2;ggd;02-06-2025\n")
        expectNetworkIssues(p.issues, [(3, "laatst_gecontroleerd", "Datum 02-06-2025 ligt in de toekomst")])
    }
}
