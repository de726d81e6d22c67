import Foundation
import Vapor
import WiegStore

/// The signed-in user's own account: details and sessions, with the means to end
/// other sessions (e.g. a computer left signed in elsewhere).
enum AccountController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .account, access: .signedIn, use: show)
        routes.on(.POST, .endSession(":id"), access: .signedIn, use: endSession)
        routes.on(.POST, .endOtherSessions, access: .signedIn, use: endOthers)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let user = req.wieg.user, let current = req.wieg.session else { throw WiegError.forbidden }
        let sessions = try await req.stores.sessions.list(userID: user.id)
        let notice: String? =
            switch req.query[String.self, at: "melding"] {
            case "beeindigd": req.lang.t("De sessie is beëindigd.", "The session has ended.")
            case "andere": req.lang.t("Uw andere sessies zijn beëindigd.", "Your other sessions have ended.")
            default: nil
            }
        return AccountView.render(req.shell, user: user, sessions: sessions, currentID: current.id, notice: notice)
    }

    @Sendable static func endSession(req: Request) async throws -> Response {
        guard let user = req.wieg.user, let id = req.parameters.get("id", as: UUID.self) else { throw WiegError.notFound }
        let sessions = try await req.stores.sessions.list(userID: user.id)
        // Only one's own sessions can be ended here; another user's id is simply not found.
        guard sessions.contains(where: { $0.id == id }) else { throw WiegError.notFound }
        try await req.stores.sessions.delete(id)
        if id == req.wieg.session?.id {
            let response = req.redirect(to: SiteURL.login.with([("melding", "uitgelogd")]), redirectType: .normal)
            response.cookies[SessionCookie.session] = SessionCookie.expired(secure: req.application.wiegConfig.secureCookies)
            return response
        }
        return req.redirect(to: SiteURL.account.with([("melding", "beeindigd")]), redirectType: .normal)
    }

    @Sendable static func endOthers(req: Request) async throws -> Response {
        guard let user = req.wieg.user, let current = req.wieg.session else { throw WiegError.forbidden }
        try await req.stores.sessions.deleteAll(userID: user.id, except: current.id)
        return req.redirect(to: SiteURL.account.with([("melding", "andere")]), redirectType: .normal)
    }
}
