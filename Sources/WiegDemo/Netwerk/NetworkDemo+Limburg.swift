import Foundation
import WiegCore

/// Fixed ids of the Noord- en Midden-Limburg demo organisations and services.
enum LimburgOrg {
    static let ggd = NetworkDemo.organisationID(31)
    static let gemeenteVenlo = NetworkDemo.organisationID(32)
    static let wijkteamVenlo = NetworkDemo.organisationID(33)
    static let verloskundigenVenlo = NetworkDemo.organisationID(34)
    static let consortium = NetworkDemo.organisationID(35)
    static let kraamzorg = NetworkDemo.organisationID(36)
    static let veiligThuis = NetworkDemo.organisationID(37)
    static let bibliotheekVenlo = NetworkDemo.organisationID(38)
}

enum LimburgService {
    static let voorZorg = NetworkDemo.serviceID(101)
    static let stevigOuderschap = NetworkDemo.serviceID(102)
    static let nuNietZwanger = NetworkDemo.serviceID(103)
    static let gelukkigOuderschap = NetworkDemo.serviceID(104)
    static let prePare = NetworkDemo.serviceID(105)
    static let rookvrijeStart = NetworkDemo.serviceID(106)
    static let gezondGewicht = NetworkDemo.serviceID(107)
    static let centering = NetworkDemo.serviceID(108)
    static let risicosignalering = NetworkDemo.serviceID(109)
    static let verlengdeKraamzorg = NetworkDemo.serviceID(110)
    static let wijkteam = NetworkDemo.serviceID(111)
    static let veiligThuis = NetworkDemo.serviceID(112)
    static let duizendKansen = NetworkDemo.serviceID(113)
    static let taalhuis = NetworkDemo.serviceID(114)
    static let boekStart = NetworkDemo.serviceID(115)
    static let tolk = NetworkDemo.serviceID(116)
    static let alleenOpvoeden = NetworkDemo.serviceID(117)
    static let alcoholZwanger = NetworkDemo.serviceID(118)
}

extension NetworkDemo {
    /// The regional partners seed 003 names, plus a wijkteam and Veilig Thuis for the zorgpaden.
    static func limburgOrganisations(_ clock: DemoClock) -> [OrganisationRecord] {
        let region = regionMunicipalities
        let v = [venlo]
        return [
            organisation(
                LimburgOrg.ggd, "GGD Limburg-Noord", .ggd, slug: "ggd-limburg-noord",
                description:
                    "Voert regie op de regionale ketenaanpak Kansrijke Start (programmateam) en voert VoorZorg, Stevig Ouderschap en Nu Niet Zwanger uit.",
                area: region, street: "Voorbeeldstraat 10", postcode: "5911 AA", city: "Venlo", verifiedDaysAgo: 10, clock: clock),
            organisation(
                LimburgOrg.gemeenteVenlo, "Gemeente Venlo", .gemeente, slug: "gemeente-venlo",
                description: "Mandaatgemeente (IZA) voor de 14 gemeenten van Noord- en Midden-Limburg.",
                area: v, street: "Voorbeeldplein 11", postcode: "5911 AB", city: "Venlo", verifiedDaysAgo: 120, clock: clock),
            organisation(
                LimburgOrg.wijkteamVenlo, "Sociaal wijkteam Venlo", .sociaalTeam, slug: "wijkteam-venlo",
                description: "Hulp bij geld, wonen, werk, opvoeden en zorg in de wijk.", area: v, street: "Voorbeeldweg 3",
                postcode: "5912 AA", city: "Venlo", verifiedDaysAgo: 260, clock: clock),
            organisation(
                LimburgOrg.verloskundigenVenlo, "Verloskundigenpraktijk Venlo", .verloskundigenpraktijk, slug: "verloskundigen-venlo",
                description: "Verloskundige zorg, ook in groepen (Centering).", area: v, street: "Voorbeeldsingel 4", postcode: "5914 AB",
                city: "Venlo", verifiedDaysAgo: 70, clock: clock),
            organisation(
                LimburgOrg.consortium, "Verloskundig Consortium Limburg", .vsv, slug: "vcl",
                description: "Samenwerking van de verloskundige samenwerkingsverbanden; kiest één risicosignaleringsinstrument met de JGZ.",
                area: region, verifiedDaysAgo: 440, clock: clock),
            organisation(
                LimburgOrg.kraamzorg, "Kraamzorg Noord- en Midden-Limburg", .kraamzorg, slug: "kraamzorg-nml",
                description: "Kraamzorg; verkent verlengde kraamzorg voor kwetsbare cliënten.", area: region, verifiedDaysAgo: 220,
                clock: clock),
            organisation(
                LimburgOrg.veiligThuis, "Veilig Thuis Limburg-Noord", .veiligThuis, slug: "veilig-thuis-limburg-noord",
                description: "Advies- en meldpunt huiselijk geweld en kindermishandeling.", area: region, verifiedDaysAgo: 50, clock: clock),
            organisation(
                LimburgOrg.bibliotheekVenlo, "Bibliotheek Venlo", .bibliotheek, slug: "bibliotheek-venlo",
                description: "Bibliotheek met Taalhuis en BoekStart.", area: v, street: "Voorbeeldlaan 12", postcode: "5911 AC",
                city: "Venlo", verifiedDaysAgo: 90, clock: clock)
        ]
    }

    /// The interventions seed 003 names for the region.
    static func limburgServices(_ clock: DemoClock) -> [ServiceRecord] {
        let region = regionMunicipalities
        let v = [venlo]
        let note = " Het programma staat in het jaarplan 2024 (seed 003); deze omschrijving is demo."
        return [
            service(
                LimburgService.voorZorg, of: LimburgOrg.ggd, "VoorZorg",
                public:
                    "Ben je jonger dan 25 en zwanger van je eerste kind, en heb je het zwaar? Een VoorZorg-verpleegkundige komt bij je thuis, tot je kind 2 jaar is.",
                professional: "Intensief huisbezoekprogramma tot 2 jaar. Erkend: effectief volgens goede aanwijzingen." + note,
                phases: [.tijdens, .na], ages: -7...24, target: "jonge vrouwen (tot 25 jaar), eerste kind",
                needs: ["tienerouders", "hechting", "opvoedvragen", "huiselijk-geweld", "opleiding"],
                access: .verwijzing, recognition: .effectiefGoede, area: region, contactRole: "VoorZorg-verpleegkundige",
                slug: "ggd-limburg-noord", verifiedDaysAgo: 10, clock: clock),
            service(
                LimburgService.stevigOuderschap, of: LimburgOrg.ggd, "Stevig Ouderschap",
                public:
                    "Gaat het opvoeden zwaarder dan je dacht? Een jeugdverpleegkundige komt een paar keer bij je thuis om mee te denken.",
                professional: "Huisbezoeken door een gecertificeerde jeugdverpleegkundige. Erkend: effectief volgens eerste aanwijzingen."
                    + note,
                phases: [.tijdens, .na], ages: -5...24, target: "(aanstaande) ouders met verzwaarde omstandigheden",
                needs: ["hechting", "opvoedvragen", "stress", "sociaal-isolement", "trauma"],
                access: .viaJGZ, recognition: .effectiefEerste, area: region, contactRole: "Stevig Ouderschap-verpleegkundige",
                slug: "ggd-limburg-noord", verifiedDaysAgo: 95, clock: clock),
            service(
                LimburgService.nuNietZwanger, of: LimburgOrg.ggd, "Nu Niet Zwanger",
                public:
                    "Wil je nu niet zwanger worden? Een hulpverlener praat met je over je kinderwens en helpt je kiezen wat bij je past.",
                professional:
                    "Kinderwens en anticonceptie bespreekbaar maken bij mensen met complexe problemen; NNZ-coördinator bij de GGD. Erkend: goed onderbouwd."
                    + note,
                phases: [.voor], ages: -9...(-9), target: "vrouwen en mannen in een kwetsbare situatie",
                needs: ["onbedoelde-zwangerschap", "kinderwens", "lvb", "verslaving", "psychische-problemen"],
                access: .verwijzing, recognition: .goedOnderbouwd, area: region, contactRole: "coördinator Nu Niet Zwanger",
                slug: "ggd-limburg-noord", verifiedDaysAgo: 40, clock: clock),
            service(
                LimburgService.gelukkigOuderschap, of: LimburgOrg.ggd, "Gelukkig Ouderschap",
                public: "Hulp bij de band met je baby en bij zorgen die je als nieuwe ouder hebt.",
                professional: "Regionaal project rond de ouder-kindrelatie." + note,
                phases: [.na], ages: 0...24, target: "ouders van baby's",
                needs: ["hechting", "psychische-problemen", "opvoedvragen"],
                access: .viaJGZ, area: region, contactRole: "projectleider", slug: "ggd-limburg-noord",
                verifiedDaysAgo: 250, clock: clock),
            service(
                LimburgService.prePare, of: LimburgOrg.ggd, "Oudercursus PrePare",
                public: "Een cursus voor aanstaande ouders: samen voorbereiden op het leven met een baby.",
                professional: "Groepscursus voor aanstaande ouders." + note,
                phases: [.tijdens], ages: -6...0, target: "aanstaande ouders",
                needs: ["voorbereiding-ouderschap", "hechting", "stress"],
                access: .zelfAanmelden, area: region, contactRole: "cursusleider", slug: "ggd-limburg-noord",
                verifiedDaysAgo: 160, clock: clock),
            service(
                LimburgService.rookvrijeStart, of: LimburgOrg.ggd, "Rookvrije Start",
                public: "Stoppen met roken als je zwanger wilt worden of zwanger bent, samen met je partner. Je krijgt hulp.",
                professional: "Begeleiding naar een rookvrije zwangerschap (Rookvrije generatie)." + note,
                phases: [.voor, .tijdens, .na], ages: -9...12, target: "(aanstaande) ouders die roken",
                needs: ["roken"], access: .zelfAanmelden, area: region, contactRole: "stoppen-met-rokencoach",
                slug: "ggd-limburg-noord", verifiedDaysAgo: 30, clock: clock),
            service(
                LimburgService.gezondGewicht, of: LimburgOrg.ggd, "Kind op gezond gewicht",
                public: "Tips en hulp bij gezond eten, bewegen en slapen voor je kind.",
                professional: "Netwerkaanpak Kind op gezond gewicht; centrale zorgverlener coördineert." + note,
                phases: [.na], ages: 0...48, target: "ouders van kinderen met (risico op) overgewicht",
                needs: ["gezond-gewicht", "voeding-foliumzuur", "beweging"],
                access: .viaJGZ, area: region, contactRole: "centrale zorgverlener", slug: "ggd-limburg-noord",
                verifiedDaysAgo: 380, clock: clock),
            service(
                LimburgService.duizendKansen, of: LimburgOrg.ggd, "Duizend Kansen",
                public: "Een project voor een goede start van je kind in de eerste 1000 dagen.",
                professional: "Regionaal project Kansrijke Start." + note,
                phases: [.voor, .tijdens, .na], ages: -9...24, target: "(aanstaande) ouders in een kwetsbare situatie",
                needs: ["voorbereiding-ouderschap", "sociaal-isolement"],
                access: .verwijzing, area: region, contactRole: "projectleider", slug: "ggd-limburg-noord",
                verifiedDaysAgo: 200, clock: clock),
            service(
                LimburgService.centering, of: LimburgOrg.verloskundigenVenlo, "Centering Pregnancy",
                public: "Je zwangerschapscontroles in een groep met andere zwangeren. Je leert van elkaar en van de verloskundige.",
                professional: "Groepsgewijze prenatale zorg (10 bijeenkomsten) met individuele controle.",
                phases: [.tijdens], ages: -7...0, target: "zwangeren",
                needs: ["prenatale-zorg", "voorbereiding-ouderschap", "sociaal-isolement"],
                access: .zelfAanmelden, cost: "vergoed door de zorgverzekering", area: v, contactRole: "verloskundige",
                slug: "verloskundigen-venlo", verifiedDaysAgo: 70, clock: clock),
            service(
                LimburgService.risicosignalering, of: LimburgOrg.consortium, "Risicosignalering in de zwangerschap",
                public: "Je verloskundige vraagt ook hoe het thuis, met geld en met je gevoel gaat. Zo krijg je op tijd de juiste hulp.",
                professional: "Eén risicosignaleringsinstrument voor VSV's en JGZ, bij voorkeur de GIZ-methode (jaarplan 2024).",
                phases: [.tijdens], ages: -9...0, target: "alle zwangeren",
                needs: ["psychische-problemen", "schulden", "huisvesting", "huiselijk-geweld", "prenatale-zorg"],
                access: .verwijzing, area: region, contactRole: "coördinator VSV", slug: "vcl",
                verifiedDaysAgo: 440, clock: clock),
            service(
                LimburgService.verlengdeKraamzorg, of: LimburgOrg.kraamzorg, "Verlengde kraamzorg voor kwetsbare gezinnen",
                public: "Heb je na de bevalling extra hulp nodig? De kraamverzorgende kan langer blijven.",
                professional: "Experiment met verlengde kraamzorg en zonder eigen bijdrage, met zorgverzekeraars (jaarplan 2024).",
                phases: [.na], ages: 0...1, target: "kwetsbare gezinnen na de bevalling",
                needs: ["borstvoeding", "hechting", "voorbereiding-ouderschap"],
                access: .verwijzing, cost: "geen eigen bijdrage (experiment)", area: region, contactRole: "kraamverzorgende",
                slug: "kraamzorg-nml", verifiedDaysAgo: 220, clock: clock),
            service(
                LimburgService.wijkteam, of: LimburgOrg.wijkteamVenlo, "Hulp bij geldzorgen en schulden",
                public: "Heb je schulden of weinig geld? Het wijkteam helpt je gratis om overzicht te krijgen.",
                professional: "Schuldhulp en inkomensondersteuning via het sociaal wijkteam; warme overdracht vanuit geboortezorg.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "inwoners van Venlo",
                needs: ["schulden", "laag-inkomen", "werkloosheid", "huisvesting"],
                access: .zelfAanmelden, area: v, contactRole: "consulent wijkteam", slug: "wijkteam-venlo",
                verifiedDaysAgo: 260, clock: clock),
            service(
                LimburgService.veiligThuis, of: LimburgOrg.veiligThuis, "Advies en melding huiselijk geweld",
                public: "Is er thuis geweld of maak je je zorgen over iemand? Bel voor advies. Dat mag ook anoniem.",
                professional: "Advies- en meldpunt; consult voor professionals volgens de meldcode.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "iedereen",
                needs: ["huiselijk-geweld"], access: .zelfAanmelden, area: region,
                contactRole: "medewerker advies en melding", slug: "veilig-thuis-limburg-noord", verifiedDaysAgo: 50, clock: clock),
            service(
                LimburgService.taalhuis, of: LimburgOrg.bibliotheekVenlo, "Taalhuis: beter lezen, schrijven en Nederlands",
                public: "Wil je beter leren lezen of schrijven, of Nederlands leren? In het Taalhuis helpen vrijwilligers je gratis.",
                professional: "Taalhuis van de bibliotheek: taalcafé, leesgroepen en verwijzing naar taaltrajecten.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "volwassenen die moeite hebben met taal",
                needs: ["laaggeletterdheid", "taal-tolk"], access: .zelfAanmelden, cost: "gratis", area: v,
                contactRole: "taalhuiscoördinator", slug: "bibliotheek-venlo", verifiedDaysAgo: 90, clock: clock),
            service(
                LimburgService.boekStart, of: LimburgOrg.bibliotheekVenlo, "BoekStart: voorlezen aan je baby",
                public: "Voorlezen helpt je baby praten. Bij de bibliotheek krijg je een gratis koffertje met boekjes.",
                professional: "BoekStart voor baby's en dreumesen; uitnodiging via het consultatiebureau.",
                phases: [.na], ages: 0...4, target: "ouders van baby's en dreumesen",
                needs: ["taalontwikkeling"], access: .zelfAanmelden, cost: "gratis", area: v,
                contactRole: "BoekStart-coördinator", slug: "bibliotheek-venlo", verifiedDaysAgo: 90, clock: clock),
            service(
                LimburgService.tolk, of: LimburgOrg.wijkteamVenlo, "Tolk en hulp in je eigen taal",
                public: "Spreek je weinig Nederlands? Bij gesprekken over je zwangerschap of je baby kan een tolk helpen. Dat is gratis.",
                professional: "Tolkentelefoon en tolk bij huisbezoek via het wijkteam; aanvragen door de professional.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "ouders die weinig Nederlands spreken",
                needs: ["taal-tolk", "statushouders-asielzoekers"], access: .zelfAanmelden, cost: "gratis", area: v,
                contactRole: "consulent wijkteam", slug: "wijkteam-venlo", verifiedDaysAgo: 180, clock: clock),
            service(
                LimburgService.alleenOpvoeden, of: LimburgOrg.wijkteamVenlo, "Steun als je er alleen voor staat",
                public: "Voed je je kind alleen op? Het wijkteam helpt met geld, opvang en contact met andere ouders.",
                professional: "Ondersteuning van eenoudergezinnen: inkomen, kinderopvang, netwerk; groep voor alleenstaande ouders.",
                phases: [.tijdens, .na], ages: -9...48, target: "alleenstaande ouders",
                needs: ["eenoudergezin", "sociaal-isolement", "laag-inkomen"], access: .zelfAanmelden, area: v,
                contactRole: "consulent wijkteam", slug: "wijkteam-venlo", verifiedDaysAgo: 200, clock: clock),
            service(
                LimburgService.alcoholZwanger, of: LimburgOrg.verloskundigenVenlo, "Hulp bij stoppen met alcohol in de zwangerschap",
                public: "Drink je alcohol en ben je zwanger? Je verloskundige helpt je stoppen, zonder oordeel.",
                professional: "Gesprek volgens de richtlijn alcohol en zwangerschap; zo nodig verwijzing naar verslavingszorg.",
                phases: [.voor, .tijdens], ages: -9...0, target: "zwangere vrouwen en vrouwen met een kinderwens",
                needs: ["alcohol", "verslaving"], access: .zelfAanmelden, area: v,
                contactRole: "verloskundige", slug: "verloskundigen-venlo", verifiedDaysAgo: 70, clock: clock)
        ]
    }
}
