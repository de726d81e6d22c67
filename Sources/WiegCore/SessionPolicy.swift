import Foundation

/// How long a signed-in session lives: 30 minutes without activity, 12 hours at most.
public struct SessionPolicy: Sendable, Equatable {
    public var idleTimeout: TimeInterval
    public var absoluteTimeout: TimeInterval

    public init(idleTimeout: TimeInterval = 30 * 60, absoluteTimeout: TimeInterval = 12 * 3600) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    public enum Expiry: String, Sendable, Equatable { case idle, absolute }

    /// Why a session that started at `createdAt` and was last used at `lastSeenAt` has
    /// ended at `now`, or nil while it is still valid.
    public func expiry(createdAt: Date, lastSeenAt: Date, now: Date) -> Expiry? {
        if now.timeIntervalSince(createdAt) >= absoluteTimeout { return .absolute }
        if now.timeIntervalSince(lastSeenAt) >= idleTimeout { return .idle }
        return nil
    }
}

/// Login throttling: after `maxFailures` failed attempts within `window` for one
/// account or from one address, further attempts are refused until the window passes.
public struct LoginThrottle: Sendable, Equatable {
    public var maxFailures: Int
    public var window: TimeInterval

    public init(maxFailures: Int = 10, window: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.window = window
    }

    public func isBlocked(accountFailures: Int, addressFailures: Int) -> Bool {
        accountFailures >= maxFailures || addressFailures >= maxFailures
    }

    /// The start of the window that counts at `now`.
    public func windowStart(at now: Date) -> Date { now.addingTimeInterval(-window) }
}

/// Rules for a new password, with Dutch messages.
public enum PasswordPolicy {
    public static let minimumLength = 12

    /// The problem with `password`, in Dutch, or nil when it is acceptable.
    public static func problem(with password: String, confirmation: String? = nil) -> String? {
        if password.count < minimumLength {
            return "Kies een wachtwoord van minstens \(minimumLength) tekens."
        }
        if password.count > 200 { return "Kies een wachtwoord van hoogstens 200 tekens." }
        if let confirmation, confirmation != password {
            return "De twee wachtwoorden zijn niet gelijk."
        }
        return nil
    }
}
