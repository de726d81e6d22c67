import Foundation

/// A need (behoefte) as the caller knows it, to publish it as a taxonomy term. The need
/// taxonomy itself lives elsewhere; HSDS only needs the code, a name and the parent.
public struct NeedTermInfo: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var parentCode: String?
    public var description: String

    public init(code: String, name: String, parentCode: String? = nil, description: String = "") {
        self.code = code
        self.name = name
        self.parentCode = parentCode
        self.description = description
    }
}

/// The taxonomies Wieg publishes. Term ids are v5 UUIDs of "term:<taxonomy>:<code>" in
/// `UUID.hsdsNamespace`, taxonomy ids of "taxonomy:<name>", so every server that
/// publishes the same code publishes the same id.
public enum WiegTaxonomy: String, CaseIterable, Sendable {
    case behoeften = "wieg-behoeften"
    case fasen = "wieg-fasen"
    case toegang = "wieg-toegang"
    case erkenning = "wieg-erkenning"
    case redactie = "wieg-redactiestatus"
    case organisatietypen = "wieg-organisatietypen"
    case domeinen = "wieg-domeinen"
    /// Wieg's own fields that HSDS has no place for; the attribute carries the value.
    case kenmerken = "wieg-kenmerken"

    public var id: UUID { .hsds("taxonomy:\(rawValue)") }

    public var description: String {
        switch self {
        case .behoeften: "Behoeften van (aanstaande) ouders waar het aanbod op inspeelt (Kansrijke Start)."
        case .fasen: "Fasen van de eerste 1000 dagen: voor, tijdens en na de zwangerschap."
        case .toegang: "Hoe een ouder bij het aanbod komt."
        case .erkenning: "Erkenning van de interventie (Loket Gezond Leven / NJi)."
        case .redactie: "Redactionele status van de gegevens in Wieg."
        case .organisatietypen: "Soort organisatie in het netwerk."
        case .domeinen: "Domein waarin een organisatie werkt."
        case .kenmerken: "Gegevens van Wieg zonder eigen HSDS-veld; het attribuut draagt de waarde."
        }
    }

    public var hsds: HSDSTaxonomy {
        HSDSTaxonomy(id: id.hsdsString, name: rawValue, description: description, version: "1")
    }

    public func termID(_ code: String) -> UUID { .hsds("term:\(rawValue):\(code)") }
}

/// The terms of `wieg-kenmerken`: each attribute's `value` holds the data.
enum WiegKenmerk: String, CaseIterable {
    case demo
    case leeftijdVanaf = "leeftijd-vanaf-maanden"
    case leeftijdTot = "leeftijd-tot-maanden"
    case laatstGecontroleerd = "laatst-gecontroleerd"
    case laatstGewijzigd = "laatst-gewijzigd"
    case gemeentecode
    case werkgebied

    var name: String {
        switch self {
        case .demo: "demogegevens (verzonnen)"
        case .leeftijdVanaf: "leeftijd vanaf (maanden, -9 = begin zwangerschap)"
        case .leeftijdTot: "leeftijd tot en met (maanden)"
        case .laatstGecontroleerd: "laatst gecontroleerd (ISO 8601)"
        case .laatstGewijzigd: "laatst gewijzigd (ISO 8601)"
        case .gemeentecode: "CBS-gemeentecode van het adres"
        case .werkgebied: "CBS-gemeentecode van het werkgebied"
        }
    }
}

/// Every term Wieg publishes, found by taxonomy and code or by id.
public struct HSDSVocabulary: Sendable {
    public let terms: [HSDSTaxonomyTerm]
    private let byKey: [String: HSDSTaxonomyTerm]
    private let byID: [String: HSDSTaxonomyTerm]

    public init(needs: [NeedTermInfo]) {
        func term(_ t: WiegTaxonomy, _ code: String, _ name: String, _ description: String = "", parent: String? = nil) -> HSDSTaxonomyTerm
        {
            HSDSTaxonomyTerm(
                id: t.termID(code).hsdsString, code: code, name: name,
                description: description.isEmpty ? name : description,
                parentID: parent.map { t.termID($0).hsdsString }, taxonomy: t.rawValue,
                taxonomyID: t.id.hsdsString, language: "nld")
        }
        var all = needs.map { term(.behoeften, $0.code, $0.name, $0.description, parent: $0.parentCode) }
        all += Phase.allCases.map { term(.fasen, $0.rawValue, $0.dutchName, "\($0.dutchName) (\($0.englishName))") }
        all += ServiceAccess.allCases.map { term(.toegang, $0.rawValue, $0.dutchName, "\($0.dutchName) (\($0.englishName))") }
        all += Recognition.allCases.map { term(.erkenning, $0.rawValue, $0.dutchName, "\($0.dutchName) (\($0.englishName))") }
        all += EditorialStatus.allCases.map { term(.redactie, $0.rawValue, $0.dutchName) }
        all += OrganisationType.allCases.map { term(.organisatietypen, $0.rawValue, $0.dutchName, "\($0.dutchName) (\($0.englishName))") }
        all += NetworkDomain.allCases.map { term(.domeinen, $0.rawValue, $0.dutchName, "\($0.dutchName) (\($0.englishName))") }
        all += WiegKenmerk.allCases.map { term(.kenmerken, $0.rawValue, $0.name) }
        terms = all
        byKey = Dictionary(all.map { ("\($0.taxonomy ?? ""):\($0.code ?? "")", $0) }, uniquingKeysWith: { a, _ in a })
        byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func term(_ taxonomy: WiegTaxonomy, _ code: String) -> HSDSTaxonomyTerm? { byKey["\(taxonomy.rawValue):\(code)"] }

    public func term(id: String) -> HSDSTaxonomyTerm? { byID[id.lowercased()] }

    public var taxonomies: [HSDSTaxonomy] { WiegTaxonomy.allCases.map(\.hsds) }
}
