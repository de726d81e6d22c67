extension NeedTaxonomy {
    static let pregnancyAndWellbeingTerms: [NeedTerm] = [
        term(
            "eerdere-zwangerschapscomplicaties", "problemen bij een vorige zwangerschap", "complications in a previous pregnancy",
            .vorigeZwangerschappen,
            "Ging er bij een vorige zwangerschap iets mis, zoals een te vroege geboorte? Vertel het je verloskundige.",
            "Did something go wrong in a previous pregnancy, such as a premature birth? Tell your midwife."),
        term(
            "kinderwens", "kinderwens", "wish for a child", .huidigeZwangerschap,
            "Wil je een kind? Bereid je goed voor. Je kunt praten over gezond zwanger worden.",
            "Do you want a child? Prepare well. You can talk about getting pregnant healthily."),
        term(
            "onbedoelde-zwangerschap", "onbedoelde zwangerschap", "unintended pregnancy", .huidigeZwangerschap,
            "Ben je zwanger en had je dat niet gepland? Of wil je nu niet zwanger worden? Je kunt erover praten en kiezen wat bij je past.",
            "Are you pregnant without planning it? Or do you not want to get pregnant now? You can talk about it and choose what suits you."
        ),
        term(
            "prenatale-zorg", "zwangerschapscontrole", "antenatal care", .huidigeZwangerschap,
            "Ga vroeg naar de verloskundige, het liefst voor week 10 van je zwangerschap. Die controleert of alles goed gaat.",
            "See a midwife early, preferably before week 10 of your pregnancy. They check that all is well."),
        term(
            "psychische-problemen", "psychische problemen", "mental health problems", .mentaalWelzijn,
            "Voel je je vaak somber, angstig of in de war? Dat komt vaker voor rond een zwangerschap. Je kunt hulp krijgen.",
            "Do you often feel low, anxious or confused? That is common around pregnancy. You can get help."),
        term(
            "stress", "stress", "stress", .mentaalWelzijn,
            "Heb je veel stress of zorgen? Je kunt praten met iemand die je helpt om rust te vinden.",
            "Do you have a lot of stress or worries? You can talk to someone who helps you find calm."),
        term(
            "trauma", "nare ervaringen uit het verleden", "past trauma", .mentaalWelzijn,
            "Heb je vroeger nare dingen meegemaakt, zoals geweld of verwaarlozing? Dat kan nu weer opspelen. Je kunt hulp krijgen.",
            "Did you go through bad things in the past, such as violence or neglect? It can come back now. You can get help.")
    ]

    static let parenthoodTerms: [NeedTerm] = [
        term(
            "voorbereiding-ouderschap", "voorbereiding op het ouderschap", "preparing for parenthood", .hechtingEnOuderschap,
            "Hoe wordt het als je baby er is? Je kunt je samen met je partner voorbereiden.",
            "What will it be like when your baby is here? You can prepare together with your partner."),
        term(
            "hechting", "hechting", "attachment", .hechtingEnOuderschap,
            "Een goede band met je baby is belangrijk. Je kunt hulp krijgen als dat moeilijk gaat.",
            "A good bond with your baby matters. You can get help when it is hard."),
        term(
            "opvoedvragen", "opvoedvragen", "parenting questions", .hechtingEnOuderschap,
            "Heb je vragen over slapen, huilen, eten of gedrag van je kind? Je kunt ze altijd stellen.",
            "Do you have questions about your child's sleep, crying, eating or behaviour? You can always ask."),
        term(
            "borstvoeding", "borstvoeding", "breastfeeding", .hechtingEnOuderschap,
            "Wil je borstvoeding geven? Je kunt uitleg en hulp krijgen, ook als het niet goed lukt.",
            "Do you want to breastfeed? You can get advice and help, also when it does not go well."),
        term(
            "ontwikkeling-kind", "ontwikkeling van het kind", "child development", .hechtingEnOuderschap,
            "Maak je je zorgen over hoe je kind groeit of zich ontwikkelt? Je kunt het laten bekijken.",
            "Are you worried about how your child grows or develops? You can have it checked.")
    ]
}
