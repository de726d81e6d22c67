import Foundation
import WiegCore

extension CoalitionDemo {
    /// "Focus op concrete initiatieven voor 2024": the twelve initiatives, their time frame
    /// and expected result verbatim, in the seed's order.
    static let limburgActivities: [Activity] = {
        func initiative(
            _ n: Int, _ title: String, _ from: Int, to: Int? = nil, lines: [ActionLine] = [],
            themes: [MinimumTheme] = [], role: String = "programmateam", _ result: String
        ) -> Activity {
            Activity(
                id: activityID(100 + n), title: title, actionLines: lines, ownerOrganisationID: LimburgOrg.ggd,
                ownerRole: role, quarters: quarters(2024, from, to), expectedResult: result, status: .gepland, themes: themes)
        }
        return [
            initiative(
                1, "Verkennen digitaal platform", 1, to: 2,
                "De kennis over de mogelijkheden van een digitaal platform is samengevat in een adviesrapport voor gemeenten en samenwerkingspartners."
            ),
            initiative(
                2, "Verkenning regionale \"keten\"-afspraken voor signaleren-gespreksvoering", 1, to: 2, lines: [.a21],
                themes: [.vroegsignalering],
                "Voor alle VSV's is er helderheid gecreëerd over signaleringsinstrumenten en de mogelijkheid om deze op regionaal niveau te verbinden. Dit document dient als leidraad voor ambtenaren bij het maken van keuzes voor de beste werkwijze in het 'signaleren-verwijzen-steun op maat'-proces."
            ),
            initiative(
                3, "Meewerken aan het vergroten van de bekendheid Zorgpadentool", 1, to: 4, lines: [.a22],
                "Zorgverleners vinden de zorgpadentool nu vaker en ervaren deze als waardevol om elkaar gemakkelijker te vinden."),
            initiative(
                4, "Verkennen mogelijkheden kraamzorg voor kwetsbare cliënten (opvolging beleidsmaatregel kraamzorg)", 1, lines: [.a22],
                "In de regio Noord- en Midden-Limburg is, net als in Zuid-Limburg met ondersteuning van zorgverzekeraars geëxperimenteerd met implementatie van o.a. verlengde kraamzorg en afschaffing eigen bijdrage vanwege nieuwe wetgeving hierover die in 2025 van kracht wordt."
            ),
            initiative(
                5,
                "Implementatie mogelijkheden één risicosignaleringsinstrument voor zowel prenatale zorgverleners als Jeugdgezondheidszorg",
                1, to: 2,
                lines: [.a21], themes: [.vroegsignalering],
                "Bij de VSV partners en de jeugdgezondheidszorg is een risicosignaleringsinstrument gekozen met voorkeur voor de GIZ-methode."
            ),
            initiative(
                6, "Verkennen concrete mogelijkheden en wensen convenantpartners", 1,
                "Minimaal twee ketenpartners zijn aan elkaar verbonden door overeenkomende wensen en mogelijkheden."),
            initiative(
                7, "Het verder ontwikkelen van de zichtbaarheid van het programma in en buiten de regio", 1, to: 4,
                "Er is een toename in deelnemers op de LinkedIn-pagina, meer lezers van de nieuwsbrief, en een grotere deelname aan bijeenkomsten en ontmoetingsmomenten."
            ),
            initiative(
                8,
                "Het blijven binden van partijen aan het programma en leggen van nieuwe verbindingen tussen betrokken partijen in het sociaal en medisch domein bij Kansrijke Start NML.",
                3, to: 4,
                "In overleg met ketenpartners en gemeenten is blijvend gezocht naar relevante partners voor de regionale coalitie Kansrijke Start Noord- en Midden-Limburg, soms voortkomend uit lokale coalities."
            ),
            Activity(
                id: activityID(109),
                title:
                    "Monitoren van activiteiten door de onderzoeker van het programmateam zodat inzicht wordt gekregen in de impact van het programma",
                ownerOrganisationID: LimburgOrg.ggd, ownerRole: "onderzoeker programmateam",
                quarters: [Quarter(year: 2024, quarter: 1), Quarter(year: 2024, quarter: 4)],
                expectedResult:
                    "Het opgestelde monitoringoverzicht is besproken met ambtenaren van de gemeenten aan het einde van het eerste en vierde kwartaal. De gegevens zijn geëvalueerd en indien nodig leidt dit tot aanpassingen in de ketenaanpak.",
                status: .gepland),
            initiative(
                10, "Overleg organiseren zodat verbinding tussen het regionale en de lokale wordt gewaarborgd", 1, to: 4,
                "Er zijn thematische ontmoetings- en informatiemomenten georganiseerd voor professionals, beleidsmakers en andere betrokkenen."
            ),
            initiative(
                11, "Uitvoering geven aan het communicatieplan samen met communicatiemedewerkers van gemeenten", 1, to: 4,
                "In Q1 heeft een bijeenkomst plaatsgevonden met communicatiemedewerkers van de gemeenten om samen te bepalen waar de regionale ketenaanpak en lokale coalities elkaar kunnen ondersteunen en versterken."
            ),
            initiative(
                12, "Organiseren en ondersteunen van overleg van de Stuurgroep en de Adviesraad", 2, to: 4,
                "In het eerste kwartaal zijn deelnemers aan de Adviesraad individueel benaderd en gevraagd om zitting te nemen. De eerste bijeenkomst van de Adviesraad vindt plaats in het begin van het tweede kwartaal."
            )
        ]
    }()

    /// "Risico's en beheersmaatregelen": the four risks, verbatim.
    static let limburgRisks: [DemoRisk] = [
        DemoRisk(
            risk:
                "De tijd die nodig is voor transformatie binnen de ketenorganisaties moet beschikbaar worden gesteld aan betrokken medewerkers.",
            mitigation:
                "Duidelijke communicatie over het belang van de transformatie en de benodigde tijdsinvestering. Het faciliteren van trainingen ed. Passende acties om ruimte te bieden voor betrokken medewerkers om zich aan te passen aan veranderingen.",
            responsible: ["Management van ketenorganisaties"]),
        DemoRisk(
            risk:
                "Krapte op de arbeidsmarkt, hoge werkdruk en ziekteverzuim kunnen ruimte om te innoveren of scholing aan te bieden in de weg staan.",
            mitigation:
                "Alle betrokken partners moeten hier oog voor hebben en passende actie ondernemen. Zoals continue monitoring van de werkdruk en ziekteverzuim met tijdige interventies om overbelasting te voorkomen en het ontwikkelen van strategieën voor personeelsbehoud en aantrekken van nieuw talent.",
            responsible: ["Gemeenten", "Ketenorganisaties", "Programmateam"]),
        DemoRisk(
            risk:
                "Bij tijdelijke financieringsbehoefte voor een nieuw initiatief moet er mogelijk een beroep worden gedaan op hiervoor gereserveerd werkbudget bij gemeenten.",
            mitigation:
                "Regelmatig overleg met gemeenten om mogelijke financiële behoeften en oplossingen te bespreken. Het tevens verkennen van alternatieve financieringsbronnen.",
            responsible: ["Gemeenten", "Programmateam"]),
        DemoRisk(
            risk: "Regionale betrokkenheid vereist inzet van beleidsambtenaren, die de gelegenheid moeten krijgen om te participeren.",
            mitigation:
                "Inzet beleidsambtenaren faciliteren. Vanuit het programmateam gebruik maken van technologische oplossingen zoals online vergaderen om fysieke aanwezigheid te verminderen.",
            responsible: ["Gemeenten", "Programmateam"])
    ]

    /// "Governance": the three layers of the administrative cooperation (from 2024), then
    /// the meetings the covenant (article 3) and the execution structure name.
    static let limburgGovernance: [DemoGovernanceLayer] = [
        DemoGovernanceLayer(
            name: "Mandaatgemeente Venlo", members: "gemeente Venlo, gemandateerd door de 14 gemeenten van Noord- en Midden-Limburg",
            task:
                "Voert de taken uit die de Regeling IZA voorschrijft, zoals SPUK IZA aanvragen en beheren, en vertegenwoordigt de regiogemeenten in regionale overleggen, zoals de stuurgroep IZA NML."
        ),
        DemoGovernanceLayer(
            name: "Portefeuillehoudersoverleg (PhO) IZA", members: "portefeuillehouders IZA van de regiogemeenten",
            task: "Stelt het uitvoeringsplan vast, inclusief begroting en toetsingskader.",
            cadence: "wordt op inhoud met regelmaat bijgepraat"),
        DemoGovernanceLayer(
            name: "Kerngroep IZA NML", members: "vier portefeuillehouders IZA, waaronder de portefeuillehouder van de mandaatgemeente",
            task:
                "Neemt besluiten over uitgaven van de SPUK IZA, binnen de kaders van het uitvoeringsplan en het toetsingskader, en legt verantwoording af aan het PhO."
        ),
        DemoGovernanceLayer(
            name: "Bestuurlijke bijeenkomst KS NML", members: "bestuurders van de partijen van het convenant",
            task: "Samen richting geven aan de voortgang van KS NML.", cadence: "minimaal 2 keer per jaar"),
        DemoGovernanceLayer(
            name: "Adviesraad (voorheen Regieraad)",
            members: "organisator: de programmaregisseur regionale ketenaanpak Kansrijke Start; voorzitter in overleg bepaald",
            task:
                "Gevraagd en ongevraagd advies op basis van de inhoudelijke expertise van de leden, in een tijdelijke constructie in relatie tot het PhO IZA.",
            cadence: "eerste bijeenkomst begin tweede kwartaal 2024")
    ]
}
