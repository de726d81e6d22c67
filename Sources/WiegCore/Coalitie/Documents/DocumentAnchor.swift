import Foundation

/// Anchors for headings: lower case ASCII letters, digits and single hyphens.
public enum DocumentAnchor {
    /// "Risico's en beheersmaatregelen" → "risicos-en-beheersmaatregelen";
    /// "Activiteiten in jaarplan 2024" → "activiteiten-in-jaarplan-2024". Accents are
    /// dropped (é → e), apostrophes vanish, every other run of non-alphanumerics is one
    /// hyphen. A heading without letters or digits gives "sectie".
    public static func slug(_ heading: String) -> String {
        let folded = heading.folding(
            options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
            locale: Locale(identifier: "nl_NL")
        ).lowercased()
        var slug = ""
        var pendingHyphen = false
        for character in folded {
            if character == "'" || character == "’" { continue }
            if character.isASCII, character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "sectie" : slug
    }

    /// Slugs made unique in order: a repeated slug gets "-2", "-3", … (skipping any that
    /// another heading already has).
    public static func unique(_ headings: [String]) -> [String] {
        let slugs = headings.map(slug)
        var taken = Set(slugs)
        var seen: Set<String> = []
        return slugs.map { slug in
            if seen.insert(slug).inserted { return slug }
            var n = 2
            while taken.contains("\(slug)-\(n)") { n += 1 }
            let anchor = "\(slug)-\(n)"
            taken.insert(anchor)
            seen.insert(anchor)
            return anchor
        }
    }
}
