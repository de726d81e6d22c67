import Foundation
import WiegCore

/// Fixed ids of the Meppel demo organisations.
enum MeppelOrg {
    static let verloskundigCentrum = NetworkDemo.organisationID(1)
    static let icareJGZ = NetworkDemo.organisationID(2)
    static let gemeente = NetworkDemo.organisationID(3)
    static let sociaalTeam = NetworkDemo.organisationID(4)
    static let schuldhulp = NetworkDemo.organisationID(5)
    static let bibliotheek = NetworkDemo.organisationID(6)
    static let kinderPraktijk = NetworkDemo.organisationID(7)
    static let verbalis = NetworkDemo.organisationID(8)
    static let ziekenhuis = NetworkDemo.organisationID(9)
    static let kraamzorg = NetworkDemo.organisationID(10)
    static let welzijn = NetworkDemo.organisationID(11)
    static let ggdDrenthe = NetworkDemo.organisationID(12)
    static let homeStart = NetworkDemo.organisationID(13)
    static let huisartsen = NetworkDemo.organisationID(14)
    static let veiligThuis = NetworkDemo.organisationID(15)
    static let ggz = NetworkDemo.organisationID(16)
    static let verslavingszorg = NetworkDemo.organisationID(17)
    static let kinderopvang = NetworkDemo.organisationID(18)
    static let lvbZorg = NetworkDemo.organisationID(19)
    static let leefstijlcoaches = NetworkDemo.organisationID(20)
}

/// Fixed ids of the Meppel demo services.
enum MeppelService {
    static let zwangerschapscontrole = NetworkDemo.serviceID(1)
    static let kinderwensspreekuur = NetworkDemo.serviceID(2)
    static let risicoOverleg = NetworkDemo.serviceID(3)
    static let consultatiebureau = NetworkDemo.serviceID(4)
    static let prenataalHuisbezoek = NetworkDemo.serviceID(5)
    static let voorZorg = NetworkDemo.serviceID(6)
    static let stevigOuderschap = NetworkDemo.serviceID(7)
    static let voorlichtingsavonden = NetworkDemo.serviceID(8)
    static let voorlichtingMigranten = NetworkDemo.serviceID(9)
    static let gynaecologie = NetworkDemo.serviceID(10)
    static let kraamzorg = NetworkDemo.serviceID(11)
    static let huisarts = NetworkDemo.serviceID(12)
    static let ggzBehandeling = NetworkDemo.serviceID(13)
    static let verslavingshulp = NetworkDemo.serviceID(14)
    static let nuNietZwanger = NetworkDemo.serviceID(15)
    static let leefstijlcoaching = NetworkDemo.serviceID(16)
    static let inloopspreekuur = NetworkDemo.serviceID(17)
    static let kinderfysioLogopedie = NetworkDemo.serviceID(18)
    static let sociaalTeam = NetworkDemo.serviceID(20)
    static let schuldhulp = NetworkDemo.serviceID(21)
    static let boekStart = NetworkDemo.serviceID(22)
    static let taalhuis = NetworkDemo.serviceID(23)
    static let tolkenproject = NetworkDemo.serviceID(24)
    static let maatjes = NetworkDemo.serviceID(25)
    static let homeStart = NetworkDemo.serviceID(26)
    static let veiligThuis = NetworkDemo.serviceID(27)
    static let vve = NetworkDemo.serviceID(28)
    static let lvbOuders = NetworkDemo.serviceID(29)
}

extension NetworkDemo {
    /// The partners seed 000 (and the Meppel story in 001) names, plus the few a zorgpad needs
    /// (Veilig Thuis, GGZ, verslavingszorg) under generic names where the seeds name none.
    static func meppelOrganisations(_ clock: DemoClock) -> [OrganisationRecord] {
        let m = [meppel]
        let both = [meppel, deWolden]
        return [
            organisation(
                MeppelOrg.verloskundigCentrum, "Verloskundig Centrum Meppel en de Wolden", .verloskundigenpraktijk,
                slug: "verloskundig-centrum-meppel",
                description:
                    "Verloskundigenpraktijk; lid van de projectgroep Kansrijke Start Meppel en initiatiefnemer van het tolkenproject.",
                area: both, street: "Voorbeeldstraat 1", postcode: "7941 AA", city: "Meppel", verifiedDaysAgo: 20, clock: clock),
            organisation(
                MeppelOrg.icareJGZ, "Icare Jeugdgezondheidszorg", .jgz, slug: "icare-jgz",
                description: "Jeugdgezondheidszorg 0-4 jaar (consultatiebureau); lid van de projectgroep Kansrijke Start Meppel.",
                area: both, street: "Voorbeeldstraat 2", postcode: "7941 AB", city: "Meppel", verifiedDaysAgo: 45, clock: clock),
            organisation(
                MeppelOrg.gemeente, "Gemeente Meppel", .gemeente, slug: "gemeente-meppel",
                description: "Regisseert de lokale coalitie Kansrijke Start Meppel (beleidsregisseur sociaal domein).",
                area: m, street: "Voorbeeldplein 1", postcode: "7941 AC", city: "Meppel", verifiedDaysAgo: 90, clock: clock),
            organisation(
                MeppelOrg.sociaalTeam, "Sociaal team gemeente Meppel", .sociaalTeam, slug: "sociaal-team-meppel",
                description: "Eén loket voor vragen over geld, wonen, werk, opvoeden en zorg.",
                area: m, street: "Voorbeeldplein 1", postcode: "7941 AC", city: "Meppel", verifiedDaysAgo: 130, clock: clock),
            organisation(
                MeppelOrg.schuldhulp, "Schuldhulpverlening gemeente Meppel", .schuldhulpverlening, slug: "schuldhulp-meppel",
                description: "Gratis hulp bij schulden en geldzorgen voor inwoners van Meppel.",
                area: m, verifiedDaysAgo: 240, clock: clock),
            organisation(
                MeppelOrg.bibliotheek, "Bibliotheek Meppel", .bibliotheek, slug: "bibliotheek-meppel",
                description: "Actie-eigenaar van de werkgroep Laaggeletterdheid; BoekStart en taalhulp.",
                area: m, street: "Voorbeeldlaan 3", postcode: "7941 AD", city: "Meppel", verifiedDaysAgo: 60, clock: clock),
            organisation(
                MeppelOrg.kinderPraktijk, "de Kinder Praktijk", .overig, domain: .medisch, slug: "de-kinder-praktijk",
                description: "Kinderpraktijk (fysiotherapie en logopedie); actie-eigenaar van de werkgroep Zichtbaarheid netwerk.",
                area: m, street: "Voorbeeldweg 4", postcode: "7942 AA", city: "Meppel", verifiedDaysAgo: 300, clock: clock),
            organisation(
                MeppelOrg.verbalis, "Logopedie Verbalis", .overig, domain: .medisch, slug: "logopedie-verbalis",
                description: "Logopediepraktijk; actie-eigenaar van de werkgroep Breed inloopspreekuur.",
                area: m, street: "Voorbeeldweg 5", postcode: "7942 AB", city: "Meppel", verifiedDaysAgo: 35, clock: clock),
            organisation(
                MeppelOrg.ziekenhuis, "Isala Diaconessenhuis Meppel", .ziekenhuis, slug: "ziekenhuis-meppel",
                description: "Ziekenhuis met gynaecologie en kindergeneeskunde; partner in de werkgroep Samenwerking ziekenhuis.",
                area: both, street: "Voorbeeldlaan 6", postcode: "7943 AA", city: "Meppel", verifiedDaysAgo: 150, clock: clock),
            organisation(
                MeppelOrg.kraamzorg, "Kraamzorg regio Meppel", .kraamzorg, slug: "kraamzorg-meppel",
                description: "Kraamzorg thuis; neemt deel aan het risico-overleg over kwetsbare zwangeren.",
                area: both, verifiedDaysAgo: 75, clock: clock),
            organisation(
                MeppelOrg.welzijn, "Welzijnsorganisatie Meppel", .welzijn, slug: "welzijn-meppel",
                description: "Welzijnswerk; werft en begeleidt de vrijwillige tolken van het tolkenproject.",
                area: m, street: "Voorbeeldstraat 7", postcode: "7941 AE", city: "Meppel", verifiedDaysAgo: 210, clock: clock),
            organisation(
                MeppelOrg.ggdDrenthe, "GGD Drenthe", .ggd, slug: "ggd-drenthe",
                description: "Publieke gezondheid in Drenthe; voert Nu Niet Zwanger uit.",
                area: [meppel, deWolden], verifiedDaysAgo: 25, clock: clock),
            organisation(
                MeppelOrg.homeStart, "Humanitas Home-Start Meppel", .welzijn, slug: "home-start-meppel",
                description: "Getrainde vrijwilligers ondersteunen gezinnen met jonge kinderen thuis.",
                area: m, verifiedDaysAgo: 420, clock: clock),
            organisation(
                MeppelOrg.huisartsen, "Huisartsen Meppel", .huisarts, slug: "huisartsen-meppel",
                description: "De huisartsenpraktijken in Meppel; partner in de werkgroep Samenwerking huisartsen.",
                area: m, verifiedDaysAgo: 110, clock: clock),
            organisation(
                MeppelOrg.veiligThuis, "Veilig Thuis Drenthe", .veiligThuis, slug: "veilig-thuis-drenthe",
                description: "Advies- en meldpunt huiselijk geweld en kindermishandeling.",
                area: m, verifiedDaysAgo: 15, clock: clock),
            organisation(
                MeppelOrg.ggz, "GGZ-team regio Meppel", .ggz, slug: "ggz-meppel",
                description: "Geestelijke gezondheidszorg, ook voor (aanstaande) ouders.",
                area: m, verifiedDaysAgo: 270, clock: clock),
            organisation(
                MeppelOrg.verslavingszorg, "Verslavingszorg regio Meppel", .verslavingszorg, slug: "verslavingszorg-meppel",
                description: "Hulp bij verslaving aan alcohol, drugs, medicijnen en gokken.",
                area: m, verifiedDaysAgo: 480, clock: clock),
            organisation(
                MeppelOrg.kinderopvang, "Kinderopvang Meppel", .kinderopvang, slug: "kinderopvang-meppel",
                description: "Kinderopvang en voorschoolse educatie; lid van het inspiratieplatform.",
                area: m, verifiedDaysAgo: 55, clock: clock),
            organisation(
                MeppelOrg.lvbZorg, "Zorg voor mensen met een verstandelijke beperking Meppel", .overig, domain: .sociaal,
                slug: "lvb-zorg-meppel",
                description: "Instelling voor mensen met een (licht) verstandelijke beperking; lid van het inspiratieplatform.",
                area: m, verifiedDaysAgo: 190, clock: clock),
            organisation(
                MeppelOrg.leefstijlcoaches, "Leefstijlcoaches Meppel", .overig, domain: .medisch, slug: "leefstijl-meppel",
                description: "Leefstijlcoaches (roken, voeding, bewegen); lid van het inspiratieplatform.",
                area: m, verifiedDaysAgo: 80, clock: clock)
        ]
    }
}
