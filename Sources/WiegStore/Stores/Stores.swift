import Fluent
import SQLKit

/// Every store on one database: what the web app, the command line and the demo work
/// with. `transaction` gives the same stores inside one transaction, so a change that
/// spans stores stands or falls as a whole.
public struct Stores: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public var users: any UserStore { FluentUserStore(db: db) }
    public var sessions: any SessionStore { FluentSessionStore(db: db) }
    public var areas: any AreaStore { FluentAreaStore(db: db) }
    public var audit: any AuditStore { FluentAuditStore(db: db) }
    public var coalitions: any CoalitionStore { FluentCoalitionStore(db: db) }
    public var tokens: any ApiTokenStore { FluentApiTokenStore(db: db) }
    public var indicators: any IndicatorStore { FluentIndicatorStore(db: db) }
    public var boundaries: any BoundaryStore { FluentBoundaryStore(db: db) }
    public var reach: any ReachStore { FluentReachStore(db: db) }
    public var stories: any StoryStore { FluentStoryStore(db: db) }
    public var network: any NetworkStore { FluentNetworkStore(db: db) }
    public var settings: any SettingStore { FluentSettingStore(db: db) }
    public var referrals: any ReferralStore { FluentReferralStore(db: db) }
    public var errorReports: any ErrorReportStore { FluentErrorReportStore(db: db) }
    public var freshness: any FreshnessStore { FluentFreshnessStore(db: db) }
    public var coalitionWork: any CoalitionWorkStore { FluentCoalitionWorkStore(db: db) }

    /// Runs `body` with stores that all write in one transaction: all or nothing.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (Stores) async throws -> T) async throws -> T {
        try await db.transaction { tx in try await body(Stores(db: tx)) }
    }

    /// Answers when the database does (for `/health`).
    public func ping() async throws {
        try await (db as! any SQLDatabase).raw("SELECT 1").run()
    }
}
