import Vapor

/// Refuses an address or a set of headers no Wieg page needs: 414 for an address longer
/// than 8 kB or with more than 200 query parameters, 431 for headers above 32 kB together
/// (problem JSON under /api, a page otherwise). Requests beyond the HTTP parser's own limit
/// (80 kB of request line and headers) never reach Wieg: the connection is closed; a
/// reverse proxy in front answers those (see the README, *Running behind a proxy*).
struct RequestSizeMiddleware: Middleware {
    static let maxURLBytes = 8 * 1024
    static let maxQueryParameters = 200
    static let maxHeaderBytes = 32 * 1024

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let url = req.url.string.utf8.count
        let parameters = req.url.query.map { $0.utf8.reduce(1) { $1 == UInt8(ascii: "&") ? $0 + 1 : $0 } } ?? 0
        if url > Self.maxURLBytes || parameters > Self.maxQueryParameters {
            return req.eventLoop.makeFailedFuture(
                WiegError(
                    status: .uriTooLong,
                    nl:
                        "Dit adres is te lang (hoogstens \(Self.maxURLBytes / 1024) kB en \(Self.maxQueryParameters) zoekvelden). Gebruik een korter adres of zoek opnieuw.",
                    en:
                        "This address is too long (at most \(Self.maxURLBytes / 1024) kB and \(Self.maxQueryParameters) query fields). Use a shorter address or search again."
                ))
        }
        let headers = req.headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 }
        if headers > Self.maxHeaderBytes {
            return req.eventLoop.makeFailedFuture(
                WiegError(
                    status: .requestHeaderFieldsTooLarge,
                    nl:
                        "De kopregels van dit verzoek zijn samen te groot (hoogstens \(Self.maxHeaderBytes / 1024) kB). Verwijder de cookies van deze site en probeer het opnieuw.",
                    en:
                        "This request's headers are too large together (at most \(Self.maxHeaderBytes / 1024) kB). Delete this site's cookies and try again."
                ))
        }
        return next.respond(to: req)
    }
}
