import Foundation

/// Builds the inverted index: tokens are numbered as they come, collected as flat
/// (token, document, weighted frequency) triples, then regrouped by sorted token with a
/// counting sort. Nothing is allocated per document but the token strings.
struct PostingsBuilder {
    private(set) var vocabulary = Vocabulary(tokens: [])
    private(set) var starts: [Int32] = [0]
    private(set) var documents: [Int32] = []
    private(set) var scores: [Float] = []

    private var numbers: [String: Int32] = [:]
    private var tokens: [String] = []

    init(documents source: [SearchDocument], synonyms: Synonyms) {
        var tripleToken: [Int32] = []
        var tripleDocument: [Int32] = []
        var tripleFrequency: [Float] = []
        var lengths = [Float](repeating: 0, count: source.count)
        var pairs: [(token: Int32, weight: Float)] = []
        for (number, document) in source.enumerated() {
            pairs.removeAll(keepingCapacity: true)
            for field in SearchDocument.Field.allCases {
                let weight = field.weight
                for text in document.texts(of: field) where !text.isEmpty {
                    let words = DutchText.tokens(text)
                    lengths[number] += weight * Float(words.count)
                    for (position, word) in words.enumerated() {
                        pairs.append((intern(word), weight))
                        // Synonym phrases become tokens of their own ("financiele problemen").
                        for phrase in synonyms.phrases(at: position, in: words) {
                            pairs.append((intern(phrase.joined(separator: " ")), weight))
                        }
                    }
                }
            }
            pairs.sort { $0.token < $1.token }
            var index = 0
            while index < pairs.count {
                let token = pairs[index].token
                var frequency: Float = 0
                while index < pairs.count && pairs[index].token == token {
                    frequency += pairs[index].weight
                    index += 1
                }
                tripleToken.append(token)
                tripleDocument.append(Int32(number))
                tripleFrequency.append(frequency)
            }
        }

        // Renumber tokens in sorted order and count the documents per token.
        let order = tokens.indices.sorted { Vocabulary.precedes(tokens[$0], tokens[$1]) }
        var sortedNumber = [Int32](repeating: 0, count: tokens.count)
        for (place, old) in order.enumerated() { sortedNumber[old] = Int32(place) }
        vocabulary = Vocabulary(tokens: order.map { tokens[$0] })
        var frequencyOfDocuments = [Int32](repeating: 0, count: tokens.count)
        for token in tripleToken { frequencyOfDocuments[Int(sortedNumber[Int(token)])] += 1 }
        starts = [Int32](repeating: 0, count: tokens.count + 1)
        for token in 0..<tokens.count { starts[token + 1] = starts[token] + frequencyOfDocuments[token] }

        let documentCount = Float(source.count)
        let idf = frequencyOfDocuments.map { Float(log(1 + (documentCount - Float($0) + 0.5) / (Float($0) + 0.5))) }
        let averageLength = max(lengths.reduce(0, +) / max(documentCount, 1), 1)
        var fill = starts
        documents = [Int32](repeating: 0, count: tripleToken.count)
        scores = [Float](repeating: 0, count: tripleToken.count)
        for triple in tripleToken.indices {
            let token = Int(sortedNumber[Int(tripleToken[triple])])
            let slot = Int(fill[token])
            fill[token] += 1
            let document = tripleDocument[triple]
            let frequency = tripleFrequency[triple]
            let norm = SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * lengths[Int(document)] / averageLength)
            documents[slot] = document
            scores[slot] = idf[token] * frequency * (SearchIndex.k1 + 1) / (frequency + norm)
        }
    }

    private mutating func intern(_ token: String) -> Int32 {
        if let number = numbers[token] { return number }
        let number = Int32(tokens.count)
        numbers[token] = number
        tokens.append(token)
        return number
    }
}
