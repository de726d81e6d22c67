import Vapor
import WiegStore

/// Housekeeping a beheerder should not have to do by hand: ended sessions and old
/// sign-in attempts (they hold addresses and browsers) are forgotten.
public enum Maintenance {
    /// How long sign-in attempts are kept (for throttling and for tracing an attack).
    public static let attemptRetention: TimeInterval = 30 * 24 * 3600

    /// Purges once; returns how many rows went.
    @discardableResult
    public static func purge(_ app: Application, now: Date) async throws -> Int {
        let policy = app.wiegConfig.sessionPolicy
        return try await app.stores.sessions.purge(
            sessionsEndedBefore: now.addingTimeInterval(-policy.absoluteTimeout),
            idleBefore: now.addingTimeInterval(-policy.idleTimeout),
            attemptsBefore: now.addingTimeInterval(-attemptRetention))
    }

    /// Purges now and then every hour while the server runs; builds the monitoring pages'
    /// disclosure maps right after the start and again half a minute after figures change.
    public static func schedule(_ app: Application) {
        let loop = app.eventLoopGroup.next()
        loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: .hours(1)) { _ in
            loop.makeFutureWithTask {
                do { try await purge(app, now: app.wiegConfig.now()) } catch { app.logger.error("Purging ended sessions failed: \(error)") }
            }
        }
        loop.scheduleRepeatedAsyncTask(initialDelay: .milliseconds(100), delay: .seconds(30)) { _ in
            loop.makeFutureWithTask {
                do {
                    let started = Date()
                    let built = try await app.monitoringCache.warm(stores: app.stores)
                    if built > 0 {
                        app.logger.info(
                            "Monitoring: \(built) disclosure maps built in \(Int(Date().timeIntervalSince(started) * 1000)) ms.")
                    }
                } catch {
                    app.logger.error("Building the disclosure maps failed: \(error)")
                }
            }
        }
    }
}
