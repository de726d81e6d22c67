import Foundation
import WiegCore

/// A workgroup as a seed describes it: a name, who drives it (actie-eigenaar) and who
/// speaks for the project group. Roles, not personal names.
public struct DemoWorkgroup: Sendable, Equatable, Identifiable {
    public let id: UUID
    public let name: String
    public let actionOwner: String
    public let actionOwnerOrganisationID: UUID?
    public let projectGroupContact: String
    /// What the seed says the workgroup does (may be empty).
    public let note: String

    public init(
        id: UUID, name: String, actionOwner: String, actionOwnerOrganisationID: UUID? = nil,
        projectGroupContact: String, note: String = ""
    ) {
        self.id = id
        self.name = name
        self.actionOwner = actionOwner
        self.actionOwnerOrganisationID = actionOwnerOrganisationID
        self.projectGroupContact = projectGroupContact
        self.note = note
    }
}

/// A risk of an annual plan with its mitigation and the parties responsible.
public struct DemoRisk: Sendable, Equatable {
    public let risk: String
    public let mitigation: String
    public let responsible: [String]

    public init(risk: String, mitigation: String, responsible: [String]) {
        self.risk = risk
        self.mitigation = mitigation
        self.responsible = responsible
    }
}

/// One layer of a coalition's governance: who sits in it, what it does, how often it meets.
public struct DemoGovernanceLayer: Sendable, Equatable {
    public let name: String
    public let members: String
    public let task: String
    /// How often it meets, as the seed words it; empty when the seed does not say.
    public let cadence: String

    public init(name: String, members: String, task: String, cadence: String = "") {
        self.name = name
        self.members = members
        self.task = task
        self.cadence = cadence
    }
}

/// Everything the demo holds about one coalition, entered from a seed document.
public struct DemoCoalition: Sendable, Equatable {
    public let coalition: CoalitionRecord
    public let plan: PlanOfApproach
    public let activities: [Activity]
    public let agreements: [Agreement]
    public let workgroups: [DemoWorkgroup]
    public let risks: [DemoRisk]
    public let governance: [DemoGovernanceLayer]
    public let budget: Budget?
    public let points: PharosYear?
    /// Organisations of this coalition that are not in `NetworkDemo` (all `demo: true`).
    public let organisations: [OrganisationRecord]
    /// The year the seed plans for (the year of the plan, annual plan or story).
    public let year: Int
    /// The seed file the content comes from.
    public let source: String
    /// What is not in the seed: invented, assumed or interpreted (Dutch).
    public let demoNote: String
}

extension DemoWorkgroup {
    /// The document builders' input.
    public var document: DocumentWorkgroup {
        DocumentWorkgroup(name: name, actionOwner: actionOwner, projectGroupContact: projectGroupContact)
    }
}

extension DemoRisk {
    public var document: DocumentRisk { DocumentRisk(risk: risk, mitigation: mitigation, responsible: responsible) }
}

extension DemoGovernanceLayer {
    public var document: DocumentGovernanceLayer {
        DocumentGovernanceLayer(name: name, members: members, task: task, cadence: cadence)
    }
}
