import Foundation
import Vapor
import WiegCore
import WiegStore

/// Loads the session named by the cookie, ends it when it has timed out (30 minutes
/// idle, 12 hours absolute), and prepares the CSRF token and the language.
/// A plain future middleware: a request without a session cookie or token (parents,
/// the public API) passes without a task hop; only a session or token lookup goes async.
struct SessionMiddleware: Middleware {
    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let context = req.wieg
        context.lang = req.cookies[Lang.cookieName].flatMap { Lang(rawValue: $0.string) } ?? .nl
        if req.isAPI, let bearer = req.headers.bearerAuthorization?.token {
            // Two credentials that could disagree: refuse rather than pick one.
            guard req.cookies[SessionCookie.session] == nil else {
                return req.eventLoop.makeFailedFuture(
                    WiegError(
                        status: .unauthorized,
                        nl: "Stuur óf een sessiecookie óf een API-token mee, niet allebei.",
                        en: "Send either a session cookie or an API token, not both."))
            }
            return req.eventLoop.makeFutureWithTask { try await loadToken(bearer, into: context, req: req) }
                .flatMap { next.respond(to: req) }
        }
        guard let token = req.cookies[SessionCookie.session]?.string, !token.isEmpty else {
            return proceed(req, context, next)
        }
        return req.eventLoop.makeFutureWithTask { try await load(token: token, into: context, req: req) }
            .flatMap { proceed(req, context, next) }
    }

    /// Without a session: the CSRF token from its cookie or a new one (not for the API:
    /// an anonymous API request has no form to protect, and a state-changing one is
    /// refused by `CSRF` for want of a token); then the cookies the response needs.
    private func proceed(_ req: Request, _ context: RequestContext, _ next: any Responder) -> EventLoopFuture<Response> {
        if context.session == nil && !req.isAPI {
            if let token = req.cookies[SessionCookie.csrf]?.string, token.count >= 32 {
                context.csrfToken = token
            } else {
                context.csrfToken = Tokens.random()
                context.newCSRFCookie = context.csrfToken
            }
        }
        return next.respond(to: req).map { response in
            let secure = req.application.wiegConfig.secureCookies
            if let cookie = context.newCSRFCookie, response.cookies[SessionCookie.csrf] == nil {
                response.cookies[SessionCookie.csrf] = SessionCookie.value(cookie, secure: secure)
            }
            if context.expired != nil, response.cookies[SessionCookie.session] == nil {
                response.cookies[SessionCookie.session] = SessionCookie.expired(secure: secure)
            }
            return response
        }
    }

    private func load(token: String, into context: RequestContext, req: Request) async throws {
        let sessions = req.stores.sessions
        guard let session = try await sessions.find(tokenHash: Tokens.sha256(token)) else {
            context.expired = .idle
            return
        }
        let now = req.now
        let policy = req.application.wiegConfig.sessionPolicy
        if let expiry = policy.expiry(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now) {
            try await sessions.delete(session.id)
            context.expired = expiry
            return
        }
        guard let user = session.user, !user.isDisabled else {
            try await sessions.deleteAll(userID: session.userID, except: nil)
            context.expired = .idle
            return
        }
        // Record activity at most once a minute, to keep reads from becoming writes.
        if now.timeIntervalSince(session.lastSeenAt) >= 60 {
            try await sessions.touch(session.id, at: now)
        }
        context.session = session
        context.csrfToken = session.csrfToken
        try await signIn(user, context: context, req: req)
    }

    /// API clients sign in with a token; a wrong or revoked one is a 401, not anonymous.
    private func loadToken(_ text: String, into context: RequestContext, req: Request) async throws {
        guard let token = try await req.stores.tokens.find(token: text), let user = token.user, !user.isDisabled else {
            throw WiegError(
                status: .unauthorized, nl: "Het API-token is ongeldig of ingetrokken.",
                en: "The API token is invalid or has been revoked.")
        }
        if token.lastUsedAt.map({ req.now.timeIntervalSince($0) >= 60 }) ?? true {
            try await req.stores.tokens.touch(token.id, at: req.now)
        }
        context.viaToken = true
        try await signIn(user, context: context, req: req)
    }

    private func signIn(_ user: User, context: RequestContext, req: Request) async throws {
        context.user = user
        let facts = try await req.stores.users.scopeFacts(of: user)
        // The scope is re-checked on every request: a partner whose organisation has left
        // the coalition keeps its account but loses the coalition and the organisation.
        let lost = user.role == .partner && !facts.organisationIsMember
        context.principal = Principal(
            userID: user.id, role: user.role, regionCode: lost ? nil : facts.regionCode,
            coalitionID: lost ? nil : user.coalitionID, organisationID: lost ? nil : user.organisationID)
    }
}
