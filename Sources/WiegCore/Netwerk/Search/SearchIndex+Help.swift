import Foundation

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

    /// No help found and no need read (nothing asked, or a question not understood).
    public static func nothing(page: PageQuery, notUnderstood: Bool) -> HelpAnswer {
        HelpAnswer(
            needs: [],
            result: SearchResult(hits: Paged(items: [], number: page.number, size: page.size, total: 0), facets: .init(), relaxed: false),
            notUnderstood: notUnderstood)
    }
}

extension SearchIndex {
    /// The parents' search. A chosen topic (`filters.needs`) is taken as it is. Otherwise
    /// the question is read as needs with `words`; understood, it finds the services for
    /// any of those needs (within the other filters: municipality, phase, language). A
    /// question read as no need finds only services that contain every word of it (a
    /// service's own name, say), never the loose "any word will do" of the professional
    /// search: a parent gets no guesses.
    ///
    /// With `records`, results are ordered for parents (`ParentRank`) rather than by name;
    /// with `kilometres` too (how far a service is from the parent, when known), nearer help
    /// comes first among equally fitting help.
    public func help(
        _ query: SearchQuery, words: ParentWords, records: ((UUID) -> ServiceRecord?)? = nil,
        kilometres: ((ServiceRecord) -> Double?)? = nil
    ) -> HelpAnswer {
        func ranked(_ query: SearchQuery, needs: [String]) -> SearchResult {
            guard let records else { return search(query) }
            let phase = query.filters.phases.count == 1 ? query.filters.phases.first : nil
            return reordered(query) { id in
                records(id).map { ParentRank($0, needs: needs, phase: phase, kilometres: kilometres?($0)) }
            }
        }
        if !query.filters.needs.isEmpty {
            var topic = query
            topic.text = ""
            let needs = query.filters.needs.sorted()
            return HelpAnswer(needs: needs, result: ranked(topic, needs: needs), notUnderstood: false)
        }
        let needs = needs(in: query.text, words: words)
        if !needs.isEmpty {
            var understood = query
            understood.text = ""
            understood.filters.needs = Set(needs)
            return HelpAnswer(needs: needs, result: ranked(understood, needs: needs), notUnderstood: false)
        }
        if DutchText.tokens(query.text).isEmpty {
            return HelpAnswer(needs: [], result: ranked(query, needs: []), notUnderstood: false)
        }
        let found = search(query)
        guard found.relaxed else {
            let asked = !DutchText.tokens(query.text).isEmpty
            return HelpAnswer(needs: [], result: found, notUnderstood: asked && found.hits.total == 0)
        }
        return .nothing(page: query.page, notUnderstood: true)
    }

    /// The needs a question is about, read with `words` (a word the index knows is never
    /// taken for a misspelling of another).
    public func needs(in question: String, words: ParentWords) -> [String] {
        words.understand(question) { vocabulary.index(of: $0) != nil }
    }

    /// The result of `query` in the order of `rank` (then as the index ordered them), for
    /// at most `reorderLimit` hits; more are left in the index's order.
    func reordered(_ query: SearchQuery, rank: (UUID) -> ParentRank?) -> SearchResult {
        var first = query
        first.page = PageQuery(number: 1, size: 200)
        let head = search(first)
        guard head.total > 0, head.total <= Self.reorderLimit else { return search(query) }
        var hits = head.hits.items
        var number = 2
        while hits.count < head.total {
            var next = query
            next.page = PageQuery(number: number, size: 200)
            let more = search(next).hits.items
            if more.isEmpty { break }
            hits += more
            number += 1
        }
        let ranks = Dictionary(hits.map { ($0.id, rank($0.id)) }, uniquingKeysWith: { a, _ in a })
        let order = Dictionary(hits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = hits.sorted { a, b in
            switch (ranks[a.id] ?? nil, ranks[b.id] ?? nil) {
            case (let x?, let y?) where x != y: x < y
            default: order[a.id]! < order[b.id]!
            }
        }
        let start = min(query.page.offset, sorted.count)
        let end = min(query.page.offset + query.page.size, sorted.count)
        return SearchResult(
            hits: Paged(items: Array(sorted[start..<end]), number: query.page.number, size: query.page.size, total: head.total),
            facets: head.facets, relaxed: head.relaxed)
    }

    static let reorderLimit = 1_000
}

/// The order of the parents' results: first the help most about what was asked (a service
/// lists its main needs first), then help a parent can ask for themselves, then help for
/// fewer phases (so "Ik ben zwanger" starts with pregnancy care, not with help for every
/// phase), then nearer help (by whole kilometres; unknown distance last), then the index's
/// order (the name).
public struct ParentRank: Comparable, Sendable {
    var needPosition: Int
    var referral: Int
    var phaseBreadth: Int
    var distance: Int

    public init(_ service: ServiceRecord, needs: [String], phase: Phase?, kilometres: Double? = nil) {
        needPosition = needs.isEmpty ? 0 : (service.needs.firstIndex { needs.contains($0) } ?? service.needs.count)
        referral = service.access == .zelfAanmelden ? 0 : 1
        phaseBreadth = phase == nil ? 0 : service.phases.count
        distance = kilometres.map { Int($0.rounded()) } ?? Int.max
    }

    public static func < (a: ParentRank, b: ParentRank) -> Bool {
        (a.needPosition, a.referral, a.phaseBreadth, a.distance) < (b.needPosition, b.referral, b.phaseBreadth, b.distance)
    }
}
