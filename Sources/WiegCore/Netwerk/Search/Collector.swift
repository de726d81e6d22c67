/// Applies status and filters to text-matched documents, keeps the hits and counts the
/// facet values. A document that fails only facet F's filter still counts for F's
/// values (disjunctive faceting); one that fails two filters counts nowhere.
struct Collector {
    struct Hit {
        var document: Int32
        var score: Float
        /// Sorts by score descending, then name order.
        var key: UInt64
    }

    private let index: SearchIndex
    private let includeInactive: Bool
    /// Per facet, which value numbers the filter allows; nil when the facet does not filter.
    private let masks: [[Bool]?]
    private let filtering: [Int]
    private var counts: [[Int]]
    private(set) var hits: [Hit] = []

    init(index: SearchIndex, filters: SearchFilters, includeInactive: Bool) {
        self.index = index
        self.includeInactive = includeInactive
        let masks = SearchFacet.allCases.enumerated().map { number, facet in
            index.facets[number].mask(for: filters.values(for: facet))
        }
        self.masks = masks
        filtering = masks.indices.filter { masks[$0] != nil }
        counts = index.facets.map { [Int](repeating: 0, count: $0.values.count) }
    }

    mutating func consider(_ document: Int, score: Float) {
        guard includeInactive || index.active[document] else { return }
        var failed = -1
        for facet in filtering {
            let mask = masks[facet]!
            if !index.facets[facet].values(of: document).contains(where: { mask[Int($0)] }) {
                if failed >= 0 { return }
                failed = facet
            }
        }
        for facet in counts.indices where failed < 0 || failed == facet {
            for value in index.facets[facet].values(of: document) { counts[facet][Int(value)] += 1 }
        }
        if failed < 0 {
            let descending = UInt64(UInt32.max - max(score, 0).bitPattern)
            hits.append(Hit(document: Int32(document), score: score,
                            key: descending << 32 | UInt64(UInt32(index.nameRank[document]))))
        }
    }

    func facetCounts() -> SearchFacetCounts {
        var result: [SearchFacet: [String: Int]] = [:]
        for (number, facet) in SearchFacet.allCases.enumerated() {
            var values: [String: Int] = [:]
            for (value, count) in counts[number].enumerated() where count > 0 {
                values[index.facets[number].values[value]] = count
            }
            result[facet] = values
        }
        return SearchFacetCounts(counts: result)
    }
}
