import Foundation
import Testing

@testable import WiegCore

/// One broken file and the one issue it must give.
struct MalformedNetworkFile: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable { case organisations, services }
    let name: String
    let kind: Kind
    let csv: String
    let line: Int
    let column: String?
    let phrase: String
    var testDescription: String { name }

    init(_ name: String, _ kind: Kind, _ csv: String, _ line: Int, _ column: String?, _ phrase: String) {
        (self.name, self.kind, self.csv, self.line, self.column, self.phrase) = (name, kind, csv, line, column, phrase)
    }
}

/// Each file is refused with exactly one issue, with the expected line, column and Dutch phrase.
@Suite struct NetworkImportMalformedTests {
    private static let wieg = "0b6f6c1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b"

    static let files: [MalformedNetworkFile] = [
        .init(
            "unknown column", .organisations, "naam;soort;telefoonnr\nGGD;ggd;\n", 1, "telefoonnr",
            "Onbekende kolom 'telefoonnr'; gebruik id, naam, soort"),
        .init(
            "missing required column", .organisations, "naam;domein\nGGD;sociaal\n", 1, nil,
            "De verplichte kolom soort ontbreekt in de kopregel (verplicht: naam en soort)."),
        .init("missing organisation column", .services, "naam;fasen\nBoekStart;na\n", 1, nil, "De verplichte kolom organisatie ontbreekt"),
        .init("empty required field", .organisations, "naam;soort\nGGD Drenthe;\n", 2, "soort", "Soort ontbreekt; gebruik een van:"),
        .init(
            "bad UUID", .organisations, "id;naam;soort\n0b6f6c1e-2d3a;GGD;ggd\n", 2, "id",
            "Id '0b6f6c1e-2d3a' is geen geldige UUID"),
        .init(
            "duplicate id", .services, "id;organisatie;naam\n\(wieg);GGD Drenthe;A\n\(wieg.uppercased());GGD Drenthe;B\n", 3, "id",
            "Id \(wieg) staat ook al op regel 2."),
        .init(
            "unknown type", .organisations, "Naam;Soort\nApotheek Meppel;apotheek\n", 2, "Soort",
            "Onbekende soort 'apotheek'; gebruik een van: verloskundigenpraktijk, ziekenhuis, pop-poli"),
        .init("unknown domain", .organisations, "naam;soort;domein\nGGD;ggd;zorg\n", 2, "domein", "Onbekend domein 'zorg'"),
        .init(
            "bad postcode", .organisations, "naam;soort;postcode;plaats\nGGD;ggd;7941 A;Meppel\n", 2, "postcode",
            "Postcode '7941 A' klopt niet; schrijf vier cijfers en twee letters"),
        .init(
            "unknown municipality", .organisations, "naam;soort;werkgebied\nGGD;ggd;GM0119|GM0000\n", 2, "werkgebied",
            "Gemeente GM0000 is onbekend in Wieg"),
        .init(
            "malformed municipality code", .services, "organisatie;naam;gemeenten\nGGD Drenthe;A;Meppel\n", 2, "gemeenten",
            "Gemeentecode 'Meppel' klopt niet; schrijf GM gevolgd door 4 cijfers"),
        .init(
            "unknown need", .services, "organisatie;naam;behoeften\nGGD Drenthe;A;taal|slaap\n", 2, "behoeften",
            "Onbekende behoefte 'slaap'"),
        .init(
            "age out of range", .services, "organisatie;naam;leeftijd_van\nGGD Drenthe;A;-12\n", 2, "leeftijd_van",
            "Leeftijd van -12 valt buiten -9 tot en met 48 maanden"),
        .init(
            "age from after age to", .services, "organisatie;naam;leeftijd_van;leeftijd_tot\nGGD Drenthe;A;12;6\n", 2, "leeftijd_tot",
            "Leeftijd van (12 maanden) is groter dan leeftijd tot (6 maanden)."),
        .init(
            "nonexistent date", .organisations, "naam;soort;laatst_gecontroleerd\nGGD;ggd;31-02-2024\n", 2, "laatst_gecontroleerd",
            "Datum '31-02-2024' bestaat niet."),
        .init(
            "unreadable date", .services, "organisatie;naam;laatst gecontroleerd\nGGD Drenthe;A;maart 2024\n", 2, "laatst gecontroleerd",
            "Datum 'maart 2024' klopt niet; schrijf dd-mm-jjjj"),
        .init(
            "future date", .services, "organisatie;naam;laatst_gecontroleerd\nGGD Drenthe;A;2030-01-01\n", 2, "laatst_gecontroleerd",
            "Datum 2030-01-01 ligt in de toekomst"),
        .init(
            "duplicate name", .organisations, "naam;soort\nGGD Drenthe;ggd\nCJG;cjg\nGGD DRENTHE;ggd\n", 4, "naam",
            "Organisatie 'GGD DRENTHE' staat ook al op regel 2."),
        .init(
            "unknown organisation", .services, "organisatie;naam\nHuisarts Jansen;Spreekuur\n", 2, "organisatie",
            "Organisatie 'Huisarts Jansen' bestaat niet"),
        .init(
            "unknown organisation id", .services, "organisatie;naam\n11111111-2222-4333-8444-555555555555;Spreekuur\n", 2,
            "organisatie", "bestaat niet (niet in het organisatiebestand en niet in Wieg)"),
        .init(
            "too many fields", .organisations, "naam;soort\nGGD;ggd;Drenthe\n", 2, nil,
            "Deze regel heeft 3 velden en de kopregel maar 2; zet een waarde met een puntkomma erin tussen aanhalingstekens."),
        .init(
            "unterminated quote", .services, "organisatie;naam\nGGD Drenthe;\"Stevig Ouderschap\nGGD Drenthe;B\n", 2, nil,
            "Een aanhalingsteken wordt niet gesloten."),
        .init("bad email", .organisations, "naam;soort;email\nGGD;ggd;info@ggd\n", 2, "email", "E-mailadres 'info@ggd' klopt niet"),
        .init(
            "bad website", .services, "organisatie;naam;website\nGGD Drenthe;A;www.ggd.nl\n", 2, "website",
            "begint met https:// of http://"),
        .init(
            "bad phone", .organisations, "naam;soort;telefoon\nGGD;ggd;06-1234567\n", 2, "telefoon",
            "Telefoonnummer '06-1234567' klopt niet"),
        .init("empty file", .organisations, "", 1, nil, "Het bestand is leeg."),
        .init("blank lines only", .services, "\n\r\n  \n", 1, nil, "Het bestand is leeg."),
        .init("header only", .organisations, "naam;soort\n", 1, nil, "Het bestand bevat geen organisaties, alleen een kopregel."),
        .init(
            "header and blank lines", .services, "organisatie;naam\n;\n\n", 1, nil, "Het bestand bevat geen aanbod, alleen een kopregel."),
        .init(
            "name too long", .organisations, "naam;soort\n\(String(repeating: "a", count: 201));ggd\n", 2, "naam",
            "Naam is te lang: 201 tekens, maximaal 200."),
        .init(
            "description too long", .organisations, "naam;soort;beschrijving\nGGD;ggd;\(String(repeating: "b", count: 4001))\n", 2,
            "beschrijving", "Beschrijving is te lang: 4001 tekens, maximaal 4000."),
        .init("unknown language", .services, "organisatie;naam;talen\nGGD Drenthe;A;nl|dutch\n", 2, "talen", "Onbekende taalcode 'dutch'"),
        .init(
            "unknown status", .services, "organisatie;naam;status\nGGD Drenthe;A;gestopt\n", 2, "status",
            "Onbekende status 'gestopt'; gebruik een van: actief, inactief."),
        .init(
            "unknown recognition", .services, "organisatie;naam;erkenning\nGGD Drenthe;A;erkend\n", 2, "erkenning",
            "Onbekende erkenning 'erkend'"),
        .init("bad demo flag", .organisations, "naam;soort;demo\nGGD;ggd;misschien\n", 2, "demo", "gebruik ja of nee"),
        .init("address without city", .organisations, "naam;soort;straat\nGGD;ggd;Hoofdstraat 1\n", 2, "plaats", "Plaats ontbreekt"),
        .init(
            "duplicate column", .organisations, "naam;soort;Name\nGGD;ggd;GGD\n", 1, "Name", "De kolom naam staat twee keer in de kopregel."
        )
    ]

    @Test(arguments: files)
    func refused(_ file: MalformedNetworkFile) {
        let issues: [ImportIssue]
        let isValid: Bool
        switch file.kind {
        case .organisations:
            let plan = NetworkFixture.organisations(file.csv)
            (issues, isValid) = (plan.issues, plan.isValid)
        case .services:
            let plan = NetworkFixture.services(file.csv)
            (issues, isValid) = (plan.issues, plan.isValid)
        }
        #expect(!isValid)
        expectNetworkIssues(issues, [(file.line, file.column, file.phrase)])
    }

    @Test func atLeastFifteenDistinctFiles() {
        #expect(Set(Self.files.map(\.csv)).count == Self.files.count)
        #expect(Self.files.count >= 15)
    }
}
