extension SearchIndex {
    /// Runs a query. All words must match; when no service matches them all (within the
    /// filters), the services matching any of them are returned with `relaxed` set.
    /// Ranking: score, then name, then id. An empty query lists everything by name.
    ///
    /// With a municipality chosen, only that municipality's services are visited (most of
    /// the work at national scale), so the `gemeente` facet then counts the chosen
    /// municipalities only; every other facet counts exactly as without the shortcut.
    public func search(_ query: SearchQuery) -> SearchResult {
        let terms = QueryTerms.parse(query.text, synonyms: synonyms)
        let candidates = candidates(for: query.filters)
        func collector() -> Collector {
            var collector = Collector(index: self, filters: query.filters, includeInactive: query.includeInactive)
            if !query.filters.municipalities.isEmpty {
                collector.onlyCounted = (
                    Self.municipalityFacet, facets.numbers(of: query.filters.municipalities, in: Self.municipalityFacet)
                )
            }
            return collector
        }
        var strict = collector()
        // Documents are visited in storage order: sequential memory access is what keeps
        // facet counting fast. Ranking comes afterwards, from the keys.
        guard !terms.isEmpty else {
            candidates.visit(count) { strict.consider($0, score: 0) }
            return result(strict, relaxed: false, page: query.page)
        }
        let matches = TermMatches(index: self, terms: terms)
        candidates.visit(count) { document in
            if Int(matches.counts[document]) == terms.count { strict.consider(document, score: matches.scores[document]) }
        }
        guard strict.keys.isEmpty && terms.count > 1 && matches.any else {
            return result(strict, relaxed: false, page: query.page)
        }
        // Relaxed: any word will do; documents matching more words come first.
        var relaxed = collector()
        candidates.visit(count) { document in
            guard matches.counts[document] > 0 else { return }
            let share = Float(matches.counts[document]) / Float(terms.count)
            relaxed.consider(document, score: matches.scores[document] * share)
        }
        return relaxed.keys.isEmpty
            ? result(strict, relaxed: false, page: query.page)
            : result(relaxed, relaxed: true, page: query.page)
    }

    static let municipalityFacet = FacetTable.facets.firstIndex(of: .municipality)!

    /// The documents worth visiting: all, or those of the chosen municipalities.
    private func candidates(for filters: SearchFilters) -> Candidates {
        filters.municipalities.isEmpty ? .all : .some(facets.documents(with: filters.municipalities, in: Self.municipalityFacet))
    }

    private func result(_ collector: Collector, relaxed: Bool, page: PageQuery) -> SearchResult {
        let keys = Self.first(page.offset + page.size, of: collector.keys)
        let start = min(page.offset, keys.count)
        let end = min(page.offset + page.size, keys.count)
        let items = keys[start..<end].map { key in
            let (score, rank) = Collector.decode(key)
            return SearchHit(id: ids[Int(nameOrder[rank])], score: Double(score))
        }
        return SearchResult(
            hits: Paged(items: items, number: page.number, size: page.size, total: collector.keys.count),
            facets: collector.facetCounts(), relaxed: relaxed)
    }

    /// The `count` smallest keys, sorted. Only those are sorted when they are few.
    static func first(_ count: Int, of keys: [UInt64]) -> [UInt64] {
        guard count <= 1_000 && count < keys.count / 8 else { return Array(keys.sorted().prefix(count)) }
        // Keep a sorted buffer of the best `count`, plus a bound to skip most keys quickly.
        var best = keys.prefix(count).sorted()
        for key in keys[count...] where key < best[count - 1] {
            best.insert(key, at: best.partitioningIndex { $0 > key })
            best.removeLast()
        }
        return best
    }
}

extension Array where Element == UInt64 {
    /// The first index whose element satisfies `predicate` (false before, true after).
    func partitioningIndex(where predicate: (UInt64) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Per document, the summed score over the query terms and how many terms it matched.
/// Within one term the best alternative counts, so a compound and its stem or a word
/// and its synonym do not add up.
struct TermMatches {
    /// Whether any document matched any term.
    private(set) var any = false
    private(set) var scores: [Float]
    private(set) var counts: [UInt8]

    init(index: SearchIndex, terms: [QueryTerm]) {
        scores = [Float](repeating: 0, count: index.count)
        counts = [UInt8](repeating: 0, count: index.count)
        var best = [Float](repeating: 0, count: index.count)
        var touched: [Int32] = []
        for term in terms {
            for (token, weight) in Self.tokens(of: term, in: index.vocabulary) {
                for posting in Int(index.postingStart[token])..<Int(index.postingStart[token + 1]) {
                    let document = Int(index.postingDocument[posting])
                    let score = index.postingScore[posting] * weight
                    if best[document] == 0 { touched.append(Int32(document)) }
                    if score > best[document] { best[document] = score }
                }
            }
            for document in touched.map(Int.init) {
                scores[document] += best[document]
                counts[document] += 1
                best[document] = 0
            }
            any = any || !touched.isEmpty
            touched.removeAll(keepingCapacity: true)
        }
    }

    /// The vocabulary positions a term matches, each once with its best weight.
    static func tokens(of term: QueryTerm, in vocabulary: Vocabulary) -> [Int: Float] {
        var weights: [Int: Float] = [:]
        for alternative in term.alternatives {
            let range: Range<Int>
            if alternative.prefix {
                range = vocabulary.range(withPrefix: alternative.text)
            } else if let position = vocabulary.index(of: alternative.text) {
                range = position..<(position + 1)
            } else {
                continue
            }
            for token in range {
                let weight = vocabulary.tokens[token] == alternative.text ? alternative.exactWeight : alternative.prefixWeight
                if weight > weights[token] ?? 0 { weights[token] = weight }
            }
        }
        return weights
    }
}

/// The documents a search visits, in document order.
enum Candidates {
    case all
    case some([Int32])

    func visit(_ count: Int, _ body: (Int) -> Void) {
        switch self {
        case .all: for document in 0..<count { body(document) }
        case .some(let documents): for document in documents { body(Int(document)) }
        }
    }
}
