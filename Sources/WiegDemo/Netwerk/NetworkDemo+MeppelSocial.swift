import Foundation
import WiegCore

extension NetworkDemo {
    /// Social-domain services in Meppel (sociaal team, schuldhulp, bibliotheek, welzijn, Veilig Thuis).
    static func meppelSocialServices(_ clock: DemoClock) -> [ServiceRecord] {
        let m = [meppel]
        return [
            service(
                MeppelService.sociaalTeam, of: MeppelOrg.sociaalTeam, "Sociaal team: hulp bij geld, wonen, werk en zorg",
                public: "Heb je vragen over geld, wonen, werk of zorg? Het sociaal team zoekt samen met jou naar een oplossing.",
                professional:
                    "Toegang tot Wmo, Jeugdwet en participatie; casusregie bij meerdere problemen; sluit aan bij het risico-overleg.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "alle inwoners van Meppel",
                needs: [
                    "schulden", "huisvesting", "werkloosheid", "laag-inkomen", "eenoudergezin", "sociaal-isolement",
                    "statushouders-asielzoekers", "huiselijk-geweld"
                ],
                access: .zelfAanmelden, area: m, contactRole: "consulent sociaal team",
                slug: "sociaal-team-meppel", verifiedDaysAgo: 130, clock: clock),
            service(
                MeppelService.schuldhulp, of: MeppelOrg.schuldhulp, "Schuldhulpverlening",
                public:
                    "Heb je schulden of rekeningen die je niet kunt betalen? Je krijgt gratis hulp om overzicht te maken en afspraken te maken.",
                professional: "Integrale schuldhulpverlening; binnen 3 werkdagen een eerste gesprek, bij zwangeren met voorrang.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "inwoners met schulden of geldzorgen",
                needs: ["schulden", "laag-inkomen", "stress"],
                access: .zelfAanmelden, area: m, contactRole: "schuldhulpverlener",
                slug: "schuldhulp-meppel", verifiedDaysAgo: 240, clock: clock),
            service(
                MeppelService.boekStart, of: MeppelOrg.bibliotheek, "BoekStart",
                public: "Lees samen met je baby. Je krijgt een gratis koffertje met boekjes als je je kind lid maakt van de bibliotheek.",
                professional: "Leesbevordering 0-4 jaar, in samenwerking met het consultatiebureau en de kinderopvang.",
                phases: [.na], ages: 0...48, target: "ouders met kinderen van 0 tot 4 jaar",
                needs: ["taalontwikkeling", "laaggeletterdheid"],
                access: .zelfAanmelden, area: m, contactRole: "leesconsulent",
                slug: "bibliotheek-meppel", verifiedDaysAgo: 60, clock: clock),
            service(
                MeppelService.taalhuis, of: MeppelOrg.bibliotheek, "Taalhuis: beter lezen en schrijven",
                public: "Wil je beter leren lezen, schrijven of werken met de computer? Je kunt oefenen met een vrijwilliger.",
                professional: "Taalhuis voor laaggeletterde volwassenen; actie-eigenaar werkgroep Laaggeletterdheid.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "volwassenen die moeite hebben met taal",
                needs: ["laaggeletterdheid", "taal-tolk"],
                access: .zelfAanmelden, area: m, contactRole: "coördinator taalhuis",
                slug: "bibliotheek-meppel", verifiedDaysAgo: 330, clock: clock),
            service(
                MeppelService.tolkenproject, of: MeppelOrg.welzijn, "Tolkenproject: vrijwillige tolken",
                public: "Spreek je nog weinig Nederlands? Een vrijwillige tolk kan meegaan naar de verloskundige of het consultatiebureau.",
                professional:
                    "Vrijwilligers, geworven door welzijn en kort geschoold door verloskundigen en JGZ, tolken bij afspraken (seed 001).",
                phases: [.tijdens, .na], ages: -9...12, target: "zwangeren en ouders die weinig Nederlands spreken",
                needs: ["taal-tolk", "statushouders-asielzoekers"],
                access: .verwijzing, area: m, languages: ["nl", "ar", "ti", "en"],
                contactRole: "coördinator vrijwilligers", slug: "welzijn-meppel", verifiedDaysAgo: 210, clock: clock),
            service(
                MeppelService.maatjes, of: MeppelOrg.welzijn, "Ontmoeting en maatjes voor jonge ouders",
                public: "Kom in contact met andere ouders in Meppel, of krijg een maatje dat met je meegaat.",
                professional: "Ontmoetingsgroepen en maatjesprojecten; voor ouders met een klein netwerk.",
                phases: [.tijdens, .na], ages: -6...48, target: "ouders met weinig steun om zich heen",
                needs: ["sociaal-isolement", "eenoudergezin"],
                access: .zelfAanmelden, area: m, contactRole: "opbouwwerker", slug: "welzijn-meppel",
                verifiedDaysAgo: 20, clock: clock),
            service(
                MeppelService.homeStart, of: MeppelOrg.homeStart, "Home-Start",
                public: "Een vrijwilliger die zelf ook ouder is, komt elke week bij je thuis om mee te helpen en te luisteren.",
                professional: "Gezinsondersteuning door getrainde vrijwilligers, begeleid door een coördinator.",
                phases: [.tijdens, .na], ages: -3...48, target: "gezinnen met jonge kinderen die steun zoeken",
                needs: ["opvoedvragen", "sociaal-isolement", "stress", "eenoudergezin"],
                access: .zelfAanmelden, area: m, contactRole: "coördinator Home-Start",
                slug: "home-start-meppel", verifiedDaysAgo: 420, clock: clock),
            service(
                MeppelService.veiligThuis, of: MeppelOrg.veiligThuis, "Advies en melding huiselijk geweld",
                public: "Is er thuis geweld of maak je je zorgen over iemand? Bel voor advies. Dat mag ook anoniem.",
                professional: "Advies- en meldpunt; consult voor professionals volgens de meldcode, dag en nacht bereikbaar.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "iedereen",
                needs: ["huiselijk-geweld"],
                access: .zelfAanmelden, area: m, contactRole: "medewerker advies en melding",
                slug: "veilig-thuis-drenthe", verifiedDaysAgo: 15, clock: clock),
            service(
                MeppelService.vve, of: MeppelOrg.kinderopvang, "Voorschoolse educatie (VVE)",
                public: "Je kind speelt en leert op de peuteropvang, zodat het goed voorbereid naar school gaat.",
                professional: "VVE vanaf 2,5 jaar; indicatie via het consultatiebureau.",
                phases: [.na], ages: 30...48, target: "peuters met een VVE-indicatie",
                needs: ["taalontwikkeling", "ontwikkeling-kind"],
                access: .viaJGZ, cost: "gratis met VVE-indicatie", area: m, contactRole: "pedagogisch medewerker",
                slug: "kinderopvang-meppel", verifiedDaysAgo: 55, clock: clock),
            service(
                MeppelService.lvbOuders, of: MeppelOrg.lvbZorg, "Steun voor ouders met een licht verstandelijke beperking",
                public: "Ouder worden als leren moeilijker gaat: je krijgt uitleg in makkelijke woorden en hulp thuis.",
                professional: "Ambulante begeleiding bij kinderwens, zwangerschap en opvoeding voor ouders met een LVB.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "(aanstaande) ouders met een LVB",
                needs: ["lvb", "opvoedvragen", "kinderwens"],
                access: .verwijzing, area: m, contactRole: "ambulant begeleider",
                slug: "lvb-zorg-meppel", verifiedDaysAgo: 190, clock: clock)
        ]
    }
}
