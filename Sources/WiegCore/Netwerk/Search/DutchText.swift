import Foundation

/// Folding and tokenising of Dutch text for search: lowercase, diacritics removed
/// ("financiële" → "financiele", "ĳ" → "ij"), words split on anything that is not a
/// letter or a digit. Documents and queries go through the same functions, so they
/// always meet on the same tokens.
public enum DutchText {
    /// Lowercases and removes diacritics; every other character is kept as it is.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(lowered(UInt8(scalar.value)))
            } else {
                for folded in foldedScalars(scalar) { bytes.append(contentsOf: UTF8.encode(folded)!) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded words of `text`, in order; digits are kept ("0-4 jaar" → "0", "4", "jaar").
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each folded word of `text`, without building an array.
    public static func forEachToken(in text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty {
                body(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = lowered(UInt8(scalar.value))
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { word.append(byte) } else { flush() }
            } else {
                // A dropped combining mark leaves the word whole; other non-letters end it.
                let folded = foldedScalars(scalar)
                if folded.isEmpty, isMark(scalar) { continue }
                for part in folded {
                    if isWordCharacter(part) { word.append(contentsOf: UTF8.encode(part)!) } else { flush() }
                }
            }
        }
        flush()
    }

    /// Small Dutch words that say little about what someone looks for. Queries drop them,
    /// but only when other words remain; documents keep them.
    public static let stopWords: Set<String> = [
        "de", "het", "een", "en", "van", "voor", "met", "in", "op", "bij", "ik", "wil", "mijn", "je", "jij",
        "u", "uw", "we", "wij", "is", "er", "te", "naar", "aan", "om", "dat", "die", "hoe", "wat", "waar",
        "kan", "ook", "als", "of", "tot", "door", "zoek", "zoeken"
    ]

    /// The words of a query without stop words, unless nothing else would remain.
    public static func queryTokens(_ text: String) -> [String] {
        let all = tokens(text)
        let content = all.filter { !stopWords.contains($0) }
        return content.isEmpty ? all : content
    }

    // MARK: - Scalars

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    /// Lowercase, compatibility-decomposed (NFKD) scalars without combining marks.
    /// Latin letters come from a table built once; anything else is computed.
    static func foldedScalars(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = Int(scalar.value)
        if value >= latinRange.lowerBound && value < latinRange.upperBound {
            return latinTable[value - latinRange.lowerBound]
        }
        return computeFolded(scalar)
    }

    private static let latinRange = 0x80..<0x250

    private static let latinTable: [[Unicode.Scalar]] = latinRange.map { value in
        Unicode.Scalar(UInt32(value)).map(computeFolded) ?? []
    }

    private static func computeFolded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let lower = String(scalar).lowercased().decomposedStringWithCompatibilityMapping
        return lower.unicodeScalars.filter { !isMark($0) }.map { folded in
            // A compatibility decomposition can yield uppercase (e.g. "ℌ" → "H").
            folded.isASCII ? Unicode.Scalar(lowered(UInt8(folded.value))) : folded
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .spacingMark
    }
}
