import Foundation

/// Where a risk of the plan stands.
public enum RiskStatus: String, CaseIterable, Codable, Sendable {
    /// The risk is real and the mitigation is being applied.
    case actief
    /// The mitigation works; the risk is under control.
    case beheerst
    /// The risk has happened.
    case opgetreden
    /// The risk no longer applies.
    case vervallen

    public var dutchName: String {
        switch self {
        case .actief: "actief"
        case .beheerst: "beheerst"
        case .opgetreden: "opgetreden"
        case .vervallen: "vervallen"
        }
    }

    public var englishName: String {
        switch self {
        case .actief: "active"
        case .beheerst: "under control"
        case .opgetreden: "occurred"
        case .vervallen: "lapsed"
        }
    }
}

/// A risk of the plan with its mitigation (beheersmaatregel) and who is responsible, as in
/// the table "Risico's en beheersmaatregelen" of a year plan (003).
public struct Risk: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    /// The risk, e.g. "Krapte op de arbeidsmarkt … kan ruimte om te innoveren in de weg staan."
    public var risk: String
    public var mitigation: String
    /// Parties, not people: "Gemeenten", "Programmateam", "Management van ketenorganisaties".
    public var responsibleParties: [String]
    public var status: RiskStatus

    public init(
        id: UUID = UUID(), risk: String, mitigation: String = "", responsibleParties: [String] = [],
        status: RiskStatus = .actief
    ) {
        self.id = id
        self.risk = risk
        self.mitigation = mitigation
        self.responsibleParties = responsibleParties
        self.status = status
    }
}
