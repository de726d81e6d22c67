/// What the parents' finder made of a question: the needs it understood and the help found.
public struct HelpAnswer: Sendable {
    /// Need codes, in the order of the question (or the topic chosen).
    public var needs: [String]
    public var result: SearchResult
    /// A question was asked but neither read as a need nor found word for word.
    public var notUnderstood: Bool

    public init(needs: [String], result: SearchResult, notUnderstood: Bool) {
        self.needs = needs
        self.result = result
        self.notUnderstood = notUnderstood
    }
}

extension SearchIndex {
    /// The parents' search. A chosen topic (`filters.needs`) is taken as it is. Otherwise
    /// the question is read as needs with `words`; understood, it finds the services for
    /// any of those needs (within the other filters: municipality, phase, language). A
    /// question read as no need finds only services that contain every word of it (a
    /// service's own name, say), never the loose "any word will do" of the professional
    /// search: a parent gets no guesses.
    public func help(_ query: SearchQuery, words: ParentWords) -> HelpAnswer {
        if !query.filters.needs.isEmpty {
            var topic = query
            topic.text = ""
            return HelpAnswer(needs: query.filters.needs.sorted(), result: search(topic), notUnderstood: false)
        }
        let needs = words.understand(query.text)
        if !needs.isEmpty {
            var understood = query
            understood.text = ""
            understood.filters.needs = Set(needs)
            return HelpAnswer(needs: needs, result: search(understood), notUnderstood: false)
        }
        let found = search(query)
        guard found.relaxed else {
            let asked = !DutchText.tokens(query.text).isEmpty
            return HelpAnswer(needs: [], result: found, notUnderstood: asked && found.hits.total == 0)
        }
        let nothing = Paged<SearchHit>(items: [], number: query.page.number, size: query.page.size, total: 0)
        return HelpAnswer(needs: [], result: SearchResult(hits: nothing, facets: SearchFacetCounts(), relaxed: false), notUnderstood: true)
    }
}
