import Foundation
import Testing

@testable import WiegCore

/// A small social map of Meppel (GM0119) and Emmen (GM0114) to search in.
enum SearchFixture {
    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    static let organisation = id(900)

    static func document(
        _ number: Int, _ name: String, organisation: String = "", needs: [String] = [],
        description: String = "", professional: String = "", phases: [Phase] = [],
        domain: NetworkDomain = .sociaal, municipalities: [String] = ["GM0119"],
        access: ServiceAccess = .zelfAanmelden, recognition: Recognition = .nietBeoordeeld,
        status: ServiceStatus = .actief, languages: [String] = ["nl"]
    ) -> SearchDocument {
        SearchDocument(
            id: id(number), organisationID: Self.organisation, name: name, organisationName: organisation,
            needLabels: needs, publicDescription: description, professionalDescription: professional,
            phases: phases, needs: needs.map { DutchText.tokens($0).joined(separator: "-") },
            domain: domain, municipalities: municipalities, access: access, recognition: recognition,
            status: status, languages: languages)
    }

    static let documents: [SearchDocument] = [
        document(
            1, "Zwangerschapsbegeleiding", organisation: "Verloskundigenpraktijk De Wieg",
            description: "Controles en begeleiding door uw verloskundige.", phases: [.tijdens], domain: .medisch),
        document(
            2, "Kraamzorg Het Mandje", organisation: "Kraamzorg Het Mandje",
            description: "Hulp thuis in de eerste dagen na de bevalling.", phases: [.na], domain: .medisch),
        document(
            3, "JGZ 0-4 jaar", organisation: "GGD Drenthe",
            description: "Wij volgen de groei en ontwikkeling van uw kind.", phases: [.na],
            domain: .publiekeGezondheid, access: .zelfAanmelden, recognition: .goedOnderbouwd),
        document(
            4, "Jeugdgezondheidszorg Emmen", organisation: "GGD Drenthe",
            description: "Prik, groei en vragen over uw kind.", phases: [.na], domain: .publiekeGezondheid,
            municipalities: ["GM0114"], recognition: .goedOnderbouwd),
        document(
            5, "Hulp bij geldzaken", organisation: "Stichting Rondkomen", needs: ["Rondkomen"],
            description: "Wij helpen als u schulden heeft of rekeningen niet kunt betalen.", phases: [.voor, .tijdens, .na]),
        document(
            6, "Schuldhulp Emmen", organisation: "Gemeente Emmen",
            description: "Een schuldhulpverlener maakt samen met u een plan.", municipalities: ["GM0114"],
            access: .verwijzing),
        document(
            7, "Ouder-kind café", organisation: "Welzijn Meppel",
            description: "Ontmoet andere ouders. Soms is er babymassage.", phases: [.na], languages: ["nl", "ar"]),
        document(8, "Babymassage", organisation: "Welzijn Meppel", description: "Leer uw kind masseren.", phases: [.na]),
        document(
            9, "Rookvrije start", organisation: "GGD Drenthe",
            description: "Ondersteuning om te stoppen met roken, voor u en uw partner.", phases: [.voor, .tijdens],
            domain: .publiekeGezondheid, municipalities: ["GM0119", "GM0114"], recognition: .effectiefEerste),
        document(10, "Zwangerschapsgym (gestopt)", organisation: "Sportschool Fit", phases: [.tijdens], status: .inactief),
        document(
            11, "Taalcafé", organisation: "Bibliotheek Meppel", description: "Samen Nederlands oefenen.",
            domain: .onderwijsOpvang, languages: ["nl", "en", "ar"])
    ]

    static let index = SearchIndex(documents: documents)

    static func search(
        _ text: String, filters: SearchFilters = SearchFilters(), page: PageQuery = PageQuery(),
        includeInactive: Bool = false, in index: SearchIndex = index
    ) -> SearchResult {
        index.search(SearchQuery(text: text, filters: filters, page: page, includeInactive: includeInactive))
    }

    /// The numbers of the hits on the page, in order.
    static func numbers(_ result: SearchResult) -> [Int] {
        result.hits.items.map { hit in Int(hit.id.uuidString.suffix(12))! }
    }
}

@Suite struct SearchIndexTests {
    private func numbers(_ text: String, filters: SearchFilters = SearchFilters()) -> [Int] {
        SearchFixture.numbers(SearchFixture.search(text, filters: filters))
    }

    @Test func prefixFindsCompound() {
        #expect(numbers("zwanger") == [1])
        #expect(numbers("zwangerschapsbegeleiding") == [1])
        // A word being typed: the last word always matches as a prefix.
        #expect(numbers("kraamz") == [2])
    }

    @Test func synonymsFindOtherWords() {
        #expect(Set(numbers("geldzorgen")) == [5, 6])
        #expect(numbers("kraamverzorgende") == [2])
        #expect(Set(numbers("consultatiebureau")) == [3, 4])
        #expect(Set(numbers("financiële problemen")) == [5, 6])
        #expect(numbers("stoppen met roken") == [9])
        #expect(numbers("rookvrij") == [9])
        // A word being typed that begins a synonym brings its group along.
        #expect(Set(numbers("consultatie")) == [3, 4])
    }

    @Test func literalMatchRanksAboveSynonymAndExactAbovePrefix() {
        let index = SearchIndex(documents: [
            SearchFixture.document(1, "Spreekuur A", description: "Bij geldzorgen."),
            SearchFixture.document(2, "Spreekuur B", description: "Bij schulden."),
            SearchFixture.document(3, "Spreekuur C", description: "Bij schuldenproblematiek.")
        ])
        #expect(SearchFixture.numbers(SearchFixture.search("schulden", in: index)) == [2, 3, 1])
        #expect(SearchFixture.numbers(SearchFixture.search("geldzorgen", in: index)) == [1, 2, 3])
    }

    @Test func diacriticsAreFolded() {
        #expect(numbers("Cafe") == [7])
        #expect(numbers("CAFÉ") == [7])
        #expect(numbers("taalcafe") == [11])
    }

    @Test func nameMatchRanksAboveDescriptionMatch() {
        let result = SearchFixture.search("babymassage")
        #expect(SearchFixture.numbers(result) == [8, 7])
        #expect(result.hits.items[0].score > result.hits.items[1].score)
    }

    @Test func allWordsMustMatch() {
        #expect(Set(numbers("groei kind")) == [3, 4])
        #expect(numbers("groei emmen") == [4])
        #expect(numbers("ik zoek kraamzorg") == [2])
        #expect(!SearchFixture.search("groei emmen").relaxed)
    }

    @Test func relaxesToAnyWordWhenNothingMatchesAll() {
        let result = SearchFixture.search("kraamzorg emmen")
        #expect(result.relaxed)
        #expect(Set(SearchFixture.numbers(result)) == [2, 4, 6])
        let nothing = SearchFixture.search("xylofoon quiz")
        #expect(!nothing.relaxed)
        #expect(nothing.total == 0)
        // One word cannot be relaxed.
        #expect(!SearchFixture.search("xylofoon").relaxed)
    }

    @Test func relaxingRespectsFilters() {
        let meppel = SearchFixture.search("kraamzorg emmen", filters: SearchFilters(municipalities: ["GM0119"]))
        #expect(meppel.relaxed)
        #expect(SearchFixture.numbers(meppel) == [2])
        // All words match services 3 and 4, but none by referral; any word finds none either.
        let referral = SearchFixture.search("groei kind", filters: SearchFilters(access: [.verwijzing]))
        #expect(!referral.relaxed)
        #expect(referral.total == 0)
        #expect(referral.facets.access == [.zelfAanmelden: 2])
    }

    @Test func emptyQueryListsAllActiveByName() {
        let result = SearchFixture.search("")
        #expect(SearchFixture.numbers(result) == [8, 5, 4, 3, 2, 7, 9, 6, 11, 1])
        #expect(result.hits.items.allSatisfy { $0.score == 0 })
        #expect(!result.relaxed)
        // Only stop words or punctuation: still everything.
        #expect(SearchFixture.search(" ?! ").total == 10)
    }

    @Test func inactiveServicesAreHiddenUnlessAsked() {
        #expect(numbers("zwangerschapsgym").isEmpty)
        #expect(SearchFixture.numbers(SearchFixture.search("zwangerschapsgym", includeInactive: true)) == [10])
        #expect(SearchFixture.search("", includeInactive: true).total == 11)
    }

    @Test func stopWordsOnlyDroppedWhenOtherWordsRemain() {
        #expect(numbers("de kraamzorg") == [2])
        // "het" alone is kept: it finds "Kraamzorg Het Mandje".
        #expect(numbers("het") == [2])
    }

    @Test func tiesBreakByNameThenID() {
        let twins = [3, 1, 2].map { SearchFixture.document($0, "Inloopspreekuur") }
        let index = SearchIndex(documents: twins + [SearchFixture.document(4, "Inloop")])
        #expect(SearchFixture.numbers(SearchFixture.search("inloopspreekuur", in: index)) == [1, 2, 3])
        #expect(SearchFixture.numbers(SearchFixture.search("", in: index)) == [4, 1, 2, 3])
    }

    @Test func laterDocumentWithSameIDReplacesEarlier() {
        let index = SearchIndex(documents: [SearchFixture.document(1, "Oud"), SearchFixture.document(1, "Nieuw")])
        #expect(index.count == 1)
        #expect(SearchFixture.search("oud", in: index).total == 0)
        #expect(SearchFixture.search("nieuw", in: index).total == 1)
    }

    @Test func emptyIndexFindsNothing() {
        let result = SearchFixture.search("zwanger", in: .empty)
        #expect(result.total == 0)
        #expect(result.hits.items.isEmpty)
        #expect(SearchFixture.search("", in: .empty).total == 0)
    }
}
