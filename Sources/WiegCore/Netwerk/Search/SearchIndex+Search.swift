extension SearchIndex {
    /// Runs a query. All words must match; when no service matches them all (within the
    /// filters), the services matching any of them are returned with `relaxed` set.
    /// Ranking: score, then name, then id. An empty query lists everything by name.
    public func search(_ query: SearchQuery) -> SearchResult {
        let terms = QueryTerms.parse(query.text, synonyms: synonyms)
        var collector = Collector(index: self, filters: query.filters, includeInactive: query.includeInactive)
        guard !terms.isEmpty else {
            for document in nameOrder { collector.consider(Int(document), score: 0) }
            return result(collector, sorted: false, relaxed: false, page: query.page)
        }
        let matches = TermMatches(index: self, terms: terms)
        for document in matches.documents where Int(matches.counts[Int(document)]) == terms.count {
            collector.consider(Int(document), score: matches.scores[Int(document)])
        }
        guard collector.hits.isEmpty && terms.count > 1 && !matches.documents.isEmpty else {
            return result(collector, sorted: true, relaxed: false, page: query.page)
        }
        // Relaxed: any word will do; documents matching more words come first.
        var relaxed = Collector(index: self, filters: query.filters, includeInactive: query.includeInactive)
        for document in matches.documents {
            let share = Float(matches.counts[Int(document)]) / Float(terms.count)
            relaxed.consider(Int(document), score: matches.scores[Int(document)] * share)
        }
        return relaxed.hits.isEmpty
            ? result(collector, sorted: true, relaxed: false, page: query.page)
            : result(relaxed, sorted: true, relaxed: true, page: query.page)
    }

    private func result(_ collector: Collector, sorted: Bool, relaxed: Bool, page: PageQuery) -> SearchResult {
        var hits = collector.hits
        if sorted {
            // Score descending, then name order: one integer key per hit.
            hits.sort { $0.key < $1.key }
        }
        let start = min(page.offset, hits.count), end = min(page.offset + page.size, hits.count)
        let items = hits[start..<end].map { SearchHit(id: ids[Int($0.document)], score: Double($0.score)) }
        return SearchResult(hits: Paged(items: items, number: page.number, size: page.size, total: hits.count),
                            facets: collector.facetCounts(), relaxed: relaxed)
    }
}

/// Per document, the summed score over the query terms and how many terms it matched.
/// Within one term the best alternative counts, so a compound and its stem or a word
/// and its synonym do not add up.
struct TermMatches {
    private(set) var documents: [Int32] = []
    private(set) var scores: [Float]
    private(set) var counts: [UInt8]

    init(index: SearchIndex, terms: [QueryTerm]) {
        scores = [Float](repeating: 0, count: index.count)
        counts = [UInt8](repeating: 0, count: index.count)
        var best = [Float](repeating: 0, count: index.count)
        var touched: [Int32] = []
        for term in terms {
            for alternative in term.alternatives {
                let range: Range<Int>
                if alternative.prefix {
                    range = index.vocabulary.range(withPrefix: alternative.text)
                } else if let position = index.vocabulary.index(of: alternative.text) {
                    range = position..<(position + 1)
                } else {
                    continue
                }
                for token in range {
                    let weight = index.vocabulary.tokens[token] == alternative.text
                        ? alternative.exactWeight : alternative.prefixWeight
                    for posting in Int(index.postingStart[token])..<Int(index.postingStart[token + 1]) {
                        let document = Int(index.postingDocument[posting])
                        let score = index.postingScore[posting] * weight
                        if best[document] == 0 { touched.append(Int32(document)) }
                        if score > best[document] { best[document] = score }
                    }
                }
            }
            for document in touched.map(Int.init) {
                if counts[document] == 0 { documents.append(Int32(document)) }
                scores[document] += best[document]
                counts[document] += 1
                best[document] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
    }
}
