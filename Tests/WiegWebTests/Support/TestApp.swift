import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegDemo
@testable import WiegWeb

/// A clock tests move forward, to test timeouts without waiting.
final class TestClock: Sendable {
    private let current = NIOLockedValueBox(Date(timeIntervalSince1970: 1_790_000_000))
    func now() -> Date { current.withLockedValue { $0 } }
    func advance(minutes: Double) { current.withLockedValue { $0.addTimeInterval(minutes * 60) } }
}

/// Runs `body` with a configured, migrated Wieg on a fresh database of `kind`, with
/// the demo data loaded (accounts with `DemoData.password`) unless `demo` is false.
func withWiegApp(
    _ kind: TestDatabase, demo: Bool = true, configure: (inout WiegConfig) -> Void = { _ in },
    _ body: (Application, TestClock) async throws -> Void
) async throws {
    try await kind.withFreshLocation { location in
        let clock = TestClock()
        var config = WiegConfig(database: location, bcryptCost: 4, now: { clock.now() })
        configure(&config)
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await WiegWeb.configure(app, config)
            try await app.autoMigrate()
            if demo { try await DemoData.load(on: app.db, hash: { try app.password.hash($0) }) }
            try await body(app, clock)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

extension Application {
    func user(_ email: String) async throws -> User {
        guard let user = try await FluentUserStore(db: db).find(email: email) else { throw Abort(.notFound, reason: "no \(email)") }
        return user
    }
}

/// `withWiegApp` with mail to a local SMTP sink (`FakeSMTPServer`) and a public address, so
/// Wieg mails; the sink is stopped afterwards, also when the body fails.
func withMailingWiegApp(
    _ kind: TestDatabase, _ body: (Application, TestClock, FakeSMTPServer) async throws -> Void
) async throws {
    let smtp = try await FakeSMTPServer()
    do {
        try await withWiegApp(
            kind,
            configure: {
                $0.mail = MailSettings(host: "127.0.0.1", port: smtp.port, from: "wieg@gemeente.example")
                $0.publicURL = "https://wieg.gemeente.example"
            }
        ) { app, clock in try await body(app, clock, smtp) }
    } catch {
        try? await smtp.stop()
        throw error
    }
    try await smtp.stop()
}
