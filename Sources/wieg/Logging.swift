import Foundation
import NIOConcurrencyHelpers
import Vapor

/// While a command starts (connecting, migrating) failures are reported as one
/// sentence by `Failures`, so log lines below critical are held back; once the server
/// runs, the normal level (LOG_LEVEL, default info) applies.
enum LogGate {
    private static let minimum = NIOLockedValueBox<Logger.Level>(.critical)

    static var level: Logger.Level {
        get { minimum.withLockedValue { $0 } }
        set { minimum.withLockedValue { $0 = newValue } }
    }

    static func open() {
        level = Env.string("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info
    }
}

struct GatedLogHandler: LogHandler {
    var inner: ConsoleLogger

    var logLevel: Logger.Level {
        get { LogGate.level }
        set {}
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        guard event.level >= LogGate.level else { return }
        inner.log(event: event)
    }
}
