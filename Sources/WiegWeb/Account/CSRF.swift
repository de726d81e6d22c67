import Vapor
import WiegStore

/// A state-changing request (POST, PUT, PATCH, DELETE) must carry the CSRF token of
/// this session (or, before sign-in, of the `wieg_csrf` cookie) in the form field
/// `_csrf` or the `X-CSRF-Token` header. Checked per route, after the body is read.
enum CSRF {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"

    /// Before the body is read: a browser that says the request comes from another site
    /// (`Sec-Fetch-Site: cross-site`) is refused at once.
    static func checkOrigin(_ req: Request) throws {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(req.method), !req.wieg.viaToken else { return }
        // (Origin is not compared with Host: behind a reverse proxy the two may differ.)
        if req.headers.first(name: "Sec-Fetch-Site") == "cross-site" { throw WiegError.csrf }
    }

    static func check(_ req: Request) throws {
        // A bearer token is not sent by browsers on their own, so it needs no CSRF token.
        guard [.POST, .PUT, .PATCH, .DELETE].contains(req.method), !req.wieg.viaToken else { return }
        let expected = req.wieg.csrfToken
        let sent = req.headers.first(name: header) ?? (try? req.content.get(String.self, at: field))
        guard let sent, !expected.isEmpty, req.wieg.newCSRFCookie == nil,
            Tokens.constantTimeEquals(sent, expected)
        else {
            throw WiegError.csrf
        }
    }
}
