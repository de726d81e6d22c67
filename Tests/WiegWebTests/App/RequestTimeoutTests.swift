import Foundation
import Testing
import Vapor
import VaporTesting
import WiegTestSupport

@testable import WiegWeb

@Suite("Request timeout")
struct RequestTimeoutTests {
    struct Slow: AsyncResponder {
        let seconds: Double
        func respond(to request: Request) async throws -> Response {
            try await Task.sleep(for: .seconds(seconds))
            return Response(status: .ok)
        }
    }

    @Test("handling that takes too long is stopped with a 503 and a Dutch message; quick handling passes")
    func timeout() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let middleware = RequestTimeoutMiddleware(seconds: 2)  // room for a busy CI machine
            let request = Request(application: app, on: app.eventLoopGroup.next())
            await #expect {
                _ = try await middleware.respond(to: request, chainingTo: Slow(seconds: 8)).get()
            } throws: { error in
                (error as? WiegError)?.status == .serviceUnavailable && (error as? WiegError)?.nl.contains("te lang") == true
            }
            let quick = try await middleware.respond(to: request, chainingTo: Slow(seconds: 0.01)).get()
            #expect(quick.status == .ok)
        }
    }
}
