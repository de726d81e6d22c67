import Foundation
import PropertyBased
import Testing

@testable import WiegCore

/// A generated social map: names and descriptions from a small word pool, so that
/// queries from the same pool find something.
enum SyntheticMap {
    static let words = [
        "zwangerschap", "kraamzorg", "schulden", "taalcafé", "opvoeding", "babymassage", "roken", "alcohol",
        "consultatiebureau", "verloskundige", "wandelen", "koken", "voorlezen", "sport", "huisbezoek", "groep",
        "spreekuur", "inloop", "cursus", "moeder", "vader", "peuter", "ontmoeting", "gezondheid"
    ]
    static let municipalities = (1...40).map { String(format: "GM%04d", $0) }
    static let needs = ["geldzorgen", "opvoeding", "gezondheid", "taal", "eenzaamheid"]

    static func documents(_ count: Int) -> [SearchDocument] {
        var state: UInt64 = 20_240_501
        func pick(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func text(_ length: Int) -> String { (0..<length).map { _ in words[pick(words.count)] }.joined(separator: " ") }
        return (0..<count).map { number in
            SearchDocument(
                id: SearchFixture.id(number + 1), organisationID: SearchFixture.id(100_000 + pick(500)),
                name: text(2) + " \(number)", organisationName: "Organisatie \(pick(500))",
                needLabels: [needs[pick(needs.count)]], publicDescription: text(8), targetGroup: text(1),
                phases: Array(Set((0..<(1 + pick(3))).map { _ in Phase.allCases[pick(3)] })),
                needs: [needs[pick(needs.count)]], domain: NetworkDomain.allCases[pick(NetworkDomain.allCases.count)],
                municipalities: (0..<(1 + pick(3))).map { _ in municipalities[pick(municipalities.count)] },
                access: ServiceAccess.allCases[pick(ServiceAccess.allCases.count)],
                recognition: Recognition.allCases[pick(Recognition.allCases.count)],
                status: number % 17 == 0 ? .inactief : .actief,
                languages: pick(4) == 0 ? ["nl", "en"] : ["nl"])
        }
    }

    /// Whether `document` has a word starting with each of `prefixes` (the plain matching
    /// rule for words of three letters or more, without synonyms).
    static func contains(_ document: SearchDocument, allPrefixes prefixes: [String]) -> Bool {
        let tokens = SearchDocument.Field.allCases.flatMap { document.texts(of: $0) }.flatMap(DutchText.tokens)
        return prefixes.allSatisfy { prefix in tokens.contains { $0.hasPrefix(prefix) } }
    }

    /// Every hit of a query, page after page.
    static func allHits(_ index: SearchIndex, _ query: SearchQuery) -> (hits: [SearchHit], result: SearchResult) {
        var query = query
        query.page = PageQuery(number: 1, size: 200)
        let first = index.search(query)
        var hits = first.hits.items
        while hits.count < first.total {
            query.page.number += 1
            let next = index.search(query).hits.items
            if next.isEmpty { break }
            hits += next
        }
        return (hits, first)
    }
}

extension SearchFilters {
    /// The same filters with one facet's choice removed.
    func without(_ facet: SearchFacet) -> SearchFilters {
        var copy = self
        switch facet {
        case .phase: copy.phases = []
        case .need: copy.needs = []
        case .domain: copy.domains = []
        case .municipality: copy.municipalities = []
        case .access: copy.access = []
        case .recognition: copy.recognitions = []
        case .language: copy.languages = []
        }
        return copy
    }
}

@Suite("Search properties")
struct SearchPropertyTests {
    static let documents = SyntheticMap.documents(400)
    static let index = SearchIndex(documents: documents)
    static let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })

    static let noise = Gen<Character?>.element(of: Array("abekmorstz éëïöĳß-'!?09\u{301}😀€")).map { $0! }.string(of: 0...16)
    static let poolWords = Gen<String?>.element(of: SyntheticMap.words + ["geldzorgen", "jgz", "de", "met", "tolk"])
        .map { $0! }.array(of: 0...3).map { $0.joined(separator: " ") }
    static let municipalities = Gen<String?>.element(of: Array(SyntheticMap.municipalities.prefix(6))).map { $0! }.set(ofAtMost: 0...2)
    static let phases = Gen<Phase?>.element(of: Phase.allCases).map { $0! }.set(ofAtMost: 0...2)
    static let domains = Gen<NetworkDomain?>.element(of: NetworkDomain.allCases).map { $0! }.set(ofAtMost: 0...2)
    static let access = Gen<ServiceAccess?>.element(of: ServiceAccess.allCases).map { $0! }.set(ofAtMost: 0...1)

    @Test("any query text is safe, and every hit satisfies the filters")
    func arbitraryQueries() async {
        await propertyCheck(
            count: 300, input: Self.noise, Self.poolWords, Self.municipalities, Self.phases, Self.domains,
            Self.access, Gen<Int>.int(in: 1...3), Gen<Bool>.bool
        ) { noise, words, municipalities, phases, domains, access, page, inactive in
            let filters = SearchFilters(phases: phases, domains: domains, municipalities: municipalities, access: access)
            let query = SearchQuery(
                text: words + " " + noise, filters: filters, page: PageQuery(number: page, size: 7),
                includeInactive: inactive)
            let result = Self.index.search(query)
            let items = result.hits.items
            #expect(items.count == max(0, min(7, result.total - (page - 1) * 7)))
            #expect(Set(items.map(\.id)).count == items.count)
            #expect(zip(items, items.dropFirst()).allSatisfy { $0.score >= $1.score })
            for hit in items {
                let document = Self.byID[hit.id]!
                #expect(filters.matches(document))
                #expect(inactive || document.status == .actief)
            }
            // Pages are slices of one ranking.
            var whole = query
            whole.page = PageQuery(number: 1, size: 200)
            let ranking = Self.index.search(whole).hits.items
            #expect(items == Array(ranking.dropFirst((page - 1) * 7).prefix(7)))
            // Facet counts: the words' matches with every other facet's filter applied.
            let matched = SyntheticMap.allHits(Self.index, SearchQuery(text: query.text, includeInactive: inactive))
            guard !result.relaxed, !matched.result.relaxed else { return }
            let textSet = matched.hits.map { Self.byID[$0.id]! }
            #expect(result.total == textSet.filter(filters.matches).count)
            for facet in SearchFacet.allCases {
                var expected: [String: Int] = [:]
                for document in textSet where filters.without(facet).matches(document) {
                    for value in Set(facet.values(of: document)) { expected[value, default: 0] += 1 }
                }
                // A chosen municipality narrows the visit: only chosen ones are counted.
                if facet == .municipality, !municipalities.isEmpty { expected = expected.filter { municipalities.contains($0.key) } }
                #expect(result.facets[facet] == expected, "\(facet)")
            }
        }
    }

    @Test("the best keys of a page are the first keys of the full sort")
    func topKeys() async {
        await propertyCheck(count: 300, input: Gen<UInt64>.value(in: 0...5_000).array(of: 0...400), Gen<Int>.int(in: 1...60)) {
            keys, count in
            #expect(SearchIndex.first(count, of: keys) == Array(keys.sorted().prefix(count)))
        }
    }

    @Test("30,000 services: words and a municipality find exactly the matching services")
    func thirtyThousand() {
        let documents = SyntheticMap.documents(30_000)
        let index = SearchIndex(documents: documents, synonyms: Synonyms(groups: []))
        #expect(index.count == 30_000)
        for (text, prefixes) in [
            ("kraamzorg", ["kraamzorg"]), ("moeder sport", ["moeder", "sport"]),
            ("taalcafé gezond", ["taalcafe", "gezond"])
        ] {
            let filters = SearchFilters(municipalities: ["GM0003"])
            let (hits, result) = SyntheticMap.allHits(index, SearchQuery(text: text, filters: filters))
            let expected = documents.filter {
                $0.status == .actief && filters.matches($0) && SyntheticMap.contains($0, allPrefixes: prefixes)
            }
            #expect(!expected.isEmpty)
            #expect(!result.relaxed)
            #expect(result.total == expected.count, "\(text)")
            #expect(Set(hits.map(\.id)) == Set(expected.map(\.id)), "\(text)")
            #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
        }
        let all = index.search(SearchQuery(filters: SearchFilters(municipalities: ["GM0003"])))
        #expect(all.total == documents.filter { $0.status == .actief && $0.municipalities.contains("GM0003") }.count)
    }
}
