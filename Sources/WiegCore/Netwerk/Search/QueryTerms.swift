/// How much a match counts relative to the word as typed: the exact word beats a word
/// that merely starts with it, and a synonym counts a bit less than the word itself.
enum MatchWeight {
    static let exact: Float = 1
    static let prefix: Float = 0.8
    static let synonym: Float = 0.7
    static let synonymPrefix: Float = 0.55
}

/// One way a query term can be found in the index.
struct Alternative: Equatable {
    /// A folded token, or a phrase with its words joined by one space.
    var text: String
    /// Whether tokens starting with `text` match too (compounds, words being typed).
    var prefix: Bool
    var exactWeight: Float
    var prefixWeight: Float
}

/// A term of a query: a word, or a synonym phrase of several words, with its alternatives.
/// A document matches the term when it contains any alternative.
struct QueryTerm: Equatable {
    var text: String
    var alternatives: [Alternative]
}

enum QueryTerms {
    /// More terms than this are ignored: nobody types them, and they would only cost time.
    static let maximum = 32
    /// Words shorter than this are only prefix-matched when they are the last of the query.
    static let minimumPrefixLength = 3
    /// Words at least this long also bring in the synonyms of words they begin
    /// ("consultatie" → consultatiebureau → JGZ).
    static let minimumSynonymPrefixLength = 5

    static func parse(_ text: String, synonyms: Synonyms) -> [QueryTerm] {
        let words = DutchText.tokens(text)
        // Phrases first (longest wins), so "stoppen met roken" keeps its "met".
        var units: [(text: String, phrase: Bool)] = []
        var index = 0
        while index < words.count {
            if let phrase = synonyms.phrases(at: index, in: words).first {
                units.append((phrase.joined(separator: " "), true))
                index += phrase.count
            } else {
                units.append((words[index], false))
                index += 1
            }
        }
        let content = units.filter { $0.phrase || !DutchText.stopWords.contains($0.text) }
        var seen = Set<String>()
        let texts = (content.isEmpty ? units : content).map(\.text).filter { seen.insert($0).inserted }
        let kept = Array(texts.prefix(maximum))
        return kept.enumerated().map { position, word in
            term(word, isLast: position == kept.count - 1, synonyms: synonyms)
        }
    }

    private static func term(_ word: String, isLast: Bool, synonyms: Synonyms) -> QueryTerm {
        let length = word.count
        let prefix = isLast || length >= minimumPrefixLength
        var alternatives = [
            Alternative(
                text: word, prefix: prefix, exactWeight: MatchWeight.exact,
                prefixWeight: MatchWeight.prefix)
        ]
        var related = synonyms.synonyms(of: word)
        if prefix && length >= minimumSynonymPrefixLength {
            related += synonyms.synonyms(ofPrefix: word).filter { !related.contains($0) }
        }
        for synonym in related {
            alternatives.append(
                Alternative(
                    text: synonym, prefix: synonym.count >= minimumPrefixLength,
                    exactWeight: MatchWeight.synonym, prefixWeight: MatchWeight.synonymPrefix))
        }
        return QueryTerm(text: word, alternatives: alternatives)
    }
}
