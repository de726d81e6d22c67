import Foundation
import WiegCore
import WiegStore

/// Everything Wieg needs to start. The CLI fills it from flags and environment; tests
/// fill it directly (a temporary database, a cheap bcrypt cost, a clock they control).
public struct WiegConfig: Sendable {
    public var database: DatabaseLocation
    /// bcrypt work factor; 12 in production, lower only in tests.
    public var bcryptCost: Int
    /// The address users reach Wieg at, e.g. https://wieg.gemeente.nl. When it starts
    /// with https, cookies are marked Secure.
    public var publicURL: String?
    public var sessionPolicy: SessionPolicy
    public var loginThrottle: LoginThrottle
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed (WIEG_TRUSTED_PROXIES).
    public var trustedProxies: Set<String> = []
    /// How long an invite (set-password link) stays valid.
    public var inviteValidity: TimeInterval
    /// Largest request body accepted (uploads included), in bytes.
    public var maxBodyBytes: Int
    public var mail: MailSettings?
    /// Longest time one request may take to handle, in seconds.
    public var requestTimeout: Double
    /// How many rendered search answers to keep per network snapshot (0 = none). The
    /// cache empties itself when the social map changes; entries live a minute.
    public var searchCacheEntries: Int
    /// Whether the server runs its daily jobs (the freshness reminders): `wieg serve` does;
    /// tests and one-off commands do not.
    public var backgroundJobs = false
    public var now: @Sendable () -> Date

    public init(
        database: DatabaseLocation,
        bcryptCost: Int = 12,
        publicURL: String? = nil,
        sessionPolicy: SessionPolicy = .init(),
        loginThrottle: LoginThrottle = .init(),
        inviteValidity: TimeInterval = 72 * 3600,
        maxBodyBytes: Int = 10 * 1024 * 1024,
        mail: MailSettings? = nil,
        requestTimeout: Double = 60,
        searchCacheEntries: Int = 4096,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.bcryptCost = bcryptCost
        self.publicURL = publicURL
        self.sessionPolicy = sessionPolicy
        self.loginThrottle = loginThrottle
        self.inviteValidity = inviteValidity
        self.maxBodyBytes = maxBodyBytes
        self.mail = mail
        self.requestTimeout = requestTimeout
        self.searchCacheEntries = searchCacheEntries
        self.now = now
    }

    var secureCookies: Bool { publicURL?.lowercased().hasPrefix("https://") ?? false }
}

/// SMTP settings; when present, invites are also mailed.
public struct MailSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var from: String

    public init(host: String, port: Int = 25, from: String) {
        self.host = host
        self.port = port
        self.from = from
    }
}

public enum WiegVersion {
    public static let version = "0.1.0"
}
