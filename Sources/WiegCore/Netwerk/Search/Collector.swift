/// Applies status and filters to text-matched documents, keeps the hits and counts the
/// facet values. A document that fails only facet F's filter still counts for F's
/// values (disjunctive faceting); one that fails two filters counts nowhere.
struct Collector {
    private let active: [Bool]
    private let nameRank: [Int32]
    private let offsets: [Int32]
    private let values: [Int32]
    private let includeInactive: Bool
    /// Per value number, whether the filter of its facet allows it.
    private let allowed: [Bool]
    /// The facets (indices) that filter.
    private let filtering: [Int]
    private var counts: [Int32]
    private let table: FacetTable
    /// Per hit: the score's bits inverted (so higher scores sort first), then the
    /// document's place in name order. Sorting these integers ranks the hits.
    private(set) var keys: [UInt64] = []
    /// When the documents were narrowed to those of chosen municipalities, the values of
    /// that facet other than the chosen ones are not counted (their counts would be partial).
    var onlyCounted: (facet: Int, values: Set<Int32>)?

    init(index: SearchIndex, filters: SearchFilters, includeInactive: Bool) {
        active = index.active
        nameRank = index.nameRank
        table = index.facets
        offsets = table.offsets
        values = table.values
        (allowed, filtering) = table.masks(for: filters)
        counts = [Int32](repeating: 0, count: table.rawValues.count)
        self.includeInactive = includeInactive
    }

    mutating func consider(_ document: Int, score: Float) {
        guard includeInactive || active[document] else { return }
        let base = document * FacetTable.facets.count
        var failed = -1
        for facet in filtering {
            var passes = false
            for position in Int(offsets[base + facet])..<Int(offsets[base + facet + 1]) where allowed[Int(values[position])] {
                passes = true
                break
            }
            if !passes {
                if failed >= 0 { return }
                failed = facet
            }
        }
        let range =
            failed < 0
            ? Int(offsets[base])..<Int(offsets[base + FacetTable.facets.count])
            : Int(offsets[base + failed])..<Int(offsets[base + failed + 1])
        for position in range { counts[Int(values[position])] += 1 }
        if failed < 0 {
            keys.append(UInt64(UInt32.max - max(score, 0).bitPattern) << 32 | UInt64(UInt32(nameRank[document])))
        }
    }

    /// The score and name-order place stored in a key.
    static func decode(_ key: UInt64) -> (score: Float, rank: Int) {
        (Float(bitPattern: UInt32.max - UInt32(key >> 32)), Int(UInt32(truncatingIfNeeded: key)))
    }

    func facetCounts() -> SearchFacetCounts {
        var result: [SearchFacet: [String: Int]] = [:]
        for facet in FacetTable.facets { result[facet] = [:] }
        for (value, count) in counts.enumerated() where count > 0 {
            if let only = onlyCounted, table.facetOfValue[value] == only.facet, !only.values.contains(Int32(value)) { continue }
            result[FacetTable.facets[table.facetOfValue[value]], default: [:]][table.rawValues[value]] = Int(count)
        }
        return SearchFacetCounts(counts: result)
    }
}
