import Vapor

/// Answers 503 with a Dutch message when handling a request takes longer than the
/// limit, and cancels the work. (Slow *clients* are cut off by the server's idle
/// timeout; this bounds slow *handling*.)
struct RequestTimeoutMiddleware: AsyncMiddleware {
    let seconds: Double

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await withThrowingTaskGroup(of: Response?.self) { group in
            group.addTask { try await next.respond(to: req) }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let response = first else {
                req.logger.warning("Request \(req.method) \(req.url.path) took longer than \(seconds) s")
                throw WiegError(status: .serviceUnavailable,
                                nl: "Het verzoek duurde te lang en is afgebroken. Probeer het zo nog eens; blijft het misgaan, meld het dan bij uw beheerder.",
                                en: "The request took too long and was stopped. Please try again shortly; if it keeps failing, tell your administrator.")
            }
            return response
        }
    }
}
