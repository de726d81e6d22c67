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
    /// Failed sign-ins for one account from one address before that pair is blocked.
    public var maxFailures: Int
    /// Failed sign-ins from one address (any accounts) before the address is blocked.
    public var maxAddressFailures: Int
    public var window: TimeInterval
    /// The pause before checking a password of an account that failed elsewhere.
    public var slowDown: TimeInterval

    public init(maxFailures: Int = 10, maxAddressFailures: Int = 30, window: TimeInterval = 15 * 60, slowDown: TimeInterval = 1) {
        self.maxFailures = maxFailures
        self.maxAddressFailures = maxAddressFailures
        self.window = window
        self.slowDown = slowDown
    }

    /// The failures that count for one sign-in attempt, within the window.
    public struct Failures: Sendable, Equatable {
        /// For this account from this address.
        public var accountFromAddress: Int
        /// For this account from every address.
        public var account: Int
        /// From this address, for every account.
        public var address: Int

        public init(accountFromAddress: Int, account: Int, address: Int) {
            self.accountFromAddress = accountFromAddress
            self.account = account
            self.address = address
        }
    }

    public enum Decision: Sendable, Equatable {
        case allow
        /// Check the password after a pause: the account failed from other addresses.
        case slowDown
        case block
    }

    /// Throttled per account-and-address and per address. Failures from other addresses
    /// slow an account down but never block a correct password from an address that has
    /// not failed: whoever knows an address cannot keep its owner out.
    public func decide(_ failures: Failures) -> Decision {
        if failures.accountFromAddress >= maxFailures || failures.address >= maxAddressFailures { return .block }
        if failures.account >= maxFailures { return .slowDown }
        return .allow
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
