import Fluent
import Foundation
import WiegCore

/// A token for machine clients of the JSON API. It acts with the rights of the user who
/// made it. Only the SHA-256 is stored; the token itself is shown once.
public final class ApiTokenRow: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserRow
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?

    public init() {}

    public init(userID: UUID, name: String, tokenHash: String, createdAt: Date) {
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = createdAt
    }

    public var isRevoked: Bool { revokedAt != nil }

    /// The token as the rest of Wieg sees it, with its account when that was loaded.
    public var token: ApiToken {
        ApiToken(
            id: id ?? UUID(), userID: $user.id, user: $user.value?.user, name: name, tokenHash: tokenHash,
            createdAt: createdAt, lastUsedAt: lastUsedAt, revokedAt: revokedAt)
    }

    public var snapshot: ApiToken.Snapshot { token.snapshot }
}
