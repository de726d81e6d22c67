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

/// Rules for a new password.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumLength = 200

    public enum Problem: Sendable, Equatable {
        case tooShort, tooLong, mismatch

        public var dutch: String {
            switch self {
            case .tooShort: "Kies een wachtwoord van minstens \(PasswordPolicy.minimumLength) tekens."
            case .tooLong: "Kies een wachtwoord van hoogstens \(PasswordPolicy.maximumLength) tekens."
            case .mismatch: "De twee wachtwoorden zijn niet gelijk."
            }
        }

        public var english: String {
            switch self {
            case .tooShort: "Choose a password of at least \(PasswordPolicy.minimumLength) characters."
            case .tooLong: "Choose a password of at most \(PasswordPolicy.maximumLength) characters."
            case .mismatch: "The two passwords are not the same."
            }
        }
    }

    /// The problem with `password`, or nil when it is acceptable.
    public static func problem(with password: String, confirmation: String? = nil) -> Problem? {
        if password.count < minimumLength { return .tooShort }
        if password.count > maximumLength { return .tooLong }
        if let confirmation, confirmation != password { return .mismatch }
        return nil
    }
}
