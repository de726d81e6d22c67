import Foundation
import WiegCore

extension NationalDemo {
    /// Public and mental health: JGZ, CJG, GGD, GP, GGZ and addiction care.
    static let healthTemplates: [ServiceTemplate] = [
        template(
            "consultatiebureau", .jgz, "Consultatiebureau",
            "Op het consultatiebureau volgen we hoe je kind groeit en zich ontwikkelt. Je kunt al je vragen stellen.",
            "Basistakenpakket JGZ 0–4 jaar; vaccinaties, screening en signalering volgens de JGZ-richtlijnen.",
            [.na], 0...48, "alle ouders met kinderen tot 4 jaar",
            ["ontwikkeling-kind", "opvoedvragen", "borstvoeding", "hechting"], languages: ["nl", "en"],
            role: "jeugdverpleegkundige"),
        template(
            "prenataal-huisbezoek", .jgz, "Prenataal huisbezoek",
            "Een jeugdverpleegkundige komt bij je thuis als je zwanger bent. Jullie praten over wat je nodig hebt als de baby er is.",
            "Huisbezoek vanaf 24 weken; aanbieden aan alle zwangeren, met voorrang bij sociale risico's.",
            [.tijdens], -4...0, "zwangeren", ["voorbereiding-ouderschap", "sociaal-isolement", "huisvesting", "schulden"],
            recognition: .goedBeschreven, role: "jeugdverpleegkundige"),
        template(
            "voorzorg", .jgz, "VoorZorg",
            "Ben je jonger dan 25 en zwanger van je eerste kind, en heb je het zwaar? Een VoorZorg-verpleegkundige komt bij je thuis, tot je kind 2 jaar is.",
            "Intensief huisbezoekprogramma (NFP); aanmelden voor 28 weken zwangerschap.",
            [.tijdens, .na], -7...24, "jonge vrouwen tot 25 jaar, zwanger van het eerste kind",
            ["tienerouders", "huiselijk-geweld", "roken", "hechting"], .verwijzing, recognition: .effectiefGoede,
            role: "VoorZorg-verpleegkundige"),
        template(
            "stevig-ouderschap", .jgz, "Stevig Ouderschap",
            "Gaat het opvoeden zwaarder dan je dacht? Een jeugdverpleegkundige komt een paar keer bij je thuis om mee te denken.",
            "Preventief huisbezoekprogramma bij risicofactoren; start rond de geboorte tot 18 maanden.",
            [.na], 0...18, "ouders met een verhoogd risico op opvoedproblemen",
            ["opvoedvragen", "stress", "hechting", "eenoudergezin"], .viaJGZ, recognition: .effectiefEerste,
            role: "Stevig Ouderschap-verpleegkundige"),
        template(
            "opvoedspreekuur", .cjg, "Opvoedspreekuur",
            "Heb je een vraag over slapen, eten, huilen of opvoeden? Kom langs of bel. Je hoeft geen afspraak te maken.",
            "Laagdrempelig spreekuur van pedagogen; zo nodig kortdurende opvoedondersteuning.",
            [.na], 0...48, "ouders van jonge kinderen", ["opvoedvragen", "ontwikkeling-kind", "stress"],
            languages: ["nl", "en", "tr"], role: "pedagoog CJG"),
        template(
            "oudercursus", .cjg, "Oudercursus Samen Ouders Worden",
            "Samen met je partner bereid je je voor op het ouderschap. Je praat over de rolverdeling en over jullie relatie.",
            "Groepscursus voor aanstaande ouders over relatie, rolverdeling en hechting.",
            [.tijdens, .na], -5...6, "aanstaande ouders", ["voorbereiding-ouderschap", "hechting", "stress"],
            recognition: .goedBeschreven, role: "CJG-coach"),
        template(
            "nu-niet-zwanger", .ggd, "Nu Niet Zwanger",
            "Wil je nu niet zwanger worden? Een hulpverlener praat met je over je kinderwens en helpt je kiezen wat bij je past.",
            "Programma voor mensen in een kwetsbare situatie; gratis anticonceptie via de gemeente mogelijk.",
            [.voor], -9...(-9), "mensen in een kwetsbare situatie", ["onbedoelde-zwangerschap", "kinderwens", "lvb"],
            .verwijzing, recognition: .goedOnderbouwd, role: "coördinator Nu Niet Zwanger"),
        template(
            "seksuele-gezondheid", .ggd, "Spreekuur seksuele gezondheid",
            "Vragen over anticonceptie, een soa of een zwangerschap die je niet had gepland? Je kunt gratis en anoniem langskomen.",
            "Sense-spreekuur voor jongeren tot 25; keuzehulpgesprek bij onbedoelde zwangerschap.",
            [.voor], -9...(-9), "jongeren tot 25 jaar", ["onbedoelde-zwangerschap", "tienerouders"],
            languages: ["nl", "en"], role: "sociaal verpleegkundige GGD"),
        template(
            "huisarts", .huisarts, "Huisarts en praktijkondersteuner GGZ",
            "Met klachten over je gezondheid, somberheid of stress kun je altijd bij je huisarts terecht.",
            "Huisartsenzorg en POH-GGZ; verwijzing naar GGZ, verslavingszorg of POP-poli.",
            [.voor, .tijdens, .na], -9...48, "iedereen", ["psychische-problemen", "stress", "chronische-aandoening"],
            cost: "vergoed door de zorgverzekering", languages: ["nl", "en"], role: "praktijkondersteuner GGZ"),
        template(
            "leefstijl", .huisarts, "Gecombineerde leefstijlinterventie",
            "Wil je gezonder eten, meer bewegen of afvallen? Een leefstijlcoach helpt je twee jaar lang.",
            "GLI via de huisarts; ook voor vrouwen met een kinderwens en overgewicht.",
            [.voor, .na], -9...48, "volwassenen met overgewicht", ["gezond-gewicht", "beweging", "voeding-foliumzuur"],
            .viaHuisarts, cost: "vergoed, geen eigen risico", recognition: .goedOnderbouwd, role: "leefstijlcoach"),
        template(
            "ggz-behandeling", .ggz, "Hulp bij somberheid en angst",
            "Voel je je somber, angstig of heel onrustig, in of na je zwangerschap? Praat erover. Er is hulp.",
            "Behandeling bij perinatale depressie en angst; korte wachttijd voor zwangeren.",
            [.tijdens, .na], -9...12, "(aanstaande) ouders met psychische klachten",
            ["psychische-problemen", "stress", "trauma"], .viaHuisarts, cost: "vergoed; eigen risico",
            role: "GZ-psycholoog"),
        template(
            "ouder-baby", .ggz, "Ouder-babybegeleiding",
            "Lukt het contact met je baby niet zoals je hoopte? Samen met een therapeut leer je je baby beter begrijpen.",
            "Video-interactiebegeleiding en ouder-kindtherapie bij hechtingsproblemen.",
            [.na], 0...24, "ouders met baby's", ["hechting", "psychische-problemen"], .verwijzing,
            recognition: .goedOnderbouwd, role: "infant mental health-specialist"),
        template(
            "verslavingshulp", .verslavingszorg, "Hulp bij verslaving",
            "Lukt stoppen met alcohol, drugs of medicijnen niet? Je krijgt hulp, ook als je zwanger bent.",
            "Ambulante verslavingszorg; zwangeren met voorrang, afstemming met verloskundige en POP-poli.",
            [.voor, .tijdens, .na], -9...48, "(aanstaande) ouders die gebruiken", ["verslaving", "alcohol"],
            .viaHuisarts, cost: "vergoed; eigen risico", role: "verslavingsarts"),
        template(
            "rookstopcoach", .verslavingszorg, "Rookstopcoach voor zwangeren en partners",
            "Wil je stoppen met roken? Een coach helpt je in een paar gesprekken. Dat is gratis.",
            "Rookstopbegeleiding met nicotinevervangers; vergoed buiten het eigen risico.",
            [.voor, .tijdens, .na], -9...12, "rokers met een kinderwens, zwangeren en partners", ["roken"],
            cost: "gratis, vergoed buiten het eigen risico", recognition: .effectiefEerste, languages: ["nl", "tr", "ar"],
            role: "rookstopcoach")
    ]
}
