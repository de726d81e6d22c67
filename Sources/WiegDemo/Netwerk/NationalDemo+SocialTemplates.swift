import Foundation
import WiegCore

extension NationalDemo {
    /// The social domain: social team, debt help, welfare, library, childcare, safety.
    static let socialTemplates: [ServiceTemplate] = [
        template(
            "sociaal-team", .sociaalTeam, "Sociaal team: hulp bij geld, wonen, werk en zorg",
            "Heb je vragen over geld, wonen, werk of zorg? Het sociaal team zoekt samen met jou naar een oplossing.",
            "Toegang tot Wmo, jeugdhulp en participatie; warme overdracht vanuit verloskunde en JGZ.",
            [.voor, .tijdens, .na], -9...48, "inwoners van {p}",
            ["schulden", "huisvesting", "werkloosheid", "sociaal-isolement", "eenoudergezin"],
            languages: ["nl", "en"], role: "coördinator sociaal team"),
        template(
            "jonge-moeders", .sociaalTeam, "Begeleiding jonge moeders",
            "Ben je jong en zwanger of net moeder? Een vaste coach helpt je met school, geld en wonen.",
            "Ambulante begeleiding van tienermoeders tot 23 jaar; samenwerking met VoorZorg.",
            [.tijdens, .na], -9...48, "jonge moeders tot 23 jaar", ["tienerouders", "opleiding", "huisvesting"],
            role: "jongerencoach"),
        template(
            "schuldhulp", .schuldhulp, "Schuldhulpverlening",
            "Heb je schulden of rekeningen die je niet kunt betalen? Je krijgt gratis hulp om overzicht te maken en afspraken te maken.",
            "Wettelijke schuldhulpverlening; bij zwangeren binnen 3 werkdagen een eerste gesprek.",
            [.voor, .tijdens, .na], -9...48, "inwoners met geldzorgen", ["schulden", "laag-inkomen", "stress"],
            role: "schuldhulpverlener"),
        template(
            "geldcafe", .schuldhulp, "Geldcafé: hulp bij geldzorgen",
            "Kom met je post en je vragen over geld. Vrijwilligers helpen je met formulieren en toeslagen.",
            "Inloop voor vroegsignalering van geldzorgen; doorverwijzing naar schuldhulpverlening.",
            [.voor, .tijdens, .na], -9...48, "iedereen met vragen over geld", ["schulden", "laag-inkomen", "laaggeletterdheid"],
            languages: ["nl", "en", "ar", "pl"], role: "coördinator geldcafé"),
        template(
            "taalcafe", .welzijn, "Taalcafé",
            "Wil je beter Nederlands spreken? In het taalcafé oefen je met anderen, in een gezellige sfeer.",
            "Wekelijkse inloop met taalvrijwilligers; ook voor partners van zwangeren.",
            [.voor, .tijdens, .na], -9...48, "anderstaligen", ["taal-tolk", "sociaal-isolement", "statushouders-asielzoekers"],
            languages: ["nl", "en", "ar", "ti", "uk"], role: "taalcoördinator"),
        template(
            "ontmoeting", .welzijn, "Ontmoetingsgroep jonge ouders",
            "Kom in contact met andere ouders uit {p}. Elke week drinken we koffie en praten we over de kleine.",
            "Inloopgroep voor ouders met baby's; signalering van isolement.",
            [.na], 0...24, "ouders met een baby", ["sociaal-isolement", "opvoedvragen", "eenoudergezin"],
            role: "opbouwwerker"),
        template(
            "tolken", .welzijn, "Vrijwillige tolken",
            "Spreek je nog weinig Nederlands? Een vrijwillige tolk kan meegaan naar de verloskundige of het consultatiebureau.",
            "Inzet van vrijwillige tolken voor gewone afspraken; bij medische beslissingen een professionele tolk.",
            [.voor, .tijdens, .na], -9...48, "anderstalige (aanstaande) ouders", ["taal-tolk", "statushouders-asielzoekers"],
            languages: ["nl", "ar", "ti", "tr", "pl", "uk"], role: "coördinator tolkenpool"),
        template(
            "home-start", .homeStart, "Home-Start",
            "Een vrijwilliger die zelf ook ouder is, komt elke week bij je thuis om mee te helpen en te luisteren.",
            "Gezinsondersteuning door getrainde vrijwilligers, 6 tot 12 maanden.",
            [.na], 0...48, "gezinnen met jonge kinderen", ["sociaal-isolement", "opvoedvragen", "stress"],
            recognition: .goedOnderbouwd, role: "coördinator Home-Start"),
        template(
            "boekstart", .bibliotheek, "BoekStart",
            "Lees samen met je baby. Je krijgt een gratis koffertje met boekjes als je je kind lid maakt van de bibliotheek.",
            "Leesbevordering voor 0–4 jaar; koppeling met consultatiebureau en kinderopvang.",
            [.na], 3...48, "ouders met kinderen tot 4 jaar", ["taalontwikkeling", "laaggeletterdheid"],
            recognition: .goedBeschreven, role: "leesconsulent"),
        template(
            "taalhuis", .bibliotheek, "Taalhuis: beter lezen en schrijven",
            "Wil je beter leren lezen, schrijven of werken met de computer? Je kunt oefenen met een vrijwilliger.",
            "Taalhuis; intake, taalmaatjes en cursussen digitale vaardigheden.",
            [.voor, .tijdens, .na], -9...48, "volwassenen", ["laaggeletterdheid", "taal-tolk", "opleiding"],
            role: "coördinator Taalhuis"),
        template(
            "voorlezen", .bibliotheek, "Voorleesuurtje voor dreumesen",
            "Voorlezen helpt je kind met praten. Elke week lezen we voor aan kinderen tot 4 jaar. Gratis, kom gewoon langs.",
            "Voorleesmoment met tips voor ouders; aandacht voor meertalige gezinnen.",
            [.na], 12...48, "ouders en kinderen tot 4 jaar", ["taalontwikkeling", "sociaal-isolement"],
            languages: ["nl", "en"], role: "leesconsulent"),
        template(
            "vve", .kinderopvang, "Voorschoolse educatie (VVE)",
            "Je kind speelt en leert op de peuteropvang, zodat het goed voorbereid naar school gaat.",
            "VVE-programma voor peuters met een indicatie van de JGZ; 16 uur per week.",
            [.na], 24...48, "peuters met een VVE-indicatie", ["taalontwikkeling", "ontwikkeling-kind"], .viaJGZ,
            cost: "gratis met indicatie", recognition: .goedOnderbouwd, role: "pedagogisch medewerker"),
        template(
            "dagopvang", .kinderopvang, "Kinderdagverblijf",
            "Je kind is welkom vanaf 10 weken. Je kunt kinderopvangtoeslag krijgen.",
            "Dagopvang 0–4 jaar; pedagogisch beleidsplan en signaleren van zorgen via de meldcode.",
            [.na], 2...48, "werkende ouders", ["ontwikkeling-kind", "werkloosheid"],
            cost: "kinderopvangtoeslag mogelijk", role: "locatiemanager"),
        template(
            "peuteropvang", .kinderopvang, "Peuteropvang",
            "Twee ochtenden per week spelen met andere peuters. Ook als je niet werkt.",
            "Peuteropvang voor 2–4 jaar; inkomensafhankelijke bijdrage via de gemeente.",
            [.na], 24...48, "ouders met peuters", ["ontwikkeling-kind", "taalontwikkeling", "sociaal-isolement"],
            cost: "bijdrage naar inkomen", role: "pedagogisch medewerker"),
        template(
            "veilig-thuis", .veiligThuis, "Advies en melding huiselijk geweld",
            "Is er thuis geweld of maak je je zorgen over iemand? Bel voor advies. Dat mag ook anoniem.",
            "Advies en meldingen volgens de meldcode; consult voor professionals, dag en nacht bereikbaar.",
            [.voor, .tijdens, .na], -9...48, "iedereen", ["huiselijk-geweld"], cost: "gratis",
            languages: ["nl", "en", "ar", "tr"], role: "consulent Veilig Thuis"),
        template(
            "kraampakket", .gemeente, "Gratis kraampakket en babyspullen",
            "Heb je weinig geld? Via de gemeente krijg je gratis een kraampakket en tweedehands babyspullen.",
            "Regeling voor minima; aanvragen via sociaal team of verloskundige.",
            [.tijdens], -4...0, "zwangeren met een laag inkomen", ["laag-inkomen", "schulden"], .verwijzing,
            role: "consulent inkomensondersteuning"),
        template(
            "anticonceptie", .gemeente, "Gratis anticonceptie voor minima",
            "Heb je weinig geld en wil je nu niet zwanger worden? De gemeente betaalt je anticonceptie.",
            "Vergoeding van anticonceptie voor inwoners met een laag inkomen; aanvraag via Nu Niet Zwanger of huisarts.",
            [.voor], -9...(-9), "inwoners met een laag inkomen", ["onbedoelde-zwangerschap", "laag-inkomen"],
            .verwijzing, role: "beleidsmedewerker publieke gezondheid"),
        template(
            "ouderpanel", .ouderpanel, "Ouderpanel: praat mee",
            "Vertel ons hoe jij de zorg rond je zwangerschap hebt ervaren. Zo maken we het beter voor andere ouders.",
            "Ervaringsdeskundige ouders adviseren de coalitie Kansrijke Start.",
            [.voor, .tijdens, .na], -9...48, "ouders en aanstaande ouders", ["voorbereiding-ouderschap"],
            role: "secretaris ouderpanel"),
        template(
            "voedselbank", .voedselbank, "Voedselpakket",
            "Is er niet genoeg geld voor eten? Je kunt elke week een voedselpakket halen, ook met babyvoeding.",
            "Toelating via sociaal team of schuldhulpverlening; babypakket voor zwangeren.",
            [.tijdens, .na], -9...48, "huishoudens met een laag inkomen", ["laag-inkomen", "schulden"], .verwijzing,
            role: "intaker voedselbank"),
        template(
            "maatje", .maatjes, "Maatje voor aanstaande ouders",
            "Sta je er alleen voor? Een maatje gaat met je mee naar afspraken en helpt je de weg te vinden.",
            "Maatjesproject met getrainde vrijwilligers; gericht op isolement en statushouders.",
            [.tijdens, .na], -9...24, "(aanstaande) ouders zonder netwerk",
            ["sociaal-isolement", "statushouders-asielzoekers", "eenoudergezin"], languages: ["nl", "en", "ar"],
            role: "coördinator maatjesproject"),
        template(
            "beweeggroep", .sport, "Bewegen met je baby",
            "Samen met je baby bewegen en andere ouders ontmoeten. Elke week in het buurthuis.",
            "Laagdrempelig beweegaanbod voor ouders na de bevalling; buurtsportcoach.",
            [.na], 1...24, "ouders met een baby", ["beweging", "gezond-gewicht", "sociaal-isolement"],
            cost: "€ 2 per keer", role: "buurtsportcoach")
    ]
}
