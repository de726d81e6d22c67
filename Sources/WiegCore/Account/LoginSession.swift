import Foundation

/// A signed-in session. The cookie holds a random token; the database holds only its
/// SHA-256, so a copy of the database does not let anyone sign in.
public struct LoginSession: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var tokenHash: String
    public var userID: UUID
    /// The account, when the session was read to sign a request in.
    public var user: User?
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date
    public var ip: String
    public var userAgent: String

    public init(
        id: UUID = UUID(), tokenHash: String, userID: UUID, user: User? = nil, csrfToken: String, createdAt: Date,
        lastSeenAt: Date? = nil, ip: String, userAgent: String
    ) {
        self.id = id
        self.tokenHash = tokenHash
        self.userID = userID
        self.user = user
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt ?? createdAt
        self.ip = ip
        self.userAgent = String(userAgent.prefix(300))
    }
}
