import Foundation

/// A token for machine clients of the JSON API. It acts with the rights of the user who
/// made it. Only the SHA-256 is stored; the token itself is shown once.
public struct ApiToken: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var userID: UUID
    /// The account, when the token was read to sign a request in.
    public var user: User?
    public var name: String
    public var tokenHash: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public init(
        id: UUID = UUID(), userID: UUID, user: User? = nil, name: String, tokenHash: String, createdAt: Date,
        lastUsedAt: Date? = nil, revokedAt: Date? = nil
    ) {
        self.id = id
        self.userID = userID
        self.user = user
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    public var isRevoked: Bool { revokedAt != nil }

    /// The token as the audit trail records it: never the hash.
    public struct Snapshot: Codable, Sendable, Equatable {
        public var name: String
        public var userID: UUID
        public var revoked: Bool
    }

    public var snapshot: Snapshot { Snapshot(name: name, userID: userID, revoked: isRevoked) }

    /// Tokens start with this, so a leaked one is recognisable (e.g. by secret scanners).
    public static let prefix = "wieg_"
}
