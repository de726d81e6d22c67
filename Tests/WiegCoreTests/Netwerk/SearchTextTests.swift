import Foundation
import Testing

@testable import WiegCore

@Suite struct SearchTextTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(DutchText.fold("Financiële Zorgen") == "financiele zorgen")
        #expect(DutchText.fold("Café, Ouder-Kind!") == "cafe, ouder-kind!")
        #expect(DutchText.fold("coördinatie naïef één") == "coordinatie naief een")
        #expect(DutchText.fold("ĲSSELMEER") == "ijsselmeer")
        // Decomposed input (e + combining acute) folds the same as precomposed.
        #expect(DutchText.fold("cafe\u{301}") == "cafe")
    }

    @Test func tokenisesOnNonAlphanumerics() {
        #expect(DutchText.tokens("JGZ 0-4 jaar: prik & groei") == ["jgz", "0", "4", "jaar", "prik", "groei"])
        #expect(DutchText.tokens("Ouder-kind café (gratis)") == ["ouder", "kind", "cafe", "gratis"])
        #expect(DutchText.tokens("baby's  en\tpeuters\n") == ["baby", "s", "en", "peuters"])
        #expect(DutchText.tokens("cafe\u{301}s") == ["cafes"])
        #expect(DutchText.tokens("€ 25,-") == ["25"])
        #expect(DutchText.tokens("") == [])
        #expect(DutchText.tokens(" -- ") == [])
        // Letters of other scripts are words too.
        #expect(DutchText.tokens("مرحبا tolk") == ["مرحبا", "tolk"])
    }

    @Test func queryTokensDropStopWordsOnlyWhenOthersRemain() {
        #expect(DutchText.queryTokens("Ik wil hulp bij de opvoeding") == ["hulp", "opvoeding"])
        #expect(DutchText.queryTokens("de het een") == ["de", "het", "een"])
    }

    @Test func synonymGroupsAreFoldedAndDeduplicated() {
        let synonyms = Synonyms(groups: [["Financiële problemen", "schulden", "Schulden", " "], ["alleen"]])
        #expect(synonyms.groups == [["financiele problemen", "schulden"]])
        #expect(synonyms.synonyms(of: "schulden") == ["financiele problemen"])
        #expect(synonyms.synonyms(of: "alleen") == [])
    }

    @Test func synonymsReadFromText() {
        let synonyms = Synonyms(
            text: """
                # Wieg synonyms
                baby, zuigeling   # under one
                tolk,vertaling

                eenzaam
                """)
        #expect(synonyms.groups == [["baby", "zuigeling"], ["tolk", "vertaling"]])
    }

    @Test func seededSynonymsCoverTheCommonGroups() {
        let seeded = Synonyms.seeded
        #expect(Set(seeded.synonyms(of: "kraamzorg")).isSuperset(of: ["kraamverzorgende", "kraamhulp"]))
        #expect(Set(seeded.synonyms(of: "consultatiebureau")).isSuperset(of: ["jgz", "jeugdgezondheidszorg", "cb"]))
        #expect(Set(seeded.synonyms(of: "geldzorgen")).isSuperset(of: ["schulden", "financiele problemen", "schuldhulp"]))
        #expect(seeded.synonyms(of: "veilig thuis").contains("huiselijk geweld"))
        #expect(seeded.synonyms(of: "vroedvrouw") == ["verloskundige"])
    }

    @Test func queryFindsPhrasesBeforeDroppingStopWords() {
        let terms = QueryTerms.parse("hulp bij stoppen met roken", synonyms: .seeded)
        #expect(terms.map(\.text) == ["hulp", "stoppen met roken"])
        #expect(terms[1].alternatives.map(\.text).contains("rookvrij"))
    }

    @Test func queryTermsPrefixMatchTheLastWordAndLongerWords() {
        let terms = QueryTerms.parse("cb ab xy", synonyms: .seeded)
        #expect(terms.map { $0.alternatives[0].prefix } == [false, false, true])
        #expect(terms[0].alternatives.map(\.text).contains("jgz"))
        #expect(QueryTerms.parse("opvoeding baby", synonyms: .seeded).allSatisfy { $0.alternatives[0].prefix })
        #expect(QueryTerms.parse("taal taal", synonyms: .seeded).count == 1)
    }

    @Test func vocabularyFindsPrefixRanges() {
        let vocabulary = Vocabulary(tokens: ["kraam", "kraamhulp", "kraamzorg", "kraan", "zwanger"].sorted(by: Vocabulary.precedes))
        #expect(vocabulary.range(withPrefix: "kraam") == 0..<3)
        #expect(vocabulary.range(withPrefix: "kraa") == 0..<4)
        #expect(vocabulary.range(withPrefix: "z") == 4..<5)
        #expect(vocabulary.range(withPrefix: "zz").isEmpty)
        #expect(vocabulary.range(withPrefix: "a").isEmpty)
        #expect(vocabulary.index(of: "kraamzorg") == 2)
        #expect(vocabulary.index(of: "kraamz") == nil)
    }
}
