import Fluent
import Vapor

// Where the database plugs into the application. Fluent's Vapor integration lives here,
// so the web app and the command line reach the database only through `Stores`.

extension Application {
    /// Sets up the database at `location` and registers Wieg's migrations.
    public func useWiegDatabase(_ location: DatabaseLocation, logQueries: Bool = false) throws {
        try location.configure(databases, logQueries: logQueries)
        WiegMigrations.register(on: migrations)
    }

    /// The stores on the application's database.
    public var stores: Stores { Stores(db: db) }
}

extension Request {
    /// The stores on the request's database.
    public var stores: Stores { Stores(db: db) }
}
