/// The everyday words and short phrases parents use for each need ("geldzorgen",
/// "ik heb schulden", "niet lekker in mijn vel", "debt"), and the reading of a question
/// into needs with them. A question is understood as a need only when one of that need's
/// words or phrases is in it (a misspelling of a word of five letters or more counts); a
/// question nothing matches is not understood, and the parent is told so: never a guess.
///
/// The list is data: one need per line, `code: word, phrase, …`; `#` starts a comment.
public struct ParentWords: Sendable, Equatable {
    /// Per need code, its entries: each the content words of a word or phrase, folded.
    public let entries: [String: [[String]]]
    /// The need codes in the order of the text, for a stable reading.
    public let codes: [String]
    /// Per need code, the words and phrases as written (for editing).
    private let written: [String: [String]]
    /// Every word of every entry.
    private let known: Set<String>

    public init(text: String) {
        var entries: [String: [[String]]] = [:]
        var codes: [String] = []
        var written: [String: [String]] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = content.firstIndex(of: ":") else { continue }
            let code = content[..<colon].trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { continue }
            for phrase in content[content.index(after: colon)...].split(separator: ",") {
                let words = Self.contentWords(String(phrase))
                guard !words.isEmpty, !(entries[code] ?? []).contains(words) else { continue }
                if entries[code] == nil { codes.append(code) }
                entries[code, default: []].append(words)
                written[code, default: []].append(phrase.trimmingCharacters(in: .whitespaces))
            }
        }
        self.entries = entries
        self.codes = codes
        self.written = written
        self.known = Set(entries.values.flatMap { $0.flatMap { $0 } })
    }

    /// This list with the words of some needs replaced (`code` → comma-separated words):
    /// the beheerder's edits over Wieg's own list. A need not in the list is added.
    public func replacing(_ words: [String: String]) -> ParentWords {
        let all = codes + words.keys.filter { entries[$0] == nil }.sorted()
        let lines = all.map { code in
            "\(code): "
                + (words[code].map {
                    $0.split(whereSeparator: \.isNewline).joined(separator: ", ").replacingOccurrences(of: "#", with: " ")
                }
                    ?? text(of: code))
        }
        return ParentWords(text: lines.joined(separator: "\n"))
    }

    /// How many words and phrases the list holds.
    public var count: Int { entries.values.reduce(0) { $0 + $1.count } }

    /// The words and phrases of one need as written, separated by commas (for editing).
    public func text(of code: String) -> String {
        (written[code] ?? []).joined(separator: ", ")
    }

    /// The needs `question` asks about, in the order they appear in it. `isWord` says which
    /// words are real words of their own (the words of the social map), so they are never
    /// taken for a typing error ("staat" is not a misspelt "slaat").
    public func understand(_ question: String, isWord: (String) -> Bool = { _ in false }) -> [String] {
        let words = Self.contentWords(question)
        guard !words.isEmpty else { return [] }
        // Each query word once: the entry words it stands for (exact, inflected, misspelt).
        let readings = words.map { Self.readings(of: $0, known: known, isWord: isWord) }
        var matches: [(code: String, start: Int, end: Int)] = []
        for code in codes {
            for entry in entries[code] ?? [] where entry.count <= words.count {
                for start in 0...(words.count - entry.count)
                where entry.indices.allSatisfy({ readings[start + $0].contains(entry[$0]) }) {
                    matches.append((code, start, start + entry.count))
                }
            }
        }
        // A longer phrase of one need beats a shorter one of another inside it: "niet
        // zwanger worden" is not "zwanger worden".
        let kept = matches.filter { inner in
            !matches.contains { outer in
                outer.code != inner.code && outer.start <= inner.start && outer.end >= inner.end
                    && (outer.end - outer.start) > (inner.end - inner.start)
            }
        }
        var seen = Set<String>()
        return kept.sorted { ($0.start, $0.end) < ($1.start, $1.end) }.map(\.code).filter { seen.insert($0).inserted }
    }

    /// Words that carry no meaning of their own in a question ("ik", "mijn", "een", "is").
    /// Negations ("niet", "geen") and "wil" do carry meaning and are kept.
    static let fillers: Set<String> = [
        "ik", "je", "jij", "jou", "jouw", "u", "uw", "mijn", "m", "n", "me", "mij", "we", "wij", "ons", "onze", "hij", "zij",
        "ze", "een", "de", "het", "t", "en", "of", "in", "op", "aan", "van", "voor", "met", "bij", "om", "te", "er", "is",
        "ben", "bent", "zijn", "heb", "hebt", "heeft", "hebben", "was", "dat", "die", "dit", "deze", "zo", "erg", "heel",
        "wat", "hoe", "waar", "ook", "nog", "al", "echt", "beetje", "soms", "vaak", "hulp", "help", "hulpvraag", "zoek",
        "zoeken", "vraag", "vragen", "a", "an", "the", "i", "my", "am", "are", "have", "has", "and", "to", "for",
        "with", "at", "of", "is", "it", "about", "need", "want", "please"
    ]

    /// Everyday words one typing error away from an entry word: never read as a typo
    /// ("staat" is not "slaat", "koken" not "roken", "leven" not "lezen").
    static let commonWords: Set<String> = [
        "staat", "staan", "koken", "kookt", "leven", "leeft", "tonen", "zonen", "wonden", "worst", "huizen", "hoezen",
        "morgen", "borgen", "drogen", "rollen", "weten", "zeker", "samen", "water", "woord", "vragen", "dragen", "laten",
        "maken", "zware", "graag", "kinderen", "ouders", "moeder", "vader"
    ]

    static func contentWords(_ text: String) -> [String] {
        DutchText.tokens(text).filter { !fillers.contains($0) }
    }

    /// The entry words `word` may stand for: itself; an entry word it starts with when
    /// that word has five letters or more and at most three letters follow ("schulden" →
    /// "schuld"); and, only when neither found anything, an entry word of five letters or
    /// more within one typing error (two from eight letters: "sgulden" → "schulden").
    static func readings(of word: String, known: Set<String>, isWord: (String) -> Bool = { _ in false }) -> Set<String> {
        var found: Set<String> = []
        if known.contains(word) { found.insert(word) }
        let characters = Array(word)
        for entry in known where entry.count >= 5 && entry != word && word.hasPrefix(entry) && word.count - entry.count <= 3 {
            found.insert(entry)
        }
        guard found.isEmpty, characters.count >= 5, !commonWords.contains(word), !isWord(word) else { return found }
        for entry in known where entry.count >= 5 && abs(entry.count - characters.count) <= 2 {
            let allowed = entry.count >= 8 ? 2 : 1
            if editDistance(characters, Array(entry), limit: allowed) <= allowed { found.insert(entry) }
        }
        return found
    }

    /// Optimal string alignment distance (a swap of two neighbours is one error), stopping
    /// early once every path exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
