import Fluent
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

/// The stores a request works with, all on the request's database.
struct Stores {
    let db: any Database
    var users: any UserStore { FluentUserStore(db: db) }
    var sessions: any SessionStore { FluentSessionStore(db: db) }
    var areas: any AreaStore { FluentAreaStore(db: db) }
    var audit: any AuditStore { FluentAuditStore(db: db) }
    var coalitions: any CoalitionStore { FluentCoalitionStore(db: db) }
    var tokens: any ApiTokenStore { FluentApiTokenStore(db: db) }
    var indicators: any IndicatorStore { FluentIndicatorStore(db: db) }
    var boundaries: any BoundaryStore { FluentBoundaryStore(db: db) }
    var reach: any ReachStore { FluentReachStore(db: db) }
    var stories: any StoryStore { FluentStoryStore(db: db) }
    var network: any NetworkStore { FluentNetworkStore(db: db) }
    var coalitionWork: any CoalitionWorkStore { FluentCoalitionWorkStore(db: db) }
}

extension Request {
    var stores: Stores { Stores(db: db) }
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
