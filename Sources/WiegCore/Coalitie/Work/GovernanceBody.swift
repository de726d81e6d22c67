import Foundation

/// The kinds of governance body a coalition's plan names (003: "Governance"; 000: projectgroep).
/// Raw values are the Dutch codes used in URLs and the API.
public enum GovernanceBodyKind: String, CaseIterable, Codable, Sendable {
    case stuurgroep
    case adviesraad
    case kerngroep
    case portefeuillehoudersoverleg
    case bestuurlijkeBijeenkomst = "bestuurlijke-bijeenkomst"

    public var dutchName: String {
        switch self {
        case .stuurgroep: "Stuurgroep"
        case .adviesraad: "Adviesraad"
        case .kerngroep: "Kerngroep"
        case .portefeuillehoudersoverleg: "Portefeuillehoudersoverleg"
        case .bestuurlijkeBijeenkomst: "Bestuurlijke bijeenkomst"
        }
    }

    public var englishName: String {
        switch self {
        case .stuurgroep: "steering group"
        case .adviesraad: "advisory board"
        case .kerngroep: "core group"
        case .portefeuillehoudersoverleg: "portfolio holders' meeting"
        case .bestuurlijkeBijeenkomst: "administrative meeting"
        }
    }
}

/// A governance body and the meetings it held, e.g. the bestuurlijke bijeenkomst of KS NML,
/// where "bestuurders van partijen ontmoeten elkaar minimaal 2 keer per jaar" (003).
public struct GovernanceBody: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var kind: GovernanceBodyKind
    public var name: String
    /// Roles or organisations (e.g. "wethouder gemeente Venlo"), no private persons.
    public var members: [String]
    /// How often the body should meet per year; 0 = no agreed number.
    public var requiredMeetingsPerYear: Int
    /// The days it met, any year, in any order.
    public var meetings: [Date]

    public init(
        id: UUID = UUID(), kind: GovernanceBodyKind, name: String, members: [String] = [],
        requiredMeetingsPerYear: Int = 0, meetings: [Date] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.members = members
        self.requiredMeetingsPerYear = requiredMeetingsPerYear
        self.meetings = meetings
    }
}
