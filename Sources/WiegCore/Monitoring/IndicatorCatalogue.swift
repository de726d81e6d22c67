/// The indicators Wieg starts with: the perinatal core figures and context indicators
/// the seed documents name. The catalogue in the database starts from these and can
/// grow (e.g. with the 19 indicators of the RIVM local set).
public enum IndicatorCatalogue {
    public static let seeded: [IndicatorDefinition] = [
        IndicatorDefinition(
            code: "BIG2", nameNL: "BIG2: vroeggeboorte en/of laag geboortegewicht",
            nameEN: "BIG2: preterm birth and/or small for gestational age",
            definition:
                "Geboren vóór 37 weken en/of met een geboortegewicht onder het 10e percentiel voor de zwangerschapsduur (Hoftiezer-curven, naar geslacht); levend- en doodgeborenen vanaf 24 weken.",
            numeratorDefinition: "Kinderen met vroeggeboorte en/of een gewicht onder het 10e percentiel",
            denominatorDefinition: "Alle levend- en doodgeboren kinderen vanaf 24 weken",
            statistic: .proportion, multiplier: 1000, polarity: .lowerIsBetter, phase: .tijdens, source: .perined),
        IndicatorDefinition(
            code: "PERI-STERFTE", nameNL: "Perinatale sterfte", nameEN: "Perinatal mortality",
            definition: "Doodgeboorte vanaf 24 weken plus sterfte binnen 7 dagen na de geboorte, per 1000 levend- en doodgeborenen.",
            numeratorDefinition: "Doodgeborenen vanaf 24 weken en kinderen overleden binnen 7 dagen",
            denominatorDefinition: "Alle levend- en doodgeboren kinderen vanaf 24 weken",
            statistic: .rate, multiplier: 1000, polarity: .lowerIsBetter, phase: .na, source: .perined),
        IndicatorDefinition(
            code: "START-ZORG-10", nameNL: "Start prenatale zorg vóór week 10", nameEN: "Start of prenatal care before week 10",
            definition: "Aandeel zwangeren dat vóór de 10e week met prenatale zorg begint.",
            numeratorDefinition: "Zwangeren met start van de zorg vóór week 10",
            denominatorDefinition: "Zwangeren die in de eerste lijn met de zorg begonnen",
            statistic: .proportion, multiplier: 100, polarity: .higherIsBetter, phase: .tijdens, source: .perined),
        IndicatorDefinition(
            code: "TIENERMOEDERS", nameNL: "Tienermoeders", nameEN: "Teenage mothers",
            definition: "Aandeel moeders jonger dan 20 jaar bij de geboorte.",
            numeratorDefinition: "Moeders jonger dan 20 jaar", denominatorDefinition: "Alle moeders van levendgeborenen",
            statistic: .proportion, multiplier: 100, polarity: .lowerIsBetter, phase: .voor, source: .cbs),
        IndicatorDefinition(
            code: "EENOUDER", nameNL: "Eenoudergezinnen", nameEN: "Single-parent families",
            definition: "Aandeel eenoudergezinnen onder huishoudens met kinderen.",
            numeratorDefinition: "Eenoudergezinnen", denominatorDefinition: "Huishoudens met kinderen",
            statistic: .proportion, multiplier: 100, polarity: .none, phase: .na, source: .cbs),
        IndicatorDefinition(
            code: "UITKERING-KIND", nameNL: "Kinderen in een uitkeringsgezin", nameEN: "Children in a benefit household",
            definition: "Aandeel kinderen (0–17) dat opgroeit in een huishouden met een bijstandsuitkering.",
            numeratorDefinition: "Kinderen in een huishouden met bijstand", denominatorDefinition: "Alle kinderen 0–17 jaar",
            statistic: .proportion, multiplier: 100, polarity: .lowerIsBetter, phase: .na, source: .cbs),
        IndicatorDefinition(
            code: "JEUGDHULP", nameNL: "Jeugdhulpgebruik", nameEN: "Youth-care use",
            definition: "Aandeel jongeren (0–17) met jeugdhulp.",
            numeratorDefinition: "Jongeren met jeugdhulp", denominatorDefinition: "Alle jongeren 0–17 jaar",
            statistic: .proportion, multiplier: 100, polarity: .none, phase: .na, source: .cbs),
        IndicatorDefinition(
            code: "LAAGGELETTERD", nameNL: "Laaggeletterdheid", nameEN: "Low literacy",
            definition: "Aandeel laaggeletterden in de beroepsbevolking (16–65 jaar).",
            numeratorDefinition: "Laaggeletterden 16–65 jaar", denominatorDefinition: "Beroepsbevolking 16–65 jaar",
            statistic: .proportion, multiplier: 100, polarity: .lowerIsBetter, phase: .voor, source: .ggdMonitor),
        IndicatorDefinition(
            code: "ROKEN-ZWANGER", nameNL: "Roken tijdens de zwangerschap", nameEN: "Smoking during pregnancy",
            definition: "Aandeel zwangeren dat rookt tijdens de zwangerschap.",
            numeratorDefinition: "Zwangeren die roken", denominatorDefinition: "Alle zwangeren in zorg",
            statistic: .proportion, multiplier: 100, polarity: .lowerIsBetter, phase: .tijdens, source: .jgz)
    ]
}
