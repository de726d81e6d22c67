import Foundation

/// An organisation taking part in a coalition, with the role of its contact.
/// Professional contact data only: a role (and at most a name), never a client.
public struct CoalitionMember: Sendable, Equatable, Codable, Hashable {
    public var organisationID: UUID
    /// Copied from the organisation when the member is added; `nil` when the
    /// organisation is not (yet) in the network register. The test prefers the
    /// organisation's current domain when it is known.
    public var domain: NetworkDomain?
    /// E.g. "verloskundige, lid kerngroep".
    public var contactRole: String

    public init(organisationID: UUID, domain: NetworkDomain?, contactRole: String = "") {
        self.organisationID = organisationID
        self.domain = domain
        self.contactRole = contactRole
    }

    /// A member taking its domain from the organisation record.
    public init(organisation: OrganisationRecord, contactRole: String = "") {
        self.init(organisationID: organisation.id, domain: organisation.domain, contactRole: contactRole)
    }
}

/// A local or regional Kansrijke Start coalition.
public struct CoalitionRecord: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    public var kind: CoalitionKind
    /// The municipality (GMxxxx) or region code the coalition works in.
    public var areaCode: String
    public var startDate: Date?
    /// The project leader's role or name (professional contact only); `nil` = none appointed.
    public var projectLeader: String?
    public var members: [CoalitionMember]
    /// How the coalition involves the people it is about.
    public var targetGroupInvolvement: [InvolvementForm]
    /// Free text on the involvement (e.g. a form not in the list).
    public var involvementNote: String?
    /// Participation in the RIVM monitoring per year: `true`/`false` when answered;
    /// `nil` or absent = not known.
    public var monitoringParticipation: [Int: Bool?]
    /// Opt-in for "Leren van elkaar": the public parts of the plan (`CoalitionWork.published()`)
    /// are shown to other coalitions and may be copied.
    public var publishesPlan: Bool

    public init(
        id: UUID = UUID(), name: String, kind: CoalitionKind = .lokaal, areaCode: String,
        startDate: Date? = nil, projectLeader: String? = nil, members: [CoalitionMember] = [],
        targetGroupInvolvement: [InvolvementForm] = [], involvementNote: String? = nil,
        monitoringParticipation: [Int: Bool?] = [:], publishesPlan: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.areaCode = areaCode
        self.startDate = startDate
        self.projectLeader = projectLeader
        self.members = members
        self.targetGroupInvolvement = targetGroupInvolvement
        self.involvementNote = involvementNote
        self.monitoringParticipation = monitoringParticipation
        self.publishesPlan = publishesPlan
    }

    /// Whether a project leader is set (a non-blank role or name).
    public var hasProjectLeader: Bool {
        !(projectLeader ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The monitoring answer for a year: `nil` when not known.
    public func monitoring(in year: Int) -> Bool? {
        monitoringParticipation[year] ?? nil
    }
}
