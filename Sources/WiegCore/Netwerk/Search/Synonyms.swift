/// Groups of words and phrases that mean the same to someone looking for help
/// ("geldzorgen" = "schulden" = "financiële problemen"). A query word finds documents
/// with any member of its group. Members may be phrases of several words.
///
/// The list is data: `Synonyms(text:)` reads one group per line, members separated by
/// commas, `#` starts a comment. Members are folded like all search text.
public struct Synonyms: Sendable, Equatable {
    /// The groups, each member folded and its words joined by one space.
    public let groups: [[String]]
    /// Group numbers per member.
    private let groupsByMember: [String: [Int]]
    /// Phrases of two or more words, by their first word, longest first.
    private let phrasesByFirstWord: [String: [[String]]]

    public init(groups: [[String]]) {
        var cleaned: [[String]] = []
        for group in groups {
            var members: [String] = []
            for member in group {
                let phrase = DutchText.tokens(member).joined(separator: " ")
                if !phrase.isEmpty && !members.contains(phrase) { members.append(phrase) }
            }
            if members.count >= 2 { cleaned.append(members) }
        }
        self.groups = cleaned
        var byMember: [String: [Int]] = [:]
        var phrases: [String: [[String]]] = [:]
        for (number, group) in cleaned.enumerated() {
            for member in group {
                byMember[member, default: []].append(number)
                let words = member.split(separator: " ").map(String.init)
                if words.count > 1, !(phrases[words[0]] ?? []).contains(words) { phrases[words[0], default: []].append(words) }
            }
        }
        groupsByMember = byMember
        phrasesByFirstWord = phrases.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Reads groups from text: one group per line, members separated by commas.
    public init(text: String) {
        let groups = text.split(whereSeparator: \.isNewline).map { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return content.split(separator: ",").map(String.init)
        }
        self.init(groups: groups)
    }

    /// The synonyms Wieg starts with; coordinators extend them.
    public static let seeded = Synonyms(
        text: """
            kraamzorg, kraamverzorgende, kraamhulp, kraamverzorging
            jgz, consultatiebureau, jeugdgezondheidszorg, cb
            schulden, geldzorgen, financiële problemen, schuldhulp, geldproblemen, schuldhulpverlening
            zwanger, zwangerschap
            verloskundige, vroedvrouw
            huiselijk geweld, veilig thuis, kindermishandeling
            taal, tolk, vertaling, vertaler
            roken, rookvrij, stoppen met roken
            psychisch, mentaal, depressie, somber
            verslaving, alcohol, drugs
            opvoeden, opvoeding, opvoedvragen, opvoedingsondersteuning
            baby, zuigeling
            tiener, tienermoeder, jonge moeder
            """)

    /// Every other member of every group `phrase` (folded) belongs to.
    public func synonyms(of phrase: String) -> [String] {
        Self.unique((groupsByMember[phrase] ?? []).flatMap { groups[$0] }.filter { $0 != phrase })
    }

    /// Members of the groups that have a member starting with `prefix` (for words still
    /// being typed, "consultatie" → the JGZ group), without `prefix` itself.
    func synonyms(ofPrefix prefix: String) -> [String] {
        let numbers = groups.indices.filter { groups[$0].contains { $0.hasPrefix(prefix) } }
        return Self.unique(numbers.flatMap { groups[$0] }.filter { $0 != prefix })
    }

    /// The phrases (of two or more words) that start at `index` in `words`, longest first.
    func phrases(at index: Int, in words: [String]) -> [[String]] {
        guard let candidates = phrasesByFirstWord[words[index]] else { return [] }
        return candidates.filter { phrase in
            index + phrase.count <= words.count && zip(phrase, words[index...]).allSatisfy { $0 == $1 }
        }
    }

    private static func unique(_ members: [String]) -> [String] {
        var seen = Set<String>()
        return members.filter { seen.insert($0).inserted }
    }

    public static func == (lhs: Synonyms, rhs: Synonyms) -> Bool { lhs.groups == rhs.groups }
}
