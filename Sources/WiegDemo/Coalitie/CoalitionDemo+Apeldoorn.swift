import Foundation
import WiegCore

/// Fixed ids of the Apeldoorn demo organisations (not in `NetworkDemo`).
enum ApeldoornOrg {
    static let popPoli = CoalitionDemo.organisationID(201)
    static let cjg = CoalitionDemo.organisationID(202)
    static let gemeente = CoalitionDemo.organisationID(203)
    static let verloskundigen = CoalitionDemo.organisationID(204)
    static let huisarts = CoalitionDemo.organisationID(205)
    static let kraamzorg = CoalitionDemo.organisationID(206)
    static let vsv = CoalitionDemo.organisationID(207)
    static let moederraad = CoalitionDemo.organisationID(208)
}

extension CoalitionDemo {
    static let apeldoornCode = "GM0200"

    /// Lokale coalitie Kansrijke Start Apeldoorn, as the ministry's third progress report
    /// (seed 001, July 2020) describes it: its core group, what it did in the first months
    /// and what it has in store.
    public static let apeldoorn = DemoCoalition(
        coalition: apeldoornCoalition, plan: apeldoornPlan, activities: apeldoornActivities, agreements: apeldoornAgreements,
        workgroups: [], risks: [], governance: [], budget: nil, points: nil, organisations: apeldoornOrganisations,
        year: 2020, source: "001 (derde voortgangsrapportage Kansrijke Start, juli 2020: Gemeente Apeldoorn)",
        demoNote: """
            Uit de bron: de kerngroep (gynaecoloog POP-poli Gelre Apeldoorn, bestuurder CJG, beleidsadviseur \
            sociaal domein, eerstelijns verloskundige, huisarts, vertegenwoordiger kraamzorg, voorzitter VSV, lid \
            moederraad), het doel van de kerngroep, de escalatieladder, het corona-urgentieoverleg met VSV-draaiboek, \
            de samenwerking met het AZC en wat de coalitie in petto heeft. Bedacht: de namen van de organisaties \
            buiten POP-poli Gelre Apeldoorn, CJG en gemeente; de looptijd van het plan (2020–2021) en dat het nog \
            niet is vastgesteld; de fasen, actielijnen en thema's van de doelen; de kwartalen; de partijen van de \
            afspraken. Er is geen projectleider genoemd. RIVM-monitoring: onbekend.
            """)

    static let apeldoornOrganisations: [OrganisationRecord] = {
        func org(_ id: UUID, _ name: String, _ type: OrganisationType, _ description: String) -> OrganisationRecord {
            OrganisationRecord(id: id, name: name, type: type, description: description, workingArea: [apeldoornCode], demo: true)
        }
        return [
            org(
                ApeldoornOrg.popPoli, "POP-poli Gelre Apeldoorn", .popPoli,
                "Poli voor vrouwen met psychiatrische problematiek of in complexe psychosociale situaties; spin in het web van de geboortezorg."
            ),
            org(ApeldoornOrg.cjg, "Centrum voor Jeugd en Gezin Apeldoorn", .cjg, "Biedt onder meer VoorZorg aan."),
            org(ApeldoornOrg.gemeente, "Gemeente Apeldoorn", .gemeente, "Gemeente; beleidsadviseur sociaal domein in de kerngroep."),
            org(
                ApeldoornOrg.verloskundigen, "Eerstelijns verloskundigen Apeldoorn", .verloskundigenpraktijk,
                "Eerstelijns verloskundige zorg (demo)."),
            org(ApeldoornOrg.huisarts, "Huisartsen Apeldoorn", .huisarts, "Huisartsenzorg (demo)."),
            org(ApeldoornOrg.kraamzorg, "Kraamzorg Apeldoorn", .kraamzorg, "Kraamzorg thuis (demo)."),
            org(
                ApeldoornOrg.vsv, "VSV Apeldoorn", .vsv,
                "Verloskundig samenwerkingsverband: eerste- en tweedelijns geboortezorg in één digitaal dossier."),
            org(ApeldoornOrg.moederraad, "Moederraad Apeldoorn", .ouderraad, "Moederraad; een lid zit in de kerngroep (demo).")
        ]
    }()

    static let apeldoornCoalition = CoalitionRecord(
        id: coalitionID(201), name: "Kansrijke Start Apeldoorn", kind: .lokaal, areaCode: apeldoornCode,
        members: [
            CoalitionMember(organisationID: ApeldoornOrg.popPoli, domain: .medisch, contactRole: "gynaecoloog, lid kerngroep"),
            CoalitionMember(organisationID: ApeldoornOrg.cjg, domain: .publiekeGezondheid, contactRole: "bestuurder, lid kerngroep"),
            CoalitionMember(
                organisationID: ApeldoornOrg.gemeente, domain: .sociaal, contactRole: "beleidsadviseur sociaal domein, lid kerngroep"),
            CoalitionMember(
                organisationID: ApeldoornOrg.verloskundigen, domain: .medisch, contactRole: "eerstelijns verloskundige, lid kerngroep"),
            CoalitionMember(organisationID: ApeldoornOrg.huisarts, domain: .medisch, contactRole: "huisarts, lid kerngroep"),
            CoalitionMember(
                organisationID: ApeldoornOrg.kraamzorg, domain: .medisch, contactRole: "vertegenwoordiger van de kraamzorg, lid kerngroep"),
            CoalitionMember(organisationID: ApeldoornOrg.vsv, domain: .medisch, contactRole: "voorzitter van het VSV, lid kerngroep"),
            CoalitionMember(organisationID: ApeldoornOrg.moederraad, domain: .overig, contactRole: "lid van de moederraad, lid kerngroep")
        ],
        targetGroupInvolvement: [.ouderraad],
        involvementNote:
            "Een lid van de moederraad zit in de kerngroep; de coalitie wil alle ouderraden samenbrengen in één digitaal ouderplatform voor de regio."
    )

    static let apeldoornPlan = PlanOfApproach(
        firstYear: 2020, lastYear: 2021,
        ambitions: ["Korte lijnen om kwetsbare gezinnen in de regio nog beter te ondersteunen."],
        goals: [
            Goal(
                id: goalID(201), text: "Eén loket voor vragen over zwanger worden en zwanger zijn", phase: .voor, actionLines: [.a11],
                themes: [.preconceptie]),
            Goal(
                id: goalID(202), text: "Scholing rond laaggeletterdheid en lage gezondheidsvaardigheden", phase: .tijdens,
                actionLines: [.a21]),
            Goal(id: goalID(203), text: "VoorZorg uitbreiden", phase: .na, actionLines: [.a33]),
            Goal(
                id: goalID(204), text: "Aanbod van groepsgewijze Centering-zorg voor zwangeren en ouders", phase: .tijdens,
                actionLines: [.a21]),
            Goal(id: goalID(205), text: "Home-Start beter in beeld brengen", phase: .na, actionLines: [.a32])
        ])

    static let apeldoornActivities: [Activity] = [
        Activity(
            id: activityID(201), title: "Escalatieladder kraamzorg",
            description:
                "De kraamverzorgende kan in nijpende situaties langer in het gezin blijven; de financiering wordt achteraf geregeld.",
            actionLines: [.a22], ownerOrganisationID: ApeldoornOrg.cjg, quarters: [Quarter(year: 2020, quarter: 1)],
            expectedResult: "Een doorbraak in situaties waarin we tegen regelgeving aanlopen.", status: .gerealiseerd),
        Activity(
            id: activityID(202), title: "Corona-urgentieoverleg: korte weg om zwangeren op corona te testen en VSV-draaiboek corona",
            actionLines: [.a21], ownerOrganisationID: ApeldoornOrg.vsv, quarters: [Quarter(year: 2020, quarter: 2)],
            expectedResult: "Eenduidige informatie vanuit de eerste en tweede lijn, wat rust creëert bij zowel zorgverleners als ouders.",
            status: .gerealiseerd),
        Activity(
            id: activityID(203), title: "Samenwerking met de verpleegkundigen van het AZC",
            description: "Er was een signaal dat zwangere statushouders zorg meden uit angst voor corona.",
            actionLines: [.a21], quarters: [Quarter(year: 2020, quarter: 2)],
            expectedResult: "Zwangere statushouders mijden de zorg niet uit angst voor corona.", status: .loopt),
        Activity(
            id: activityID(204), title: "Digitaal ouderplatform",
            description: "Alle ouderraden samenbrengen in één digitaal ouderplatform voor de regio.",
            ownerOrganisationID: ApeldoornOrg.cjg, quarters: [Quarter(year: 2020, quarter: 4)],
            expectedResult: "Ouders zijn beter betrokken.", status: .gepland),
        Activity(
            id: activityID(205), title: "Convenant met gouden regels",
            description:
                "Ons convenant bestaat straks waarschijnlijk uit een aantal gouden regels, die wij al met elkaar in praktijk brengen.",
            quarters: [Quarter(year: 2020, quarter: 4)],
            expectedResult: "Een convenant met gouden regels voor goede zorg aan ouders en kinderen.",
            status: .gepland)
    ]

    static let apeldoornAgreements: [Agreement] = [
        Agreement(
            id: agreementID(201), title: "Escalatieladder: kraamzorg langer in het gezin, financiering achteraf", level: .uitvoering,
            partyIDs: [ApeldoornOrg.cjg, ApeldoornOrg.kraamzorg, ApeldoornOrg.gemeente]),
        Agreement(
            id: agreementID(202), title: "VSV-draaiboek corona", level: .uitvoering,
            partyIDs: [ApeldoornOrg.vsv, ApeldoornOrg.popPoli, ApeldoornOrg.verloskundigen])
    ]
}
