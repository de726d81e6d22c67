import Fluent
import Foundation
import WiegCore

/// A signed-in session. The cookie holds a random token; the database holds only its
/// SHA-256, so a copy of the database does not let anyone sign in.
public final class LoginSessionRow: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Parent(key: "user_id") public var user: UserRow
    @Field(key: "csrf_token") public var csrfToken: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date
    @Field(key: "ip") public var ip: String
    @Field(key: "user_agent") public var userAgent: String

    public init() {}

    public init(tokenHash: String, userID: UUID, csrfToken: String, now: Date, ip: String, userAgent: String) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
        self.ip = ip
        self.userAgent = String(userAgent.prefix(300))
    }

    public convenience init(_ session: LoginSession) {
        self.init(
            tokenHash: session.tokenHash, userID: session.userID, csrfToken: session.csrfToken, now: session.createdAt,
            ip: session.ip, userAgent: session.userAgent)
        id = session.id
        lastSeenAt = session.lastSeenAt
    }

    /// The session as the rest of Wieg sees it, with its account when that was loaded.
    public var session: LoginSession {
        LoginSession(
            id: id ?? UUID(), tokenHash: tokenHash, userID: $user.id, user: $user.value?.user, csrfToken: csrfToken,
            createdAt: createdAt, lastSeenAt: lastSeenAt, ip: ip, userAgent: userAgent)
    }
}
