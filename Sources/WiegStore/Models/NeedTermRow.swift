import Fluent
import Foundation
import WiegCore

/// A need of the taxonomy, editable by beheerders. Seeded from `NeedTaxonomy.seeded`.
public final class NeedTermRow: Model, @unchecked Sendable {
    public static let schema = "need_terms"

    @ID(custom: "code", generatedBy: .user) public var id: String?
    @Field(key: "domain") public var domain: String
    @Field(key: "name_nl") public var nameNL: String
    @Field(key: "name_en") public var nameEN: String
    @Field(key: "description_nl") public var descriptionNL: String
    @Field(key: "description_en") public var descriptionEN: String
    @Field(key: "position") public var position: Int
    /// The parents' words for this need, one list separated by commas (nil: Wieg's own).
    @OptionalField(key: "words") public var words: String?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(_ term: NeedTerm, position: Int) {
        id = term.code
        self.position = position
        apply(term)
    }

    public func apply(_ term: NeedTerm) {
        domain = term.domain.rawValue
        nameNL = term.dutchName
        nameEN = term.englishName
        descriptionNL = term.dutchDescription
        descriptionEN = term.englishDescription
        words = term.parentWords
    }

    public var term: NeedTerm {
        NeedTerm(
            code: id ?? "", dutchName: nameNL, englishName: nameEN, domain: NeedDomain(rawValue: domain) ?? .gezinssituatie,
            dutchDescription: descriptionNL, englishDescription: descriptionEN, parentWords: words)
    }
}
