import Vapor
import WiegCore

/// Security headers on every response. The Content-Security-Policy allows no inline
/// script or style: pages load `/static/wieg.css` and nothing else. A plain (future)
/// middleware: an async one costs a Task per request, measurable under load.
struct SecurityHeadersMiddleware: Middleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "form-action 'self'", "base-uri 'none'", "object-src 'none'", "frame-ancestors 'none'"
    ].joined(separator: "; ")

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // The error middleware runs inside this one, so error pages get the headers too.
        next.respond(to: req).map { response in Self.addHeaders(to: response, for: req) }
    }

    static let headers: [(String, String)] = [
        ("Content-Security-Policy", Self.contentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    ]

    static func addHeaders(to response: Response, for req: Request) -> Response {
        dropBrokenHeaders(response, req)
        // A page that set its own policy (the embeddable finder) says who may frame it there;
        // X-Frame-Options cannot name sites, so it is left off such a page.
        let ownPolicy = response.headers.contains(name: "Content-Security-Policy")
        for (name, value) in headers where !response.headers.contains(name: name) && !(ownPolicy && name == "X-Frame-Options") {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        if req.application.wiegConfig.secureCookies {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        if req.route?.access != .everyone || req.principal != nil {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }

    /// No response header may carry CR, LF or NUL: such a value would split into a header of
    /// the sender's choosing. Checked here for every response, whatever set the header; the
    /// header is dropped (a redirect then goes home) and the fault is logged.
    static func dropBrokenHeaders(_ response: Response, _ req: Request) {
        let broken = response.headers.filter { LocalPath.breaksHeader($0.name) || LocalPath.breaksHeader($0.value) }
        guard !broken.isEmpty else { return }
        for (name, _) in broken { response.headers.remove(name: name) }
        if broken.contains(where: { $0.name.lowercased() == "location" }) {
            response.headers.replaceOrAdd(name: .location, value: "/")
        }
        req.logger.error(
            "Dropped response headers with a line break", metadata: ["headers": .string(broken.map(\.name).joined(separator: ","))])
    }
}
