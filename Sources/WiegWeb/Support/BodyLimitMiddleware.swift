import Vapor

/// Refuses a request body above the configured size with 413 and a Dutch message,
/// before it is read (by its Content-Length) or once it has been (by its size).
struct BodyLimitMiddleware: AsyncMiddleware {
    let limit: Int

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let length = req.headers.first(name: .contentLength).flatMap(Int.init), length > limit {
            throw WiegError.tooLarge(limit: limit)
        }
        if let body = req.body.data, body.readableBytes > limit {
            throw WiegError.tooLarge(limit: limit)
        }
        return try await next.respond(to: req)
    }
}
