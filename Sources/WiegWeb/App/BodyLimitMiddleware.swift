import Vapor

/// Refuses a request body above the configured size with 413 and a Dutch message,
/// before it is read (by its Content-Length) or once it has been (by its size).
struct BodyLimitMiddleware: Middleware {
    let limit: Int

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if let length = req.headers.first(name: .contentLength).flatMap(Int.init), length > limit {
            return req.eventLoop.makeFailedFuture(WiegError.tooLarge(limit: limit))
        }
        if let body = req.body.data, body.readableBytes > limit {
            return req.eventLoop.makeFailedFuture(WiegError.tooLarge(limit: limit))
        }
        return next.respond(to: req)
    }
}
