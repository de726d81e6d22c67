import Foundation
import WiegCore

extension CoalitionDemo {
    /// Regionale ketenaanpak Kansrijke Start Noord- en Midden-Limburg, jaarplan 2024 (seed 003).
    public static let noordMiddenLimburg = DemoCoalition(
        coalition: limburgCoalition, plan: limburgPlan, activities: limburgActivities, agreements: limburgAgreements,
        workgroups: limburgWorkgroups, risks: limburgRisks, governance: limburgGovernance, budget: BudgetDemo.nml2024,
        points: nil, organisations: [], year: 2024,
        source: "003 (Regionale ketenaanpak Kansrijke Start Noord- en Midden-Limburg, jaarplan 2024)",
        demoNote: """
            Uit de bron: de ambitie (opdracht aan het programmateam), de onderwerpen, de twaalf initiatieven met \
            tijdspad en resultaat, de vier risico's, de governance, de werkgroepen en de begroting. Bedacht of \
            afgeleid: de startdatum (1 januari 2019; de bron zegt "sinds 2019"), de looptijd 2024–2026 en datum van vaststelling van het plan, de fase en actielijnen van \
            doelen en initiatieven, dat het GGD-programmateam eigenaar is van elk initiatief, welke organisaties \
            lid zijn naast GGD, mandaatgemeente Venlo en het Verloskundig Consortium, en de partijen en datum van \
            het convenant. De status van elk initiatief is "gepland". RIVM-monitoring: onbekend.
            """)

    static let limburgCoalition = CoalitionRecord(
        id: coalitionID(101), name: "Regionale ketenaanpak Kansrijke Start Noord- en Midden-Limburg", kind: .regionaal,
        areaCode: NetworkDemo.regionCode, startDate: date(2019, 1, 1),
        projectLeader: "programmaregisseur regionale ketenaanpak Kansrijke Start (GGD-programmateam)",
        members: [
            CoalitionMember(
                organisationID: LimburgOrg.ggd, domain: .publiekeGezondheid,
                contactRole: "programmateam: programmaregisseur, onderzoeker, communicatie"),
            CoalitionMember(
                organisationID: LimburgOrg.gemeenteVenlo, domain: .sociaal,
                contactRole: "mandaatgemeente IZA, beleidsambtenaar Kansrijke Start"),
            CoalitionMember(
                organisationID: LimburgOrg.consortium, domain: .medisch, contactRole: "convenantpartner, aansluiting werkgroep doelgroep"),
            CoalitionMember(
                organisationID: LimburgOrg.verloskundigenVenlo, domain: .medisch, contactRole: "verloskundige, convenantpartner"),
            CoalitionMember(organisationID: LimburgOrg.kraamzorg, domain: .medisch, contactRole: "convenantpartner"),
            CoalitionMember(organisationID: LimburgOrg.wijkteamVenlo, domain: .sociaal, contactRole: "convenantpartner"),
            CoalitionMember(organisationID: LimburgOrg.veiligThuis, domain: .sociaal, contactRole: "convenantpartner")
        ],
        targetGroupInvolvement: [.interviews],
        involvementNote:
            "De werkgroep doelgroep haalde verhalen van ouders op, onder meer via een interview met een deelnemer van het Centering programma. De voorgestelde ouderraad is niet van de grond gekomen; verkend wordt of verbinding kan worden gezocht met de regionale adviesraden van zwangeren en (jonge) ouders bij de VSV's."
    )

    static let limburgPlan = PlanOfApproach(
        firstYear: 2024, lastYear: 2026,
        ambitions: [
            "Doorontwikkelen en borgen coalitie tussen het sociaal- en medisch domein",
            "Het doorontwikkelen en borgen van keten- en samenwerkingsafspraken",
            "Structureel verstevigen van de regionale ketenaanpak"
        ],
        goals: [
            Goal(id: goalID(101), text: "Goede samenwerking tussen professionals", phase: .tijdens, actionLines: [.a21, .a22]),
            Goal(
                id: goalID(102), text: "Duidelijkheid in aanbod: weten naar wie je kunt verwijzen bij signaleren van problematiek",
                phase: .tijdens, actionLines: [.a22]),
            Goal(
                id: goalID(103), text: "Aandacht voor breed kijken vanuit alle levensdomeinen van positieve gezondheid",
                phase: .tijdens, actionLines: [.a21]),
            Goal(
                id: goalID(104), text: "Tijdig signaleren van mogelijke risico's of kwetsbaarheden",
                phase: .tijdens, actionLines: [.a21], themes: [.vroegsignalering]),
            Goal(id: goalID(105), text: "Het beter bereiken van de doelgroep", phase: .voor, actionLines: [.a11])
        ],
        documented: true, documentedAt: date(2024, 1, 1))

    static let limburgAgreements: [Agreement] = [
        Agreement(
            id: agreementID(101), title: "Convenant Kansrijke Start Noord- en Midden-Limburg (artikel 3: sturing)", level: .bestuurlijk,
            partyIDs: [LimburgOrg.gemeenteVenlo, LimburgOrg.ggd, LimburgOrg.consortium, LimburgOrg.kraamzorg],
            date: date(2020, 6, 1))
    ]

    /// The workgroups ("Werkgroepen"); the programme team sets them up and guides them.
    static let limburgWorkgroups: [DemoWorkgroup] = {
        let team = "programmateam (opzetten en begeleiden)"
        return [
            DemoWorkgroup(
                id: workgroupID(101), name: "Werkgroep doelgroep", actionOwner: team, actionOwnerOrganisationID: LimburgOrg.ggd,
                projectGroupContact: "programmateam",
                note: "Verhalen van ouders opgehaald; aansluiting bij de VSV's en het Verloskundig Consortium Limburg wordt gezocht."),
            DemoWorkgroup(
                id: workgroupID(102), name: "Werkgroep projectleiders", actionOwner: team, actionOwnerOrganisationID: LimburgOrg.ggd,
                projectGroupContact: "programmateam",
                note: "De projectleiders van de bestaande projecten ontmoeten elkaar geregeld en delen ervaringen en knelpunten."),
            DemoWorkgroup(
                id: workgroupID(103), name: "Overleg beleidsambtenaren Kansrijke Start", actionOwner: team,
                actionOwnerOrganisationID: LimburgOrg.ggd, projectGroupContact: "programmateam",
                note: "Gericht op de regionale ketenaanpak; gezamenlijk project om de zorgpadentool in iedere gemeente actief te hebben."),
            DemoWorkgroup(
                id: workgroupID(104), name: "Werkgroep communicatie", actionOwner: team, actionOwnerOrganisationID: LimburgOrg.ggd,
                projectGroupContact: "programmateam",
                note:
                    "Nieuwsbrief, LinkedIn-pagina, presentaties, interviews, verslagen, huisstijl; in 2024 verkennen van een online ontmoetingsplaats."
            )
        ]
    }()
}
