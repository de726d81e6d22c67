import Foundation
import Vapor
import WiegStore

struct WiegConfigKey: StorageKey { typealias Value = WiegConfig }

extension Application {
    var wiegConfig: WiegConfig {
        get {
            guard let config = storage[WiegConfigKey.self] else { fatalError("configure(_:_:) was not called") }
            return config
        }
        set { storage[WiegConfigKey.self] = newValue }
    }
}

extension Request {
    /// The current time, from the configured clock (tests move it).
    var now: Date { application.wiegConfig.now() }

    /// The audit actor for changes made in this request.
    var auditActor: AuditActor {
        AuditActor(userID: wieg.user?.id, label: wieg.user?.email ?? "anoniem")
    }
}

/// A bcrypt hash of a random string, made at start-up with the configured cost: a
/// sign-in for an unknown account checks against it, so it takes as long as a real one.
struct DummyHashKey: StorageKey { typealias Value = Task<String, Never> }

extension Application {
    /// Where this application keeps its data, safe to print (no password).
    public var wiegDatabaseDescription: String { wiegConfig.database.description }
}
