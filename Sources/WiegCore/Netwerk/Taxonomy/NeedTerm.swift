import Foundation

/// One need (hulpvraag) of the taxonomy: what services address, what zorgpaden are for and
/// what the signalling aid points to. Seeded from code, editable later in the database.
public struct NeedTerm: Sendable, Equatable, Hashable, Codable, Identifiable {
    /// Stable kebab-case Dutch code, e.g. "schulden". Never change a published code.
    public var code: String
    public var dutchName: String
    public var englishName: String
    public var domain: NeedDomain
    /// Plain language (B1) for parents.
    public var dutchDescription: String
    public var englishDescription: String
    /// The everyday words parents use for this need, separated by commas, as the beheerder
    /// edited them; nil: Wieg's own list (`ParentWords.seeded`).
    public var parentWords: String?

    public var id: String { code }

    public init(
        code: String, dutchName: String, englishName: String, domain: NeedDomain,
        dutchDescription: String, englishDescription: String, parentWords: String? = nil
    ) {
        self.parentWords = parentWords
        self.code = code
        self.dutchName = dutchName
        self.englishName = englishName
        self.domain = domain
        self.dutchDescription = dutchDescription
        self.englishDescription = englishDescription
    }
}

/// A list of need terms with lookups. `seeded` is the list Wieg ships; the store may build
/// another from its own (edited) rows.
public struct NeedTaxonomy: Sendable, Equatable {
    /// The terms in their display order.
    public let terms: [NeedTerm]
    private let byCode: [String: NeedTerm]

    /// Later duplicates of a code are ignored by the lookups (see `duplicateCodes`).
    public init(terms: [NeedTerm]) {
        self.terms = terms
        self.byCode = Dictionary(terms.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The term with this code, if any.
    public func term(code: String) -> NeedTerm? { byCode[code] }

    /// The terms of one domain, in display order.
    public func terms(in domain: NeedDomain) -> [NeedTerm] { terms.filter { $0.domain == domain } }

    /// Whether a code exists in the taxonomy.
    public func contains(_ code: String) -> Bool { byCode[code] != nil }

    /// Codes that occur more than once (should be empty).
    public var duplicateCodes: [String] {
        var seen = Set<String>()
        var duplicates: [String] = []
        for term in terms where !seen.insert(term.code).inserted && !duplicates.contains(term.code) {
            duplicates.append(term.code)
        }
        return duplicates
    }

    /// Whether a string is a well-formed code: lower-case letters and digits in groups joined by
    /// single hyphens, e.g. "taal-tolk".
    public static func isValidCode(_ code: String) -> Bool {
        let groups = code.split(separator: "-", omittingEmptySubsequences: false)
        return !code.isEmpty
            && groups.allSatisfy { group in
                !group.isEmpty && group.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    public static func == (lhs: NeedTaxonomy, rhs: NeedTaxonomy) -> Bool { lhs.terms == rhs.terms }
}
