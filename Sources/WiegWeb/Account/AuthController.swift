import Foundation
import Vapor
import WiegCore
import WiegStore

/// Sign in, sign out, and setting a password from an invite link.
enum AuthController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .login, access: .everyone, use: loginForm)
        routes.on(.POST, .login, access: .everyone, use: login)
        routes.on(.POST, .logout, access: .signedIn, use: logout)
        routes.on(.GET, .setPassword(":token"), access: .everyone, use: setPasswordForm)
        routes.on(.POST, .setPassword(":token"), access: .everyone, use: setPassword)
    }

    struct LoginForm: Content {
        var email: String?
        var password: String?
        var volgende: String?
    }

    @Sendable static func loginForm(req: Request) async throws -> Response {
        if req.principal != nil { return req.redirect(to: SiteURL.home.path) }
        let notice: String? =
            switch (req.wieg.expired, req.query[String.self, at: "melding"]) {
            case (.some(.idle), _), (nil, "verlopen"):
                req.lang.t(
                    "Uw sessie is verlopen omdat u 30 minuten niets deed. Log opnieuw in.",
                    "Your session expired after 30 minutes without activity. Please sign in again.")
            case (.some(.absolute), _), (nil, "beeindigd"):
                req.lang.t(
                    "Uw sessie is na 12 uur beëindigd. Log opnieuw in.",
                    "Your session ended after 12 hours. Please sign in again.")
            case (_, "uitgelogd"): req.lang.t("U bent uitgelogd.", "You have signed out.")
            case (_, "wachtwoord"):
                req.lang.t("Uw wachtwoord is ingesteld. U kunt nu inloggen.", "Your password has been set. You can sign in now.")
            default: nil
            }
        return LoginView.render(
            req.shell, email: "", next: LocalPath.safe(req.query[String.self, at: "volgende"]), error: nil, notice: notice)
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let email = User.normalise(email: form.email ?? "")
        let password = form.password ?? ""
        let next = LocalPath.safe(form.volgende)
        let config = req.application.wiegConfig
        let now = req.now
        let sessions = req.stores.sessions
        let since = config.loginThrottle.windowStart(at: now)
        let address = req.clientAddress
        let decision = config.loginThrottle.decide(
            .init(
                accountFromAddress: try await sessions.failedLogins(email: email, ip: address, since: since),
                account: try await sessions.failedLogins(email: email, since: since),
                address: try await sessions.failedLogins(ip: address, since: since)))
        if decision == .slowDown { try await Task.sleep(for: .seconds(config.loginThrottle.slowDown)) }
        if decision == .block {
            let minutes = Int(config.loginThrottle.window / 60)
            return LoginView.render(
                req.shell, email: email, next: next,
                error: req.lang.t(
                    "Te veel mislukte pogingen om in te loggen. Wacht \(minutes) minuten en probeer het dan opnieuw.",
                    "Too many failed sign-in attempts. Wait \(minutes) minutes and try again."), notice: nil, status: .tooManyRequests)
        }
        let user = try await req.stores.users.find(email: email)
        var valid = false
        if let user, let hash = user.passwordHash, !user.isDisabled {
            valid = (try? await req.password.async.verify(password, created: hash)) ?? false
        } else {
            // Spend the same time as a real check, so timing does not reveal accounts.
            _ = try? await req.password.async.verify(password, created: await Self.dummyHash(req))
        }
        try await sessions.recordLogin(email: email, ip: req.clientAddress, succeeded: valid, at: now)
        guard valid, let user else {
            return LoginView.render(
                req.shell, email: email, next: next,
                error: req.lang.t(
                    "Inloggen lukt niet: het e-mailadres of het wachtwoord klopt niet, of het account is uitgeschakeld.",
                    "Sign-in failed: the e-mail address or password is wrong, or the account is disabled."), notice: nil,
                status: .unauthorized)
        }
        // A new session id at every sign-in; the visitor's old cookies are replaced.
        if let old = req.wieg.session { try await sessions.delete(old.id) }
        let token = Tokens.random()
        let session = LoginSession(
            tokenHash: Tokens.sha256(token), userID: user.id, csrfToken: Tokens.random(), createdAt: now,
            ip: req.clientAddress, userAgent: req.headers.first(name: .userAgent) ?? "")
        try await sessions.create(session)
        try await req.stores.users.recordSignIn(user.id, at: now)
        let response = req.redirect(to: next ?? SiteURL.home.path, redirectType: .normal)
        response.cookies[SessionCookie.session] = SessionCookie.value(token, secure: config.secureCookies)
        response.cookies[SessionCookie.csrf] = SessionCookie.expired(secure: config.secureCookies)
        return response
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        if let session = req.wieg.session { try await req.stores.sessions.delete(session.id) }
        let response = req.redirect(to: SiteURL.login.with([("melding", "uitgelogd")]), redirectType: .normal)
        response.cookies[SessionCookie.session] = SessionCookie.expired(secure: req.application.wiegConfig.secureCookies)
        return response
    }

    static func dummyHash(_ req: Request) async -> String {
        await req.application.storage[DummyHashKey.self]?.value ?? ""
    }

    // MARK: Set password (invite)

    struct SetPasswordForm: Content {
        var password: String?
        var confirmation: String?
    }

    static func invitee(_ req: Request) async throws -> User {
        let token = req.parameters.get("token") ?? ""
        guard let user = try await req.stores.users.find(inviteTokenHash: Tokens.sha256(token)),
            let expires = user.inviteExpiresAt, expires > req.now, !user.isDisabled
        else {
            throw WiegError.notFound(
                "Deze link om een wachtwoord in te stellen is ongeldig of verlopen (een link is 72 uur geldig). Vraag degene die u uitnodigde om een nieuwe link.",
                "This link to set a password is invalid or has expired (a link is valid for 72 hours). Ask the person who invited you for a new link."
            )
        }
        return user
    }

    @Sendable static func setPasswordForm(req: Request) async throws -> Response {
        let user = try await invitee(req)
        return SetPasswordView.render(req.shell, email: user.email, error: nil)
    }

    @Sendable static func setPassword(req: Request) async throws -> Response {
        var user = try await invitee(req)
        let form = try req.content.decode(SetPasswordForm.self)
        let password = form.password ?? ""
        if let problem = PasswordPolicy.problem(with: password, confirmation: form.confirmation ?? "") {
            return SetPasswordView.render(
                req.shell, email: user.email, error: req.lang.t(problem.dutch, problem.english),
                status: .unprocessableEntity)
        }
        let before = user.snapshot
        user.passwordHash = try await req.password.async.hash(password)
        user.inviteTokenHash = nil
        user.inviteExpiresAt = nil
        // A new password ends every session that may have used the old one (the tokens
        // were revoked when the reset was asked for).
        try await req.stores.users.updateEndingAccess(
            user, before: before, by: AuditActor(userID: user.id, label: user.email), revokingTokensAt: nil)
        return req.redirect(to: SiteURL.login.with([("melding", "wachtwoord")]), redirectType: .normal)
    }
}
