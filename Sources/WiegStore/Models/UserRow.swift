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
        self.email = User.normalise(email: email)
        self.name = name
        self.roleRaw = role.rawValue
        self.regionCode = regionCode
        self.coalitionID = coalitionID
        self.organisationID = organisationID
    }

    public var role: Role { Role(rawValue: roleRaw) ?? .professional }

    public static func normalise(email: String) -> String { User.normalise(email: email) }

    /// The account as the rest of Wieg sees it.
    public var user: User {
        User(
            id: id ?? UUID(), email: email, name: name, role: role, regionCode: regionCode, coalitionID: coalitionID,
            organisationID: organisationID, passwordHash: passwordHash, inviteTokenHash: inviteTokenHash,
            inviteExpiresAt: inviteExpiresAt, disabledAt: disabledAt, lastLoginAt: lastLoginAt)
    }

    public convenience init(_ user: User) {
        self.init()
        id = user.id
        set(user)
    }

    /// Takes every field of `user` (not its id).
    public func set(_ user: User) {
        email = User.normalise(email: user.email)
        name = user.name
        roleRaw = user.role.rawValue
        regionCode = user.regionCode
        coalitionID = user.coalitionID
        organisationID = user.organisationID
        passwordHash = user.passwordHash
        inviteTokenHash = user.inviteTokenHash
        inviteExpiresAt = user.inviteExpiresAt
        disabledAt = user.disabledAt
        lastLoginAt = user.lastLoginAt
    }
}
