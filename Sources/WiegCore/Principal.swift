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

    public init(role: Role, regionCode: String? = nil, coalitionID: UUID? = nil, coalitionRegionCode: String? = nil) {
        self.role = role
        self.regionCode = regionCode
        self.coalitionID = coalitionID
        self.coalitionRegionCode = coalitionRegionCode
    }
}
