import Foundation

/// The public parts of a coalition's plan, for "Leren van elkaar": what other coalitions
/// may read and copy once a coalition opts in to publishing. Built only by
/// `CoalitionWork.published()`, field by field, so nothing private can slip in when the
/// working types grow: no budget, no risks, no governance, no reflections (the 10 points,
/// closed years), no contact persons or roles, no status notes, no workgroup notes.
/// Organisations and services are ids of the public network register.
public struct PublishedPlan: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID { coalitionID }
    public var coalitionID: UUID
    public var name: String
    public var kind: CoalitionKind
    public var areaCode: String
    /// The plan period; nil when the coalition has no plan of approach yet.
    public var firstYear: Int?
    public var lastYear: Int?
    public var ambitions: [String]
    public var societalResults: [String]
    public var goals: [PublishedGoal]
    public var activities: [PublishedActivity]
    public var workgroups: [PublishedWorkgroup]
    public var agreements: [PublishedAgreement]

    /// The activities of one workgroup, in plan order.
    public func activities(of workgroup: PublishedWorkgroup) -> [PublishedActivity] {
        activities.filter { $0.workgroupID == workgroup.id }
    }
}

/// A goal of a published plan.
public struct PublishedGoal: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var text: String
    public var phase: Phase
    public var actionLines: [ActionLine]
    public var themes: [MinimumTheme]
    public var origin: Origin?
}

/// An activity of a published plan: what it is and does, not who carries it out or how
/// it went (no owner role, no status note or date).
public struct PublishedActivity: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var title: String
    public var description: String
    public var actionLines: [ActionLine]
    public var workgroupID: UUID?
    public var ownerOrganisationID: UUID?
    public var quarters: [Quarter]
    public var expectedResult: String
    public var status: ActivityStatus
    public var implementationPhase: ImplementationPhase?
    public var serviceIDs: [UUID]
    public var themes: [MinimumTheme]
    public var origin: Origin?
}

/// A workgroup of a published plan: its name and member organisations, never the
/// action owner, the project-group contact or the note.
public struct PublishedWorkgroup: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    public var memberOrganisationIDs: [UUID]
    public var origin: Origin?
}

/// A cooperation agreement of a published plan: title and level only.
public struct PublishedAgreement: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var title: String
    public var level: AgreementLevel
}

extension CoalitionWork {
    /// The public projection of this coalition's plan (see `PublishedPlan`). Whether a
    /// coalition publishes is its own choice; the caller checks that opt-in.
    public func published() -> PublishedPlan {
        PublishedPlan(
            coalitionID: coalition.id, name: coalition.name, kind: coalition.kind, areaCode: coalition.areaCode,
            firstYear: plan?.firstYear, lastYear: plan?.lastYear, ambitions: plan?.ambitions ?? [],
            societalResults: plan?.societalResults ?? [],
            goals: (plan?.goals ?? []).map {
                PublishedGoal(id: $0.id, text: $0.text, phase: $0.phase, actionLines: $0.actionLines, themes: $0.themes, origin: $0.origin)
            },
            activities: activities.map {
                PublishedActivity(
                    id: $0.id, title: $0.title, description: $0.description, actionLines: $0.actionLines,
                    workgroupID: $0.workgroupID, ownerOrganisationID: $0.ownerOrganisationID, quarters: $0.quarters,
                    expectedResult: $0.expectedResult, status: $0.status, implementationPhase: $0.implementationPhase,
                    serviceIDs: $0.serviceIDs, themes: $0.themes, origin: $0.origin)
            },
            workgroups: workgroups.map {
                PublishedWorkgroup(id: $0.id, name: $0.name, memberOrganisationIDs: $0.memberOrganisationIDs, origin: $0.origin)
            },
            agreements: agreements.map { PublishedAgreement(id: $0.id, title: $0.title, level: $0.level) })
    }
}
