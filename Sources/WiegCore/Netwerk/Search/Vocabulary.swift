/// The distinct tokens of an index, sorted by their UTF-8 bytes, so that every token
/// starting with a prefix lies in one range found by two binary searches.
struct Vocabulary: Sendable {
    let tokens: [String]

    /// Byte order: the order in which tokens sharing a prefix are adjacent.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The position of `token`, if the index has it.
    func index(of token: String) -> Int? {
        let position = firstIndex { !Self.precedes($0, token) }
        return position < tokens.count && tokens[position] == token ? position : nil
    }

    /// The positions of all tokens that start with `prefix` (the token itself included).
    func range(withPrefix prefix: String) -> Range<Int> {
        let lower = firstIndex { !Self.precedes($0, prefix) }
        let upper = firstIndex(from: lower) { !$0.utf8.starts(with: prefix.utf8) }
        return lower..<upper
    }

    /// The first position from `start` where `predicate` holds; it must be false for
    /// a leading run of tokens and true for the rest.
    private func firstIndex(from start: Int = 0, where predicate: (String) -> Bool) -> Int {
        var low = start
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(tokens[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
