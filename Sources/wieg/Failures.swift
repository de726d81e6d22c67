import Foundation
import WiegStore

/// Maps errors to one sentence a person running Wieg can act on.
enum Failures {
    struct Message: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func sentence(for error: any Error, databaseURL: String) -> String {
        if let message = error as? Message { return message.description }
        if let invalid = error as? DatabaseLocation.InvalidURL { return invalid.description }
        let detail = String(reflecting: error)
        let target = (try? DatabaseLocation.parse(databaseURL))?.description ?? "the database"
        if detail.contains("Address already in use") || detail.contains("errno: 98") {
            return "The port is already in use: stop the other program or choose another port with --port."
        }
        if detail.contains("28P01") || detail.contains("password authentication failed") {
            return "\(target) refused the user name or password in the database URL."
        }
        if detail.contains("3D000") {
            return "\(target) has no such database: create it first (createdb) or correct the URL."
        }
        if detail.contains("connectionRefused") || detail.contains("Connection refused") || detail.contains("connectTimeout")
            || detail.contains("NIOConnectionError") || detail.contains("connectionError") || detail.contains("unresolvable")
        {
            return "Cannot reach \(target): check that PostgreSQL is running and that host and port are right."
        }
        if detail.contains("unable to open database file") || detail.contains("readonly") || detail.contains("cantOpen") {
            return "Cannot open \(target): check that the file and its folder are writable."
        }
        if detail.contains("file is not a database") || detail.contains("notADatabase") {
            return "\(target) is not an SQLite database file."
        }
        return "Failed: \(String(describing: error))"
    }
}
