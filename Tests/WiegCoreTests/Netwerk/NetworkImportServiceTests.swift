import Foundation
import Testing

@testable import WiegCore

@Suite struct NetworkImportServiceTests {
    private typealias F = NetworkFixture
    private static let header =
        "id;organisatie;naam;beschrijving_ouders;beschrijving_professionals;fasen;leeftijd_van;"
        + "leeftijd_tot;doelgroep;behoeften;toegang;kosten;talen;erkenning;gemeenten;website;contact_naam;contact_rol;"
        + "contact_telefoon;contact_email;status;redactie;laatst_gecontroleerd;locatie_straat;locatie_postcode;locatie_plaats"

    @Test func validFile() {
        let p = F.services(
            Self.header + "\n" + """
                a1b2c3d4-0000-4000-8000-000000000001;Verloskundigenpraktijk De Wieg;Centering Pregnancy;Samen met andere zwangeren naar de controles.;Groepszorg, 10 bijeenkomsten.;tijdens|na;-6;2;Zwangeren;zwangerschap|taal;zelf aanmelden;gratis;nl|EN|ar;Effectief (eerste aanwijzingen);GM0119;https://www.dewieg.nl/centering;Anna de Vries;coördinator;06-12345678;anna@dewieg.nl;actief;gecontroleerd;01-05-2025;Hoofdstraat 1;7941 AB;Meppel
                ;7C9E6679-7425-40DE-944B-E07FC1F90AE7;Nu Niet Zwanger;;;voor;;;;kinderwens;verwijzing;;;;;;;;;;inactief;aandacht nodig;;;;
                """)
        #expect(p.issues == [])
        #expect(p.isValid)
        #expect(p.items.map(\.isNew) == [false, true])
        #expect(
            p.records[0]
                == ServiceRecord(
                    id: UUID(uuidString: "a1b2c3d4-0000-4000-8000-000000000001")!, organisationID: F.wiegID, name: "Centering Pregnancy",
                    publicDescription: "Samen met andere zwangeren naar de controles.",
                    professionalDescription: "Groepszorg, 10 bijeenkomsten.",
                    phases: [.tijdens, .na], ageFromMonths: -6, ageToMonths: 2, targetGroup: "Zwangeren", needs: ["zwangerschap", "taal"],
                    access: .zelfAanmelden, cost: "gratis", languages: ["nl", "en", "ar"], recognition: .effectiefEerste,
                    areaCodes: ["GM0119"], locations: [AddressRecord(street: "Hoofdstraat 1", postcode: "7941 AB", city: "Meppel")],
                    website: "https://www.dewieg.nl/centering",
                    professionalContact: ProfessionalContact(
                        name: "Anna de Vries", role: "coördinator", phone: "06-12345678", email: "anna@dewieg.nl"),
                    status: .actief, lastVerified: F.day(2025, 5, 1), editorial: .gecontroleerd))
        let nnz = p.records[1]
        #expect(nnz.organisationID == F.ggdID)  // by id, in any case
        #expect(nnz.phases == [.voor])
        #expect((nnz.ageFromMonths, nnz.ageToMonths) == (-9, 48))  // empty: the whole range
        #expect(nnz.access == .verwijzing)
        #expect(nnz.languages == ["nl"])  // empty: Dutch
        #expect(nnz.recognition == .nietBeoordeeld)
        #expect(nnz.status == .inactief)
        #expect(nnz.editorial == .aandachtNodig)
        #expect(nnz.professionalContact.isEmpty)
        #expect(nnz.locations.isEmpty)
    }

    @Test func organisationsFromTheFileBeingImported() {
        let organisations = F.organisations("naam;soort\nBibliotheek Meppel;bibliotheek\n")
        let lookup = F.lookup.merging(NetworkImport.organisationLookup(organisations.records)) { _, new in new }
        let p = F.services(
            "organisatie;naam;fasen;toegang;erkenning;status\nbibliotheek meppel;BoekStart;NA;via de JGZ;goed-onderbouwd;active\n",
            organisations: lookup)
        #expect(p.issues == [])
        #expect(p.records.first?.organisationID == organisations.records.first?.id)
        #expect(p.records.first?.access == .viaJGZ)
        #expect(p.records.first?.recognition == .goedOnderbouwd)
        #expect(p.records.first?.phases == [.na])
        #expect(p.columns == ["organisatie", "naam", "fasen", "toegang", "erkenning", "status"])
    }

    @Test func sameNameForTwoOrganisationsIsFineButNotTwiceForOne() {
        let p = F.services(
            """
            organisatie;naam
            GGD Drenthe;Zwangerschapscursus
            Verloskundigenpraktijk De Wieg;Zwangerschapscursus
            ggd drenthe;zwangerschapscursus
            """)
        expectNetworkIssues(p.issues, [(4, "naam", "Aanbod 'zwangerschapscursus' van deze organisatie staat ook al op regel 2.")])
    }

    @Test func reportsEveryProblemSortedByLine() {
        let p = F.services(
            """
            organisatie;naam;fasen;leeftijd_van;leeftijd_tot;behoeften;talen;toegang;contact_telefoon;contact_email;redactie;locatie_postcode
            GGD Drenthe;Stevig Ouderschap;zwanger|na;3,5;60;slaap;nl|xx;op afspraak;12345;anna;klaar;7941AB
            Onbekend;;;;;;;;;;;
            """)
        expectNetworkIssues(
            p.issues,
            [
                (2, "fasen", "Onbekende fase 'zwanger'"),
                (2, "leeftijd_van", "Leeftijd van '3,5' is geen heel aantal maanden"),
                (2, "leeftijd_tot", "Leeftijd tot 60 valt buiten -9 tot en met 48 maanden"),
                (2, "behoeften", "Onbekende behoefte 'slaap'; gebruik een van: geldzorgen, kinderwens, opvoeding, taal, zwangerschap."),
                (2, "talen", "Onbekende taalcode 'xx'"),
                (2, "toegang", "Onbekende toegang 'op afspraak'; gebruik een van: zelf-aanmelden, verwijzing, via-huisarts, via-jgz."),
                (2, "contact_telefoon", "Telefoonnummer '12345' klopt niet"),
                (2, "contact_email", "E-mailadres 'anna' klopt niet"),
                (2, "redactie", "Onbekende redactiestatus 'klaar'"),
                (2, "locatie_plaats", "Plaats van de locatie ontbreekt"),  // not in the file: named by its Dutch name
                (3, "organisatie", "Organisatie 'Onbekend' bestaat niet (niet in het organisatiebestand en niet in Wieg)."),
                (3, "naam", "Naam ontbreekt.")
            ])
    }
}
