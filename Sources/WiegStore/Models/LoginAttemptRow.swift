import Fluent
import Foundation

/// One login attempt, for throttling and for the security log. Holds the e-mail
/// address as typed (lowercased), never the password.
public final class LoginAttemptRow: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email") public var email: String
    @Field(key: "ip") public var ip: String
    @Field(key: "succeeded") public var succeeded: Bool
    @Field(key: "at") public var at: Date

    public init() {}

    public init(email: String, ip: String, succeeded: Bool, at: Date) {
        self.email = email
        self.ip = ip
        self.succeeded = succeeded
        self.at = at
    }
}
