import Foundation
import WiegCore

extension NationalDemo {
    /// Birth care: midwives, hospital, VSV and maternity care.
    static let careTemplates: [ServiceTemplate] = [
        template(
            "zwangerschapscontrole", .verloskunde, "Zwangerschapscontrole",
            "De verloskundige kijkt of het goed gaat met jou en je baby. Maak een afspraak zodra je weet dat je zwanger bent.",
            "Eerstelijns verloskundige zorg. Sociale risico's uitvragen met R4U; bespreken in het risico-overleg.",
            [.tijdens, .na], -9...0, "alle zwangeren", ["prenatale-zorg", "voeding-foliumzuur", "roken", "alcohol"],
            cost: "vergoed door de zorgverzekering", languages: ["nl", "en"], role: "verloskundige"),
        template(
            "kinderwensspreekuur", .verloskunde, "Kinderwensspreekuur",
            "Wil je zwanger worden? Praat met de verloskundige over gezond zwanger worden, foliumzuur en leefstijl.",
            "Preconceptieconsult; aandacht voor medicatie, leefstijl en eerdere zwangerschappen.",
            [.voor], -9...(-9), "vrouwen en stellen met een kinderwens", ["kinderwens", "voeding-foliumzuur", "gezond-gewicht"],
            role: "verloskundige"),
        template(
            "centering", .verloskunde, "Centering Pregnancy",
            "Je krijgt je controles samen met 8 tot 12 andere zwangeren. Je leert van elkaar en van de verloskundige.",
            "Groepsgewijze prenatale zorg in 10 bijeenkomsten; vervangt de meeste individuele controles.",
            [.tijdens], -7...0, "zwangeren", ["prenatale-zorg", "sociaal-isolement", "voorbereiding-ouderschap"],
            cost: "vergoed door de zorgverzekering", recognition: .goedOnderbouwd, role: "verloskundige, Centering-begeleider"),
        template(
            "echo", .verloskunde, "Echo's en prenatale screening",
            "Met een echo kijkt de verloskundige hoe je baby groeit. Je kiest zelf of je een test wilt.",
            "Termijnecho, 20-wekenecho en counseling over de NIPT; uitslagen met de zwangere bespreken.",
            [.tijdens], -9...0, "zwangeren", ["prenatale-zorg", "eerdere-zwangerschapscomplicaties"],
            cost: "de meeste echo's worden vergoed", languages: ["nl", "en"], role: "echoscopist"),
        template(
            "zwangerschapscursus", .verloskunde, "Zwangerschapscursus",
            "In een cursus bereid je je met je partner voor op de bevalling en de eerste weken met je baby.",
            "Cursus van 6 lessen; bevallingshoudingen, ademhaling, kraamtijd en voeding.",
            [.tijdens], -5...0, "zwangeren en hun partner", ["voorbereiding-ouderschap"],
            cost: "eigen bijdrage € 60, soms vergoed", role: "verloskundige"),
        template(
            "rookstop", .verloskunde, "Stoppen met roken tijdens de zwangerschap",
            "Stoppen met roken is het beste wat je voor je baby kunt doen. De verloskundige helpt je, ook je partner.",
            "Begeleiding volgens de V-MIS; verwijzen naar een rookstopcoach, partner betrekken.",
            [.voor, .tijdens, .na], -9...12, "rokende zwangeren en hun partner", ["roken"],
            recognition: .goedOnderbouwd, role: "verloskundige"),
        template(
            "nacontrole", .verloskunde, "Nacontrole na de bevalling",
            "Zes weken na de bevalling kijkt de verloskundige hoe het met je gaat, ook met je gevoel.",
            "Nacontrole; vragen naar stemming, anticonceptie en voeding; overdracht aan de JGZ.",
            [.na], 0...3, "moeders na de bevalling", ["psychische-problemen", "borstvoeding", "onbedoelde-zwangerschap"],
            cost: "vergoed door de zorgverzekering", role: "verloskundige"),
        template(
            "risico-overleg", .vsv, "Risico-overleg kwetsbare zwangeren",
            "Zorgverleners overleggen samen, met jouw toestemming, zodat je op tijd de juiste hulp krijgt.",
            "Maandelijks overleg van verloskunde, JGZ, kraamzorg en sociaal team over kwetsbare zwangeren.",
            [.tijdens], -9...0, "zwangeren in een kwetsbare situatie",
            ["psychische-problemen", "huisvesting", "schulden", "huiselijk-geweld", "verslaving"], .verwijzing,
            role: "coördinator VSV"),
        template(
            "voorlichtingsavond", .vsv, "Voorlichtingsavond bevallen in {p}",
            "Op één avond hoor je meer over de bevalling, de kraamtijd en de eerste weken. Je partner is welkom.",
            "Gezamenlijke voorlichting door verloskundigen, kraamzorg en JGZ; met tolk op aanvraag.",
            [.tijdens], -6...0, "zwangeren en hun partner", ["voorbereiding-ouderschap", "taal-tolk"],
            languages: ["nl", "en", "ar"], role: "coördinator VSV"),
        template(
            "pop-poli", .popPoli, "POP-poli: zorg bij psychische klachten",
            "Voel je je niet goed, of gebruik je medicijnen voor je gevoel? In het ziekenhuis werken een gynaecoloog en een psychiater samen voor jou.",
            "Psychiatrie-obstetrie-pediatrie; zwangerschapsplan, medicatieadvies en nazorg.",
            [.voor, .tijdens, .na], -9...6, "(aanstaande) ouders met psychische klachten",
            ["psychische-problemen", "verslaving", "trauma"], .verwijzing, cost: "vergoed door de zorgverzekering",
            role: "verpleegkundig specialist POP"),
        template(
            "gynaecologie", .popPoli, "Gynaecologie en ziekenhuisbevalling",
            "Zorg in het ziekenhuis als je zwangerschap of bevalling extra aandacht nodig heeft.",
            "Tweedelijns verloskunde; overleg met de eerste lijn volgens de VIL.",
            [.tijdens], -9...0, "zwangeren met een medische indicatie",
            ["eerdere-zwangerschapscomplicaties", "chronische-aandoening", "prenatale-zorg"], .verwijzing,
            cost: "vergoed; eigen risico", role: "klinisch verloskundige"),
        template(
            "mmw", .popPoli, "Medisch maatschappelijk werk rond de geboorte",
            "Maak je iets ergs mee in je zwangerschap of na de bevalling? Een maatschappelijk werker praat met je.",
            "Psychosociale ondersteuning bij verlies, vroeggeboorte en zorgen over geld of wonen.",
            [.tijdens, .na], -9...12, "ouders in het ziekenhuis", ["ingrijpende-gebeurtenissen", "stress", "huisvesting"],
            .verwijzing, role: "medisch maatschappelijk werker"),
        template(
            "kraamzorg", .kraamzorg, "Kraamzorg thuis",
            "Na de bevalling helpt een kraamverzorgende je thuis met de zorg voor jou en je baby. Meld je aan voor week 20.",
            "Kraamzorg volgens het Landelijk Indicatieprotocol; signaleren van zorgen en overdracht aan de JGZ.",
            [.tijdens, .na], -5...1, "alle zwangeren", ["borstvoeding", "hechting", "voorbereiding-ouderschap"],
            cost: "vergoed; wettelijke eigen bijdrage per uur", languages: ["nl", "en"], role: "planner kraamzorg"),
        template(
            "kraamzorg-plus", .kraamzorg, "Extra kraamzorg bij zorgen",
            "Heb je na de bevalling extra hulp nodig? De kraamverzorgende kan langer blijven of vaker komen.",
            "Extra of verlengde kraamzorg bij kwetsbare gezinnen; financiering via gemeente of Wmo.",
            [.na], 0...3, "gezinnen in een kwetsbare situatie", ["sociaal-isolement", "psychische-problemen", "lvb"],
            .verwijzing, role: "kraamverzorgende"),
        template(
            "borstvoedingscursus", .kraamzorg, "Borstvoedingscursus",
            "Wil je borstvoeding geven? In deze les leer je hoe je begint en wat je kunt doen bij problemen.",
            "Voorlichting door een lactatiekundige; nazorg aan huis bij problemen.",
            [.tijdens, .na], -3...6, "zwangeren en moeders", ["borstvoeding"],
            cost: "eigen bijdrage € 35", role: "lactatiekundige")
    ]
}
