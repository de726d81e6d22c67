import Fluent
import Foundation
import WiegCore

/// An account. Never hard-deleted while the audit trail names it: it is disabled.
public final class UserRow: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// Stored lowercased; unique.
    @Field(key: "email") public var email: String
    @Field(key: "name") public var name: String
    @Field(key: "role") public var roleRaw: String
    @OptionalField(key: "region_code") public var regionCode: String?
    @OptionalField(key: "coalition_id") public var coalitionID: UUID?
    @OptionalField(key: "organisation_id") public var organisationID: UUID?
    /// bcrypt; nil until the invitee has set a password.
    @OptionalField(key: "password_hash") public var passwordHash: String?
    /// SHA-256 of the one-time set-password token, with its expiry.
    @OptionalField(key: "invite_token_hash") public var inviteTokenHash: String?
    @OptionalField(key: "invite_expires_at") public var inviteExpiresAt: Date?
    @OptionalField(key: "disabled_at") public var disabledAt: Date?
    @OptionalField(key: "last_login_at") public var lastLoginAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, email: String, name: String, role: Role,
        regionCode: String? = nil, coalitionID: UUID? = nil, organisationID: UUID? = nil
    ) {
        self.id = id
        self.email = UserRow.normalise(email: email)
        self.name = name
        self.roleRaw = role.rawValue
        self.regionCode = regionCode
        self.coalitionID = coalitionID
        self.organisationID = organisationID
    }

    public var role: Role { Role(rawValue: roleRaw) ?? .professional }
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
            email: email, name: name, role: roleRaw, regionCode: regionCode, coalitionID: coalitionID,
            organisationID: organisationID, disabled: isDisabled, hasPassword: passwordHash != nil)
    }
}
