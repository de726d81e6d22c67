/// The full lists of threatening and protective factors from seed 004 (BMC brochure, after
/// TNO: Detmar & de Wolff 2019, "De 1e 1000 dagen"), in the source's order and wording.
public enum RiskFactors {
    /// All 42 factors: child (8 + 6), environment (8 + 5), parents (6 + 4 threatening, 3 + 2 protective).
    public static let seeded: [RiskFactor] = child + environment + parents

    /// The seeded factor with this code, if any.
    public static func factor(code: String) -> RiskFactor? { seeded.first { $0.code == code } }

    private static func kind(
        _ code: String, _ polarity: FactorPolarity, _ dutch: String, _ english: String,
        _ domain: NeedDomain, _ needs: [String] = []
    ) -> RiskFactor {
        RiskFactor(
            code: "kind-" + code, level: .kind, polarity: polarity, dutchName: dutch,
            englishName: english, domain: domain, needCodes: needs)
    }

    static let child: [RiskFactor] = [
        kind(
            "prematuur", .bedreigend, "Matig (32-36 weken) of ernstig prematuur (<32 weken)",
            "Moderately (32–36 weeks) or severely premature (<32 weeks)", .huidigeZwangerschap,
            ["ontwikkeling-kind", "eerdere-zwangerschapscomplicaties"]),
        kind(
            "laag-geboortegewicht", .bedreigend, "Laag geboortegewicht (<1500 gram)",
            "Low birth weight (<1500 grams)", .huidigeZwangerschap,
            ["ontwikkeling-kind", "eerdere-zwangerschapscomplicaties"]),
        kind(
            "overgewicht", .bedreigend, "Overgewicht en obesitas", "Overweight and obesity", .leefstijl,
            ["gezond-gewicht", "voeding-foliumzuur"]),
        kind(
            "tekort-vetzuren-ijzer", .bedreigend, "Tekort aan vetzuren en ijzer in de voeding",
            "Lack of fatty acids and iron in the diet", .leefstijl, ["voeding-foliumzuur"]),
        kind(
            "moeilijk-temperament", .bedreigend, "Moeilijk, prikkelbaar of extrovert temperament met lage aandachtspanne",
            "Difficult, irritable or extrovert temperament with a short attention span", .hechtingEnOuderschap,
            ["opvoedvragen", "hechting"]),
        kind(
            "chronische-aandoening", .bedreigend, "Chronische, somatische aandoening", "Chronic somatic condition",
            .gezinssituatie, ["chronische-aandoening"]),
        kind(
            "lvb", .bedreigend, "LVB of lage intelligentie", "Mild intellectual disability or low intelligence",
            .communicatieEnOpleiding, ["lvb", "ontwikkeling-kind"]),
        kind(
            "weinig-zelfvertrouwen", .bedreigend, "Weinig zelfvertrouwen", "Little self-confidence", .mentaalWelzijn,
            ["ontwikkeling-kind", "opvoedvragen"]),
        kind("voldragen-zwangerschap", .beschermend, "Voldragen zwangerschap", "Full-term pregnancy", .huidigeZwangerschap),
        kind("gezond-gewicht", .beschermend, "Gezond gewicht", "Healthy weight", .leefstijl),
        kind(
            "voldoende-vetzuren-ijzer", .beschermend, "Voldoende vetzuren en ijzer in de voeding",
            "Enough fatty acids and iron in the diet", .leefstijl),
        kind(
            "gelijkmatig-temperament", .beschermend, "Gemakkelijk, gelijkmatig temperament",
            "Easy-going, even temperament", .hechtingEnOuderschap),
        kind("zelfvertrouwen", .beschermend, "Zelfvertrouwen", "Self-confidence", .mentaalWelzijn),
        kind("veerkracht", .beschermend, "Veerkracht", "Resilience", .mentaalWelzijn)
    ]

    private static func omgeving(
        _ code: String, _ polarity: FactorPolarity, _ dutch: String, _ english: String,
        _ domain: NeedDomain, _ needs: [String] = []
    ) -> RiskFactor {
        RiskFactor(
            code: "omgeving-" + code, level: .omgeving, polarity: polarity, dutchName: dutch,
            englishName: english, domain: domain, needCodes: needs)
    }

    static let environment: [RiskFactor] = [
        omgeving(
            "onveilige-gehechtheid", .bedreigend, "Onveilige gehechtheidsrelatie of geen goede band tussen ouder en kind",
            "Insecure attachment or no good bond between parent and child", .hechtingEnOuderschap, ["hechting"]),
        omgeving("eenoudergezin", .bedreigend, "Eénoudergezin", "Single-parent family", .gezinssituatie, ["eenoudergezin"]),
        omgeving(
            "ingrijpende-gebeurtenissen", .bedreigend, "Ingrijpende gebeurtenissen zoals een echtscheiding",
            "Major life events such as a divorce", .gezinssituatie, ["ingrijpende-gebeurtenissen"]),
        omgeving(
            "geen-sociaal-netwerk", .bedreigend, "Geen sociaal netwerk dat steun kan bieden",
            "No social network that can offer support", .gezinssituatie, ["sociaal-isolement"]),
        omgeving(
            "lage-ses", .bedreigend, "Lage Sociaal Economische Status (SES)", "Low socio-economic status (SES)",
            .werkEnInkomen, ["laag-inkomen", "schulden"]),
        omgeving(
            "kansarme-wijk", .bedreigend, "Wonend in wijk met veel werkloosheid, laag inkomen en laag opleidingsniveau",
            "Living in a neighbourhood with high unemployment, low income and low education", .werkEnInkomen,
            ["werkloosheid", "laag-inkomen", "opleiding"]),
        omgeving(
            "migratieachtergrond", .bedreigend,
            "Migratie-achtergrond (uit niet geïndustrialiseerde landen en economische immigranten)",
            "Migration background (from non-industrialised countries and economic immigrants)",
            .communicatieEnOpleiding, ["taal-tolk"]),
        omgeving(
            "gevlucht-asielzoekersgezin", .bedreigend,
            "Gevlucht of een asielzoekersgezin dat vaker dan 1 keer per jaar verhuist; of waarin het kind is blootgesteld aan geweld",
            "Refugee or asylum-seeking family that moves more than once a year, or in which the child has been exposed to violence",
            .gezinssituatie, ["statushouders-asielzoekers", "huisvesting", "trauma"]),
        omgeving(
            "veilige-gehechtheid", .beschermend, "Veilige gehechtheidsrelatie of goede band met ouders",
            "Secure attachment or a good bond with the parents", .hechtingEnOuderschap),
        omgeving("tweeoudergezin", .beschermend, "Tweeoudergezin", "Two-parent family", .gezinssituatie),
        omgeving(
            "sociaal-netwerk", .beschermend, "Aanwezigheid van een sociaal netwerk", "A social network is present",
            .gezinssituatie),
        omgeving(
            "sociaaleconomische-kansen", .beschermend,
            "Kind groeit op in een gezin met voldoende kansen op sociaaleconomisch vlak",
            "The child grows up in a family with enough socio-economic opportunities", .werkEnInkomen),
        omgeving(
            "stabiel-veilig", .beschermend, "De omgeving waar het kind opgroeit is stabiel en veilig",
            "The environment the child grows up in is stable and safe", .gezinssituatie)
    ]
}
