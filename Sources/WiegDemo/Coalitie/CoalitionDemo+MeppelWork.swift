import Foundation
import WiegCore

extension CoalitionDemo {
    /// The project-group roles of seed 000 (the seed names people; we keep their roles).
    private enum MeppelRole {
        static let verloskundige = "verloskundige (Verloskundig Centrum Meppel en de Wolden)"
        static let jeugdverpleegkundige = "jeugdverpleegkundige Icare JGZ"
        static let beleidsadviseurIcare = "beleidsadviseur Icare JGZ"
        static let beleidsregisseur = "beleidsregisseur sociaal domein gemeente Meppel"
    }

    /// The eight workgroups of 2020 ("Structuur Kansrijke Start Meppel"), in the seed's order.
    static let meppelWorkgroups: [DemoWorkgroup] = [
        DemoWorkgroup(
            id: workgroupID(1), name: "Uitvoeren en monitoring uitvoeringsplan",
            actionOwner: "\(MeppelRole.beleidsadviseurIcare) / \(MeppelRole.beleidsregisseur)",
            projectGroupContact: "\(MeppelRole.beleidsadviseurIcare) / \(MeppelRole.beleidsregisseur)"),
        DemoWorkgroup(
            id: workgroupID(2), name: "Samenwerking ziekenhuis",
            actionOwner: "\(MeppelRole.verloskundige) en \(MeppelRole.jeugdverpleegkundige)",
            projectGroupContact: "\(MeppelRole.verloskundige) en \(MeppelRole.jeugdverpleegkundige)"),
        DemoWorkgroup(
            id: workgroupID(3), name: "Zichtbaarheid netwerk Kansrijke Start",
            actionOwner: "de Kinder Praktijk", actionOwnerOrganisationID: MeppelOrg.kinderPraktijk,
            projectGroupContact: MeppelRole.jeugdverpleegkundige),
        DemoWorkgroup(
            id: workgroupID(4), name: "Bespreekbaar maken van een kinderwens",
            actionOwner: "actie-eigenaar (rol niet genoemd) / \(MeppelRole.beleidsregisseur)",
            projectGroupContact: MeppelRole.beleidsregisseur,
            note: "Dit project vraagt extra middelen."),
        DemoWorkgroup(
            id: workgroupID(5), name: "Versterken geboortezorg (voorlichtingsavond carrousel en voorlichting aan migrantenouders)",
            actionOwner: MeppelRole.jeugdverpleegkundige, actionOwnerOrganisationID: MeppelOrg.icareJGZ,
            projectGroupContact: MeppelRole.jeugdverpleegkundige),
        DemoWorkgroup(
            id: workgroupID(6), name: "Opzetten breed inloopspreekuur",
            actionOwner: "Logopedie Verbalis", actionOwnerOrganisationID: MeppelOrg.verbalis,
            projectGroupContact: MeppelRole.jeugdverpleegkundige),
        DemoWorkgroup(
            id: workgroupID(7), name: "Samenwerking huisartsen",
            actionOwner: MeppelRole.beleidsregisseur, actionOwnerOrganisationID: MeppelOrg.gemeente,
            projectGroupContact: MeppelRole.beleidsregisseur),
        DemoWorkgroup(
            id: workgroupID(8), name: "Laaggeletterdheid",
            actionOwner: "bibliotheek", actionOwnerOrganisationID: MeppelOrg.bibliotheek,
            projectGroupContact: MeppelRole.jeugdverpleegkundige)
    ]

    /// The communication plan ("Communicatie"): five points the project group takes up.
    static let meppelActivities: [Activity] = {
        let owner = "projectgroep Kansrijke Start Meppel"
        return [
            Activity(
                id: activityID(1), title: "Jaarlijkse inspiratieavond",
                description:
                    "Jaarlijks organiseren we vanuit de projectgroep een inspiratieavond voor de betrokken organisaties rondom de eerste 1000 dagen van het kind.",
                ownerOrganisationID: MeppelOrg.gemeente, ownerRole: owner, quarters: quarters(2021, 4),
                expectedResult:
                    "Successen zichtbaar gemaakt, professionals ondersteund, en in het najaar bepaald welke actiepunten doorlopen en welke nieuwe worden opgepakt.",
                status: .gepland, implementationPhase: .zien),
            Activity(
                id: activityID(2), title: "Nieuwsbrief KSM",
                description:
                    "1 maal per jaar brengen we een nieuwsbrief KSM uit. De jaarlijkse inspiratiesessie dient ook als bijpraatmoment waarvan verslaglegging wordt gedaan.",
                ownerOrganisationID: MeppelOrg.gemeente, ownerRole: owner, quarters: quarters(2021, 2),
                expectedResult: "Een voorjaarsnieuwsbrief die de successen zichtbaar maakt.", status: .gepland, implementationPhase: .zien),
            Activity(
                id: activityID(3), title: "Logo Kansrijke Start Meppel",
                description:
                    "We ontwikkelen een logo om KSM duidelijk herkenbaar te laten zijn. Hiervoor is een opdracht bij Windesheim uitgezet.",
                ownerRole: owner, quarters: quarters(2021, 1, 2), expectedResult: "KSM is duidelijk herkenbaar.", status: .loopt),
            Activity(
                id: activityID(4), title: "Templates voor posters, folders en flyers",
                description:
                    "We ontwikkelen templates voor posters, folders en flyers zodat er vanuit KSM herkenbaar wordt gecommuniceerd. Hiervoor is een opdracht bij Windesheim uitgezet.",
                ownerRole: owner, quarters: quarters(2021, 1, 2), expectedResult: "Vanuit KSM wordt herkenbaar gecommuniceerd.",
                status: .loopt),
            Activity(
                id: activityID(5), title: "Zorgkaart Kansrijke Start Meppel",
                description:
                    "We werken aan een zorgkaart Kansrijke Start Meppel zodat voor professionals en inwoners de samenwerking zichtbaar wordt en we makkelijk te vinden zijn.",
                actionLines: [.a22], workgroupID: workgroupID(3), ownerRole: owner, quarters: quarters(2021, 1, 4),
                expectedResult: "De samenwerking is zichtbaar voor professionals en inwoners; het netwerk is makkelijk te vinden.",
                status: .loopt)
        ]
    }()

    /// The arrangements the seed records.
    static let meppelAgreements: [Agreement] = [
        Agreement(
            id: agreementID(1),
            title: "KSM-werkzaamheden van Icare JGZ opgenomen in de financieringsafspraken van gemeente Meppel met Icare",
            level: .beleid, partyIDs: [MeppelOrg.gemeente, MeppelOrg.icareJGZ]),
        Agreement(
            id: agreementID(2),
            title:
                "Werkgroepen met een actie-eigenaar en een aanspreekpersoon namens de projectgroep; de projectgroep zorgt voor onderlinge verbinding",
            level: .uitvoering, partyIDs: [MeppelOrg.verloskundigCentrum, MeppelOrg.icareJGZ, MeppelOrg.gemeente],
            date: date(2020, 1, 31))
    ]
}
