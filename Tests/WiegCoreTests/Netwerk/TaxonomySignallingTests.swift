import PropertyBased
import Testing

@testable import WiegCore

@Suite struct TaxonomySignallingTests {
    @Test func needsAreOrderedByCountThenByName() {
        let result = SignallingAid.evaluate(ticked: [
            "ouders-actief-roken", "ouders-alcoholconsumptie", "omgeving-lage-ses",
            "ouders-psychiatrie-verslaving", "ouders-over-ondergewicht", "kind-tekort-vetzuren-ijzer"
        ])
        #expect(
            result.needCodes == [
                "voeding-foliumzuur",  // pointed to by two ticked factors
                "alcohol", "gezond-gewicht", "laag-inkomen", "psychische-problemen", "roken", "schulden", "verslaving"
            ])
        #expect(result.matches.first?.factorCodes == ["kind-tekort-vetzuren-ijzer", "ouders-over-ondergewicht"])
        #expect(result.matches.first?.count == 2)
        #expect(result.threatening.count == 6 && result.protective.isEmpty)
        #expect(result.unknownFactorCodes == [] && result.unknownNeedCodes == [])
        #expect(result.summary.hasPrefix("6 factoren aangevinkt (6 bedreigend, 0 beschermend)."))
        #expect(result.summary.contains("Mogelijke behoeften: voeding en foliumzuur (2), alcohol (1)"))
    }

    @Test func unknownRepeatedAndBlankCodesAreReportedNotFatal() {
        let result = SignallingAid.evaluate(ticked: ["onzin", " ouders-actief-roken ", "ouders-actief-roken", "", "xyz", "onzin"])
        #expect(result.unknownFactorCodes == ["onzin", "xyz"])
        #expect(result.needCodes == ["roken"])
        #expect(result.matches.first?.count == 1)
        #expect(result.summary.contains("1 factor aangevinkt (1 bedreigend, 0 beschermend)."))
        #expect(result.summary.contains("Onbekende factorcodes genegeerd: onzin, xyz."))
    }

    @Test func protectiveFactorsAloneGiveNoNeeds() {
        let result = SignallingAid.evaluate(ticked: ["omgeving-sociaal-netwerk", "ouders-sensitieve-opvoedstijl"])
        #expect(result.matches.isEmpty)
        #expect(result.protective.map(\.code) == ["omgeving-sociaal-netwerk", "ouders-sensitieve-opvoedstijl"])
        #expect(result.summary.contains("Geen behoeften gevonden"))
        #expect(result.summary.contains("Beschermend: aanwezigheid van een sociaal netwerk; warme, sensitieve opvoedstijl."))
    }

    @Test func nothingTicked() {
        let result = SignallingAid.evaluate(ticked: [])
        #expect(result.matches.isEmpty && result.unknownFactorCodes.isEmpty)
        #expect(result.summary.hasPrefix("0 factoren aangevinkt"))
    }

    @Test func namesCompareIgnoringCaseAndAccentsThenByCode() {
        func term(_ code: String, _ name: String) -> NeedTerm {
            NeedTerm(
                code: code, dutchName: name, englishName: name, domain: .leefstijl,
                dutchDescription: "", englishDescription: "")
        }
        let taxonomy = NeedTaxonomy(terms: [term("z", "Zorg"), term("e", "één"), term("a", "Appel"), term("b", "appel")])
        let factor = RiskFactor(
            code: "f", level: .kind, polarity: .bedreigend, dutchName: "F", englishName: "F",
            domain: .leefstijl, needCodes: ["z", "e", "b", "a", "ontbreekt"])
        let result = SignallingAid.evaluate(ticked: ["f"], factors: [factor], taxonomy: taxonomy)
        #expect(result.needCodes == ["a", "b", "e", "z"])
        #expect(result.unknownNeedCodes == ["ontbreekt"])
        #expect(result.summary.contains("Behoeftecodes niet in de lijst: ontbreekt."))
    }

    @Test("any set of ticked factors: counts are right and never increase down the list")
    func orderingProperty() async {
        let codes = RiskFactors.seeded.map(\.code)
        let ticked = Gen<String?>.element(of: codes).map { $0! }.array(of: 0...12)
        await propertyCheck(count: 300, input: ticked) { ticked in
            let result = SignallingAid.evaluate(ticked: ticked)
            let chosen = RiskFactors.seeded.filter { ticked.contains($0.code) }
            #expect(result.unknownFactorCodes.isEmpty)
            #expect(zip(result.matches, result.matches.dropFirst()).allSatisfy { $0.count >= $1.count })
            for match in result.matches {
                #expect(match.count == chosen.filter { $0.needCodes.contains(match.need.code) }.count)
            }
            #expect(Set(result.needCodes) == Set(chosen.flatMap(\.needCodes)))
        }
    }
}
