import Foundation

/// One found service and how well it matched (higher is better; 0 for a list without words).
public struct SearchHit: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var score: Double

    public init(id: UUID, score: Double) {
        self.id = id
        self.score = score
    }
}

/// How many results each facet value would give. Counted over the services that match
/// the words with the filters of all *other* facets applied, so choosing a second value
/// of the same facet adds exactly its count (disjunctive faceting).
public struct SearchFacetCounts: Sendable, Equatable {
    /// Per facet, the count per value (raw code); values without results are left out.
    public var counts: [SearchFacet: [String: Int]]

    public init(counts: [SearchFacet: [String: Int]] = [:]) {
        self.counts = counts
    }

    public subscript(facet: SearchFacet) -> [String: Int] { counts[facet] ?? [:] }

    public func count(_ facet: SearchFacet, _ value: String) -> Int { counts[facet]?[value] ?? 0 }

    public var phases: [Phase: Int] { typed(.phase) }
    public var domains: [NetworkDomain: Int] { typed(.domain) }
    public var access: [ServiceAccess: Int] { typed(.access) }
    public var recognitions: [Recognition: Int] { typed(.recognition) }

    private func typed<Value: RawRepresentable & Hashable>(_ facet: SearchFacet) -> [Value: Int] where Value.RawValue == String {
        Dictionary(uniqueKeysWithValues: self[facet].compactMap { key, count in Value(rawValue: key).map { ($0, count) } })
    }
}

/// The answer to a `SearchQuery`.
public struct SearchResult: Sendable {
    /// The requested page of hits; `hits.total` counts all of them.
    public var hits: Paged<SearchHit>
    public var facets: SearchFacetCounts
    /// True when no service matched all words and the hits match only some of them.
    public var relaxed: Bool

    public init(hits: Paged<SearchHit>, facets: SearchFacetCounts, relaxed: Bool) {
        self.hits = hits
        self.facets = facets
        self.relaxed = relaxed
    }

    public var total: Int { hits.total }

    /// What the page says above relaxed results.
    public static let relaxedNotice = "Geen exacte treffers; dit zijn resultaten die op een deel van uw zoekwoorden lijken."
    public static let relaxedNoticeEnglish = "No exact matches; these results resemble some of your search words."
}
