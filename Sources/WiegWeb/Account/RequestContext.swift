import Foundation
import Vapor
import WiegCore
import WiegStore

/// What Wieg knows about the current request: who is signed in (if anyone), the
/// session, the CSRF token forms must carry, and the language.
final class RequestContext: @unchecked Sendable {
    var user: User?
    var session: LoginSession?
    var principal: Principal?
    /// For signed-in users the session's token; for visitors the `wieg_csrf` cookie's.
    var csrfToken: String = ""
    /// Set when the visitor had no CSRF cookie yet: the response sets it.
    var newCSRFCookie: String?
    /// Set when a session cookie was present but the session ended (idle or absolute).
    var expired: SessionPolicy.Expiry?
    var lang: Lang = .nl
    /// Signed in with an API token (Authorization: Bearer) rather than a session cookie.
    var viaToken = false
    /// The path of this page's JSON twin, when it has one (set by the route).
    var jsonTwin: String?
    /// Whose small numbers this viewer sees, once worked out (`Request.smallNumberAccess`).
    var smallNumberAccess: SmallNumberAccess?
}

struct RequestContextKey: StorageKey { typealias Value = RequestContext }

extension Request {
    var wieg: RequestContext {
        if let context = storage[RequestContextKey.self] { return context }
        let context = RequestContext()
        storage[RequestContextKey.self] = context
        return context
    }

    var lang: Lang { wieg.lang }
    var principal: Principal? { wieg.principal }

    /// The principal, or a 403 when nobody is signed in (routes declare access, so this
    /// only fires when a route's declaration is wrong).
    func requirePrincipal() throws -> Principal {
        guard let principal = wieg.principal else { throw WiegError.forbidden }
        return principal
    }

    /// The visitor's address. Behind a trusted reverse proxy (`WIEG_TRUSTED_PROXIES`) it is
    /// the right-most address of `X-Forwarded-For` that is not itself a trusted proxy;
    /// a forwarded header from anyone else is ignored (it could say anything).
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "onbekend"
        let trusted = application.wiegConfig.trustedProxies
        guard !trusted.isEmpty, trusted.contains(peer) else { return peer }
        let forwarded = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return forwarded.last { !trusted.contains($0) } ?? peer
    }

    var isAPI: Bool { url.path.hasPrefix("/api/") }
}
