import Testing

@testable import WiegCore

@Suite struct TaxonomyTests {
    let taxonomy = NeedTaxonomy.seeded

    /// The needs the issue names, by code.
    static let required = [
        "schulden", "huisvesting", "verslaving", "psychische-problemen", "huiselijk-geweld", "laaggeletterdheid",
        "taal-tolk", "onbedoelde-zwangerschap", "kinderwens", "opvoedvragen", "hechting", "roken", "alcohol",
        "voeding-foliumzuur", "eenoudergezin", "tienerouders", "statushouders-asielzoekers", "lvb",
        // named in the seeds
        "sociaal-isolement", "werkloosheid", "stress", "prenatale-zorg", "borstvoeding", "taalontwikkeling"
    ]

    @Test func codesAreUniqueAndWellFormed() {
        #expect(taxonomy.duplicateCodes == [])
        #expect(Set(taxonomy.terms.map(\.code)).count == taxonomy.terms.count)
        for term in taxonomy.terms {
            #expect(NeedTaxonomy.isValidCode(term.code), "\(term.code)")
        }
    }

    @Test(arguments: required) func requiredNeedIsPresent(code: String) {
        #expect(taxonomy.term(code: code) != nil, "\(code) missing")
    }

    @Test func everyTermIsFilledInBothLanguages() {
        for term in taxonomy.terms {
            #expect(!term.dutchName.isEmpty && !term.englishName.isEmpty, "\(term.code)")
            #expect(term.dutchDescription.count >= 30 && term.englishDescription.count >= 30, "\(term.code)")
            #expect(term.dutchDescription != term.englishDescription, "\(term.code)")
        }
    }

    @Test func lookupsAndDomains() throws {
        let schulden = try #require(taxonomy.term(code: "schulden"))
        #expect(schulden.dutchName == "schulden en geldzorgen")
        #expect(schulden.domain == .werkEnInkomen)
        #expect(taxonomy.term(code: "bestaat-niet") == nil)
        #expect(taxonomy.term(code: "Schulden") == nil)
        #expect(taxonomy.terms(in: .leefstijl).map(\.code).contains("roken"))
        #expect(taxonomy.terms(in: .leefstijl).allSatisfy { $0.domain == .leefstijl })
        // every R4U domain has at least one need, and the domains partition the list
        for domain in NeedDomain.allCases { #expect(!taxonomy.terms(in: domain).isEmpty, "\(domain)") }
        #expect(NeedDomain.allCases.map { taxonomy.terms(in: $0).count }.reduce(0, +) == taxonomy.terms.count)
    }

    @Test func theEightR4UDomains() {
        #expect(NeedDomain.allCases.count == 8)
        #expect(
            NeedDomain.allCases.map(\.dutchName) == [
                "gezinssituatie", "werk en inkomen", "communicatie en opleiding", "leefstijl",
                "vorige zwangerschap(pen)", "huidige zwangerschap", "mentaal welzijn", "hechting en ouderschap"
            ])
        #expect(NeedDomain.allCases.allSatisfy { NeedTaxonomy.isValidCode($0.code) })
        #expect(NeedDomain(rawValue: "werk-en-inkomen") == .werkEnInkomen)
    }

    @Test func codeFormat() {
        #expect(NeedTaxonomy.isValidCode("taal-tolk"))
        #expect(NeedTaxonomy.isValidCode("lvb"))
        for bad in ["", "-a", "a-", "a--b", "Taal", "taal tolk", "taal_tolk", "één"] {
            #expect(!NeedTaxonomy.isValidCode(bad), "\(bad)")
        }
    }

    @Test func duplicatesAreReportedAndTheFirstWins() {
        let a = NeedTerm(
            code: "x", dutchName: "eerste", englishName: "first", domain: .leefstijl,
            dutchDescription: "", englishDescription: "")
        var b = a
        b.dutchName = "tweede"
        let edited = NeedTaxonomy(terms: [a, b, b])
        #expect(edited.duplicateCodes == ["x"])
        #expect(edited.term(code: "x")?.dutchName == "eerste")
    }
}

@Suite struct TaxonomyFactorTests {
    let factors = RiskFactors.seeded

    @Test func theFullListsOfSeed004() {
        func count(_ level: FactorLevel, _ polarity: FactorPolarity, _ subgroup: FactorSubgroup? = nil) -> Int {
            factors.filter { $0.level == level && $0.polarity == polarity && (subgroup == nil || $0.subgroup == subgroup) }.count
        }
        #expect(factors.count == 42)
        #expect(count(.kind, .bedreigend) == 8 && count(.kind, .beschermend) == 6)
        #expect(count(.omgeving, .bedreigend) == 8 && count(.omgeving, .beschermend) == 5)
        #expect(count(.ouders, .bedreigend, .voorTijdensZwangerschap) == 6)
        #expect(count(.ouders, .bedreigend, .overig) == 4)
        #expect(count(.ouders, .beschermend, .voorTijdensZwangerschap) == 3)
        #expect(count(.ouders, .beschermend, .overig) == 2)
        // only parent factors have a subgroup
        #expect(factors.allSatisfy { ($0.subgroup != nil) == ($0.level == .ouders) })
        // wording as in the source
        #expect(factors.first?.dutchName == "Matig (32-36 weken) of ernstig prematuur (<32 weken)")
        #expect(
            RiskFactors.factor(code: "ouders-eigen-jeugdtrauma")?.dutchName
                == "Ouder heeft (in jeugd) mishandeling, verwaarlozing of trauma's meegemaakt")
        #expect(factors.last?.dutchName == "Psychische en lichamelijke gezondheid")
    }

    @Test func codesAreUniqueWellFormedAndPrefixedWithTheLevel() {
        #expect(Set(factors.map(\.code)).count == factors.count)
        for factor in factors {
            #expect(NeedTaxonomy.isValidCode(factor.code), "\(factor.code)")
            #expect(factor.code.hasPrefix(factor.level.rawValue + "-"), "\(factor.code)")
            #expect(!factor.englishName.isEmpty, "\(factor.code)")
        }
    }

    @Test func everyFactorPointsToExistingNeeds() {
        for factor in factors {
            for code in factor.needCodes {
                #expect(NeedTaxonomy.seeded.term(code: code) != nil, "\(factor.code) → \(code)")
            }
            #expect(Set(factor.needCodes).count == factor.needCodes.count, "\(factor.code)")
        }
    }

    @Test func threateningFactorsPointToNeedsProtectiveOnesDoNot() {
        #expect(factors.filter { $0.polarity == .bedreigend }.allSatisfy { !$0.needCodes.isEmpty })
        #expect(factors.filter { $0.polarity == .beschermend }.allSatisfy { $0.needCodes.isEmpty })
    }

    @Test func examplesOfTheMapping() {
        #expect(RiskFactors.factor(code: "ouders-actief-roken")?.needCodes == ["roken"])
        #expect(RiskFactors.factor(code: "ouders-psychiatrie-verslaving")?.needCodes == ["psychische-problemen", "verslaving"])
        #expect(RiskFactors.factor(code: "omgeving-eenoudergezin")?.domain == .gezinssituatie)
        #expect(RiskFactors.factor(code: "kind-lvb")?.needCodes.contains("lvb") == true)
        #expect(RiskFactors.factor(code: "onbekend") == nil)
    }
}
