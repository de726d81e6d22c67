import Fluent
import Foundation

/// A "alles klopt nog" link mailed to an organisation: only the token's hash is kept; it
/// works once, until it expires.
public final class CheckTokenRow: Model, @unchecked Sendable {
    public static let schema = "check_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "used_at") public var usedAt: Date?

    public init() {}
}
