extension NeedTaxonomy {
    /// The needs Wieg ships with: those the issue asks for plus the ones the source documents
    /// name (DOMAIN.md, seeds 000–004). Grouped by R4U domain, in display order.
    public static let seeded = NeedTaxonomy(
        terms: familyAndIncomeTerms + communicationAndLifestyleTerms
            + pregnancyAndWellbeingTerms + parenthoodTerms)

    /// Shorthand for the seed lists.
    static func term(
        _ code: String, _ dutchName: String, _ englishName: String, _ domain: NeedDomain,
        _ dutchDescription: String, _ englishDescription: String
    ) -> NeedTerm {
        NeedTerm(
            code: code, dutchName: dutchName, englishName: englishName, domain: domain,
            dutchDescription: dutchDescription, englishDescription: englishDescription)
    }

    static let familyAndIncomeTerms: [NeedTerm] = [
        term(
            "eenoudergezin", "eenoudergezin", "single-parent family", .gezinssituatie,
            "Je voedt je kind alleen op. Je kunt hulp krijgen bij de zorg, het geld en de opvoeding.",
            "You are raising your child alone. You can get help with care, money and parenting."),
        term(
            "tienerouders", "tienerouders", "teenage parents", .gezinssituatie,
            "Je bent jong (jonger dan 20) en zwanger of net ouder. Er is hulp die bij jouw leven past.",
            "You are young (under 20) and pregnant or a new parent. There is help that fits your life."),
        term(
            "huiselijk-geweld", "huiselijk geweld", "domestic violence", .gezinssituatie,
            "Is er thuis geweld, dreiging of angst? Je staat er niet alleen voor. Je kunt hierover praten en hulp krijgen.",
            "Is there violence, threat or fear at home? You are not alone. You can talk about it and get help."),
        term(
            "sociaal-isolement", "sociaal isolement", "social isolation", .gezinssituatie,
            "Je hebt weinig mensen om je heen die je kunnen helpen. Je kunt anderen leren kennen en steun krijgen.",
            "You have few people around you who can help. You can meet others and get support."),
        term(
            "huisvesting", "huisvesting", "housing", .gezinssituatie,
            "Je hebt geen goed of vast huis, of je moet snel verhuizen. Je kunt hulp krijgen bij het vinden van woonruimte.",
            "You have no good or steady home, or you must move soon. You can get help finding a place to live."),
        term(
            "statushouders-asielzoekers", "statushouders en asielzoekers", "refugees and asylum seekers", .gezinssituatie,
            "Je bent gevlucht naar Nederland. Je kunt hulp krijgen bij de zwangerschap, je baby en je nieuwe leven hier.",
            "You fled to the Netherlands. You can get help with your pregnancy, your baby and your new life here."),
        term(
            "ingrijpende-gebeurtenissen", "ingrijpende gebeurtenissen", "major life events", .gezinssituatie,
            "Er is iets ingrijpends gebeurd, zoals een scheiding of een overlijden. Je kunt erover praten en steun krijgen.",
            "Something major has happened, such as a divorce or a death. You can talk about it and get support."),
        term(
            "chronische-aandoening", "chronische ziekte in het gezin", "chronic illness in the family", .gezinssituatie,
            "Jij of je kind heeft een ziekte die lang duurt. Je kunt hulp krijgen bij de zorg en bij het regelen ervan.",
            "You or your child has a long-lasting illness. You can get help with care and with arranging it."),
        term(
            "schulden", "schulden en geldzorgen", "debts and money worries", .werkEnInkomen,
            "Heb je schulden of maak je je zorgen over geld? Vraag op tijd hulp. Dat is gratis.",
            "Do you have debts or worry about money? Ask for help in time. It is free."),
        term(
            "laag-inkomen", "laag inkomen", "low income", .werkEnInkomen,
            "Je hebt weinig geld om van te leven. Je kunt misschien toeslagen of andere steun krijgen.",
            "You have little money to live on. You may be able to get allowances or other support."),
        term(
            "werkloosheid", "werkloosheid", "unemployment", .werkEnInkomen,
            "Je hebt geen werk of je bent je werk kwijt. Je kunt hulp krijgen bij werk zoeken en bij een uitkering.",
            "You have no job or lost your job. You can get help finding work and with benefits.")
    ]

    static let communicationAndLifestyleTerms: [NeedTerm] = [
        term(
            "laaggeletterdheid", "laaggeletterdheid", "low literacy", .communicatieEnOpleiding,
            "Lezen, schrijven of rekenen is lastig voor je. Je kunt dit leren, samen met anderen.",
            "Reading, writing or arithmetic is hard for you. You can learn it, together with others."),
        term(
            "taal-tolk", "taal en tolk", "language and interpreting", .communicatieEnOpleiding,
            "Je spreekt nog niet goed Nederlands. Je kunt een tolk krijgen of Nederlands leren.",
            "You do not speak Dutch well yet. You can get an interpreter or learn Dutch."),
        term(
            "lvb", "licht verstandelijke beperking (LVB)", "mild intellectual disability", .communicatieEnOpleiding,
            "Leren en begrijpen gaat bij jou wat langzamer. Je kunt hulp krijgen die daarbij past.",
            "Learning and understanding take you a bit longer. You can get help that fits."),
        term(
            "opleiding", "opleiding", "education", .communicatieEnOpleiding,
            "Je wilt je school of opleiding afmaken, ook nu je zwanger bent of een kind hebt.",
            "You want to finish school or training, also now you are pregnant or have a child."),
        term(
            "taalontwikkeling", "taalontwikkeling van het kind", "child's language development", .communicatieEnOpleiding,
            "Praten, voorlezen en zingen helpen je kind om taal te leren. Je kunt tips en hulp krijgen.",
            "Talking, reading aloud and singing help your child learn language. You can get tips and help."),
        term(
            "roken", "roken", "smoking", .leefstijl,
            "Roken is slecht voor jou en je baby. Je kunt hulp krijgen om te stoppen.",
            "Smoking is bad for you and your baby. You can get help to quit."),
        term(
            "alcohol", "alcohol", "alcohol", .leefstijl,
            "Alcohol is niet goed voor je baby. Het is beter om niet te drinken als je zwanger wilt worden of zwanger bent.",
            "Alcohol is not good for your baby. It is better not to drink when you want to get pregnant or are pregnant."),
        term(
            "verslaving", "verslaving", "addiction", .leefstijl,
            "Gebruik je drugs, alcohol of medicijnen en lukt stoppen niet? Je kunt hulp krijgen, zonder oordeel.",
            "Do you use drugs, alcohol or medicines and can't stop? You can get help, without judgement."),
        term(
            "voeding-foliumzuur", "voeding en foliumzuur", "nutrition and folic acid", .leefstijl,
            "Gezond eten en foliumzuur slikken helpen je baby. Begin al met foliumzuur als je zwanger wilt worden.",
            "Healthy food and folic acid help your baby. Start folic acid as soon as you want to get pregnant."),
        term(
            "beweging", "bewegen", "physical activity", .leefstijl,
            "Genoeg bewegen is goed voor jou en je baby. Je kunt tips krijgen die bij je passen.",
            "Enough exercise is good for you and your baby. You can get tips that suit you."),
        term(
            "gezond-gewicht", "gezond gewicht", "healthy weight", .leefstijl,
            "Een gezond gewicht maakt zwanger worden en zwanger zijn makkelijker. Je kunt hulp krijgen.",
            "A healthy weight makes getting and being pregnant easier. You can get help.")
    ]
}
