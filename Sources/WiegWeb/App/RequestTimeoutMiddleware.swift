import NIOConcurrencyHelpers
import Vapor

/// Answers 503 with a Dutch message when handling a request takes longer than the
/// limit. (Slow *clients* are cut off by the server's idle timeout; this bounds slow
/// *handling*.) A plain future middleware: a timer on the request's event loop, no task
/// per request, and none at all for a request answered at once (the search API's fast
/// path), which cannot run late. The handler's work is not cancelled — database work in
/// flight finishes or rolls back as its own transaction decides — but its late answer is
/// dropped.
struct RequestTimeoutMiddleware: Middleware {
    let seconds: Double

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let answer = next.respond(to: req)
        // A future that is already complete runs the callback right here, on the loop.
        let answered = NIOLockedValueBox(false)
        if req.eventLoop.inEventLoop {
            answer.whenComplete { _ in answered.withLockedValue { $0 = true } }
            if answered.withLockedValue({ $0 }) { return answer }
        }
        let promise = req.eventLoop.makePromise(of: Response.self)
        let settled = NIOLockedValueBox(false)
        @Sendable func settle(_ result: Result<Response, any Error>) {
            guard
                settled.withLockedValue({ done in
                    defer { done = true }
                    return !done
                })
            else { return }
            promise.completeWith(result)
        }
        let timer = req.eventLoop.scheduleTask(in: .nanoseconds(Int64(seconds * 1_000_000_000))) {
            req.logger.warning("Request \(req.method) \(req.url.path) took longer than \(seconds) s")
            settle(
                .failure(
                    WiegError(
                        status: .serviceUnavailable,
                        nl:
                            "Het verzoek duurde te lang en is afgebroken. Probeer het zo nog eens; blijft het misgaan, meld het dan bij uw beheerder.",
                        en:
                            "The request took too long and was stopped. Please try again shortly; if it keeps failing, tell your administrator."
                    )))
        }
        answer.whenComplete { result in
            timer.cancel()
            settle(result)
        }
        return promise.futureResult
    }
}
