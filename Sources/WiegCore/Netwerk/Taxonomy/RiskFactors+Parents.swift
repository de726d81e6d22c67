extension RiskFactors {
    private static func ouders(
        _ code: String, _ subgroup: FactorSubgroup, _ polarity: FactorPolarity, _ dutch: String,
        _ english: String, _ domain: NeedDomain, _ needs: [String] = []
    ) -> RiskFactor {
        RiskFactor(
            code: "ouders-" + code, level: .ouders, subgroup: subgroup, polarity: polarity, dutchName: dutch,
            englishName: english, domain: domain, needCodes: needs)
    }

    static let parents: [RiskFactor] = [
        // Bedreigend, voorafgaand / tijdens de zwangerschap
        ouders(
            "onvoldoende-beweging", .voorTijdensZwangerschap, .bedreigend, "Onvoldoende beweging moeder",
            "Too little physical activity of the mother", .leefstijl, ["beweging"]),
        ouders(
            "tekort-foliumzuur", .voorTijdensZwangerschap, .bedreigend, "Tekort aan foliumzuur",
            "Lack of folic acid", .leefstijl, ["voeding-foliumzuur"]),
        ouders(
            "alcoholconsumptie", .voorTijdensZwangerschap, .bedreigend, "Alcoholconsumptie",
            "Alcohol consumption", .leefstijl, ["alcohol"]),
        ouders(
            "actief-roken", .voorTijdensZwangerschap, .bedreigend, "Actief roken", "Active smoking", .leefstijl,
            ["roken"]),
        ouders(
            "over-ondergewicht", .voorTijdensZwangerschap, .bedreigend, "Over- of ondergewicht",
            "Overweight or underweight", .leefstijl, ["gezond-gewicht", "voeding-foliumzuur"]),
        ouders(
            "veel-stress", .voorTijdensZwangerschap, .bedreigend, "Veel stress", "A lot of stress", .mentaalWelzijn,
            ["stress"]),
        // Bedreigend, andere ouderfactoren
        ouders(
            "chronische-aandoening", .overig, .bedreigend, "Chronische, somatische aandoening",
            "Chronic somatic condition", .huidigeZwangerschap, ["chronische-aandoening"]),
        ouders(
            "psychiatrie-verslaving", .overig, .bedreigend, "Psychiatrische en/of verslavingsproblematieken",
            "Psychiatric and/or addiction problems", .mentaalWelzijn, ["psychische-problemen", "verslaving"]),
        ouders(
            "harde-opvoedstijl", .overig, .bedreigend, "Harde, insensitieve opvoedstijl",
            "Harsh, insensitive parenting style", .hechtingEnOuderschap, ["opvoedvragen", "hechting"]),
        ouders(
            "eigen-jeugdtrauma", .overig, .bedreigend,
            "Ouder heeft (in jeugd) mishandeling, verwaarlozing of trauma's meegemaakt",
            "Parent experienced abuse, neglect or trauma (in childhood)", .mentaalWelzijn, ["trauma", "hechting"]),
        // Beschermend, voorafgaand / tijdens de zwangerschap
        ouders(
            "voldoende-beweging", .voorTijdensZwangerschap, .beschermend, "Voldoende beweging",
            "Enough physical activity", .leefstijl),
        ouders(
            "voldoende-foliumzuur", .voorTijdensZwangerschap, .beschermend, "Voldoende foliumzuur",
            "Enough folic acid", .leefstijl),
        ouders("gezond-gewicht", .voorTijdensZwangerschap, .beschermend, "Gezond gewicht", "Healthy weight", .leefstijl),
        // Beschermend, andere ouderfactoren
        ouders(
            "sensitieve-opvoedstijl", .overig, .beschermend, "Warme, sensitieve opvoedstijl",
            "Warm, sensitive parenting style", .hechtingEnOuderschap),
        ouders(
            "psychische-lichamelijke-gezondheid", .overig, .beschermend, "Psychische en lichamelijke gezondheid",
            "Mental and physical health", .mentaalWelzijn)
    ]
}
