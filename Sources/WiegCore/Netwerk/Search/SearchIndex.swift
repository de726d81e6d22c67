import Foundation

/// The in-memory search index of the social map. It is an immutable value, built from
/// the documents in one go (the server rebuilds it from the store after changes), so
/// search behaves the same whatever database holds the data.
///
/// Text is kept as an inverted index: a sorted vocabulary with, per token, the documents
/// containing it and a precomputed BM25F score (field weights, term frequency
/// saturation, inverse document frequency).
public struct SearchIndex: Sendable {
    /// BM25 term frequency saturation and length normalisation.
    static let k1: Float = 1.2
    static let b: Float = 0.75

    public let synonyms: Synonyms
    let ids: [UUID]
    let active: [Bool]
    /// Document numbers ordered by folded name, then id; and each document's place in it.
    let nameOrder: [Int32]
    let nameRank: [Int32]
    let vocabulary: Vocabulary
    /// Postings of vocabulary token t: `postingStart[t]..<postingStart[t + 1]`.
    let postingStart: [Int32]
    let postingDocument: [Int32]
    let postingScore: [Float]
    let facets: FacetTable

    /// The number of documents (active or not).
    public var count: Int { ids.count }

    /// Builds the index. Of documents with the same id the last one counts.
    public init(documents: [SearchDocument], synonyms: Synonyms = .seeded) {
        var latest: [UUID: Int] = [:]
        for (position, document) in documents.enumerated() { latest[document.id] = position }
        let documents =
            latest.count == documents.count
            ? documents : documents.indices.filter { latest[documents[$0].id] == $0 }.map { documents[$0] }
        self.synonyms = synonyms
        ids = documents.map(\.id)
        active = documents.map { $0.status == .actief }

        let names = documents.map { DutchText.fold($0.name.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let idTexts = ids.map(\.uuidString)
        let order = documents.indices.sorted { a, b in
            names[a] != names[b] ? Vocabulary.precedes(names[a], names[b]) : idTexts[a] < idTexts[b]
        }
        nameOrder = order.map { Int32($0) }
        var rank = [Int32](repeating: 0, count: documents.count)
        for (place, document) in order.enumerated() { rank[document] = Int32(place) }
        nameRank = rank

        facets = FacetTable(documents: documents)

        let postings = PostingsBuilder(documents: documents, synonyms: synonyms)
        vocabulary = postings.vocabulary
        postingStart = postings.starts
        postingDocument = postings.documents
        postingScore = postings.scores
    }

    /// An index without documents.
    public static let empty = SearchIndex(documents: [])
}
