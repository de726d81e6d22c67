/// The facet values of every document in two flat arrays. Values are numbered across
/// all facets, so filter masks and counts are single arrays too, and a document's values
/// for all facets lie next to each other: documents × facets offsets into `values`.
struct FacetTable: Sendable {
    static let facets = SearchFacet.allCases
    /// Value number → its facet (index in `facets`) and raw code.
    private(set) var facetOfValue: [Int] = []
    private(set) var rawValues: [String] = []
    private var numbers: [[String: Int32]] = Array(repeating: [:], count: SearchFacet.allCases.count)
    /// Values of document d, facet f: `values[offsets[d * facetCount + f] ..< offsets[d * facetCount + f + 1]]`.
    private(set) var offsets: [Int32] = [0]
    private(set) var values: [Int32] = []
    /// The inverse: documents having value v, in document order:
    /// `valueDocuments[valueStart[v] ..< valueStart[v + 1]]`.
    private(set) var valueStart: [Int32] = [0]
    private(set) var valueDocuments: [Int32] = []

    init(documents: [SearchDocument]) {
        offsets.reserveCapacity(documents.count * Self.facets.count + 1)
        for document in documents {
            for (facet, kind) in Self.facets.enumerated() {
                let start = values.count
                for raw in kind.values(of: document) {
                    let number = self.number(raw, facet: facet)
                    if !values[start...].contains(number) { values.append(number) }
                }
                offsets.append(Int32(values.count))
            }
        }
        var perValue = [[Int32]](repeating: [], count: rawValues.count)
        let facetCount = Self.facets.count
        for document in 0..<documents.count {
            for position in Int(offsets[document * facetCount])..<Int(offsets[(document + 1) * facetCount]) {
                perValue[Int(values[position])].append(Int32(document))
            }
        }
        for list in perValue {
            valueDocuments.append(contentsOf: list)
            valueStart.append(Int32(valueDocuments.count))
        }
    }

    /// The documents having any of `raws` in `facet`, in document order, without repeats.
    func documents(with raws: Set<String>, in facet: Int) -> [Int32] {
        let lists = raws.compactMap { numbers[facet][$0] }.map { Int($0) }
        if lists.count == 1, let value = lists.first {
            return Array(valueDocuments[Int(valueStart[value])..<Int(valueStart[value + 1])])
        }
        var seen = Set<Int32>()
        for value in lists { seen.formUnion(valueDocuments[Int(valueStart[value])..<Int(valueStart[value + 1])]) }
        return seen.sorted()
    }

    /// Whether value number `value` belongs to `facet` and is one of `raws`.
    func numbers(of raws: Set<String>, in facet: Int) -> Set<Int32> {
        Set(raws.compactMap { numbers[facet][$0] })
    }

    private mutating func number(_ raw: String, facet: Int) -> Int32 {
        if let known = numbers[facet][raw] { return known }
        let number = Int32(rawValues.count)
        numbers[facet][raw] = number
        rawValues.append(raw)
        facetOfValue.append(facet)
        return number
    }

    /// Per value number, whether a filter allows it; and the facets (indices) that filter.
    func masks(for filters: SearchFilters) -> (allowed: [Bool], filtering: [Int]) {
        var allowed = [Bool](repeating: false, count: rawValues.count)
        var filtering: [Int] = []
        for (facet, kind) in Self.facets.enumerated() {
            let chosen = filters.values(for: kind)
            guard !chosen.isEmpty else { continue }
            filtering.append(facet)
            for raw in chosen { if let number = numbers[facet][raw] { allowed[Int(number)] = true } }
        }
        return (allowed, filtering)
    }
}
