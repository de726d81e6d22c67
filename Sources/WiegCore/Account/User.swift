import Foundation

/// An account. Never deleted while the audit trail names it: it is disabled.
public struct User: Sendable, Equatable, Identifiable {
    public var id: UUID
    /// Stored lowercased; unique.
    public var email: String
    public var name: String
    public var role: Role
    public var regionCode: String?
    public var coalitionID: UUID?
    public var organisationID: UUID?
    /// bcrypt; nil until the invitee has set a password.
    public var passwordHash: String?
    /// SHA-256 of the one-time set-password token, with its expiry.
    public var inviteTokenHash: String?
    public var inviteExpiresAt: Date?
    public var disabledAt: Date?
    public var lastLoginAt: Date?

    public init(
        id: UUID = UUID(), email: String, name: String, role: Role, regionCode: String? = nil, coalitionID: UUID? = nil,
        organisationID: UUID? = nil, passwordHash: String? = nil, inviteTokenHash: String? = nil,
        inviteExpiresAt: Date? = nil, disabledAt: Date? = nil, lastLoginAt: Date? = nil
    ) {
        self.id = id
        self.email = User.normalise(email: email)
        self.name = name
        self.role = role
        self.regionCode = regionCode
        self.coalitionID = coalitionID
        self.organisationID = organisationID
        self.passwordHash = passwordHash
        self.inviteTokenHash = inviteTokenHash
        self.inviteExpiresAt = inviteExpiresAt
        self.disabledAt = disabledAt
        self.lastLoginAt = lastLoginAt
    }

    public var isDisabled: Bool { disabledAt != nil }

    public static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// What the audit trail records of an account: never the password or token hashes.
    public struct Snapshot: Codable, Sendable, Equatable {
        public var email: String
        public var name: String
        public var role: String
        public var regionCode: String?
        public var coalitionID: UUID?
        public var organisationID: UUID?
        public var disabled: Bool
        public var hasPassword: Bool
    }

    public var snapshot: Snapshot {
        Snapshot(
            email: email, name: name, role: role.rawValue, regionCode: regionCode, coalitionID: coalitionID,
            organisationID: organisationID, disabled: isDisabled, hasPassword: passwordHash != nil)
    }
}
