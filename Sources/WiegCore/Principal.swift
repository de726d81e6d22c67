import Foundation

/// Who is asking, and for which part of the country. Built from a signed-in account.
public struct Principal: Sendable, Equatable {
    public var userID: UUID
    public var role: Role
    /// For `regio`: the region slug. For coordinators and partners: the region of their
    /// coalition, when it has one.
    public var regionCode: String?
    public var coalitionID: UUID?
    public var organisationID: UUID?

    public init(userID: UUID, role: Role, regionCode: String? = nil, coalitionID: UUID? = nil, organisationID: UUID? = nil) {
        self.userID = userID
        self.role = role
        self.regionCode = regionCode
        self.coalitionID = coalitionID
        self.organisationID = organisationID
    }
}

/// Where an account (or an entity) sits: its region and coalition, if any.
public struct ScopeFacts: Sendable, Equatable {
    public var role: Role
    public var regionCode: String?
    public var coalitionID: UUID?
    /// The region of the coalition, when the account belongs to a coalition.
    public var coalitionRegionCode: String?
    /// For an account with a coalition and an organisation: whether that organisation is
    /// still a member of the coalition (read afresh on every request).
    public var organisationIsMember: Bool

    public init(
        role: Role, regionCode: String? = nil, coalitionID: UUID? = nil, coalitionRegionCode: String? = nil,
        organisationIsMember: Bool = true
    ) {
        self.role = role
        self.organisationIsMember = organisationIsMember
        self.regionCode = regionCode
        self.coalitionID = coalitionID
        self.coalitionRegionCode = coalitionRegionCode
    }
}
