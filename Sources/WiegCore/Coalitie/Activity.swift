import Foundation

/// A quarter of a year, e.g. Q1 2024.
public struct Quarter: Sendable, Equatable, Codable, Hashable, Comparable {
    public var year: Int
    /// 1…4 (out-of-range values are clamped).
    public var quarter: Int

    public init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = min(max(quarter, 1), 4)
    }

    /// "Q1 2024".
    public var label: String { "Q\(quarter) \(year)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter) }
}

/// An activity (initiative) of the coalition's plan.
public struct Activity: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var title: String
    public var description: String
    public var actionLines: [ActionLine]
    public var workgroupID: UUID?
    /// The owning organisation and the owner's role (professional contact only).
    public var ownerOrganisationID: UUID?
    public var ownerRole: String?
    public var quarters: [Quarter]
    public var expectedResult: String
    public var status: ActivityStatus
    public var statusDate: Date?
    public var statusNote: String?
    public var implementationPhase: ImplementationPhase?
    /// Services (aanbod) of the network this activity deploys or strengthens.
    public var serviceIDs: [UUID]
    public var themes: [MinimumTheme]
    /// The activity of an earlier year this one continues ("doorgeschoven" at the year
    /// close); `nil` for an activity planned as new.
    public var carriedOverFrom: UUID?
    /// Where the activity was copied from (another coalition's published plan); `nil` when it is the coalition's own.
    public var origin: Origin?

    public init(
        id: UUID = UUID(), title: String, description: String = "", actionLines: [ActionLine] = [],
        workgroupID: UUID? = nil, ownerOrganisationID: UUID? = nil, ownerRole: String? = nil,
        quarters: [Quarter] = [], expectedResult: String = "", status: ActivityStatus = .gepland,
        statusDate: Date? = nil, statusNote: String? = nil, implementationPhase: ImplementationPhase? = nil,
        serviceIDs: [UUID] = [], themes: [MinimumTheme] = [], carriedOverFrom: UUID? = nil, origin: Origin? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.actionLines = actionLines
        self.workgroupID = workgroupID
        self.ownerOrganisationID = ownerOrganisationID
        self.ownerRole = ownerRole
        self.quarters = quarters
        self.expectedResult = expectedResult
        self.status = status
        self.statusDate = statusDate
        self.statusNote = statusNote
        self.implementationPhase = implementationPhase
        self.serviceIDs = serviceIDs
        self.themes = themes
        self.carriedOverFrom = carriedOverFrom
        self.origin = origin
    }

    /// Stopped activities no longer count as attention for a theme or as deployed interventions.
    public var isActive: Bool { status != .gestopt }
}
