/// The three levels of the TNO model (Detmar & de Wolff 2019, via seed 004).
public enum FactorLevel: String, CaseIterable, Codable, Sendable {
    case kind, omgeving, ouders

    public var dutchName: String {
        switch self {
        case .kind: "kind"
        case .omgeving: "omgeving"
        case .ouders: "ouders"
        }
    }

    public var englishName: String {
        switch self {
        case .kind: "child"
        case .omgeving: "environment"
        case .ouders: "parents"
        }
    }
}

/// The subgroups the model uses for parent factors.
public enum FactorSubgroup: String, CaseIterable, Codable, Sendable {
    case voorTijdensZwangerschap = "voor-tijdens-zwangerschap"
    case overig

    public var dutchName: String {
        switch self {
        case .voorTijdensZwangerschap: "voorafgaand / tijdens de zwangerschap"
        case .overig: "andere ouderfactoren"
        }
    }

    public var englishName: String {
        switch self {
        case .voorTijdensZwangerschap: "before / during pregnancy"
        case .overig: "other parent factors"
        }
    }
}

/// Whether a factor threatens or protects a promising start.
public enum FactorPolarity: String, CaseIterable, Codable, Sendable {
    case bedreigend, beschermend

    public var dutchName: String { rawValue }

    public var englishName: String {
        switch self {
        case .bedreigend: "threatening"
        case .beschermend: "protective"
        }
    }
}

/// A threatening or protective factor for the child's start (TNO 2019), as a professional can
/// tick it in the signalling aid. Threatening factors point to the needs they may call for.
public struct RiskFactor: Sendable, Equatable, Hashable, Codable, Identifiable {
    /// Stable kebab-case Dutch code, prefixed with the level, e.g. "ouders-actief-roken".
    public var code: String
    public var level: FactorLevel
    /// Only parent factors have a subgroup in the model.
    public var subgroup: FactorSubgroup?
    public var polarity: FactorPolarity
    /// As written in the source.
    public var dutchName: String
    public var englishName: String
    /// The R4U domain the factor belongs to.
    public var domain: NeedDomain
    /// Codes of the needs (taxonomy terms) the factor points to; usually none for protective factors.
    public var needCodes: [String]

    public var id: String { code }

    public init(
        code: String, level: FactorLevel, subgroup: FactorSubgroup? = nil, polarity: FactorPolarity,
        dutchName: String, englishName: String, domain: NeedDomain, needCodes: [String] = []
    ) {
        self.code = code
        self.level = level
        self.subgroup = subgroup
        self.polarity = polarity
        self.dutchName = dutchName
        self.englishName = englishName
        self.domain = domain
        self.needCodes = needCodes
    }
}
