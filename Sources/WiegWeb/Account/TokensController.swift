import Foundation
import Vapor
import WiegCore
import WiegStore

/// API tokens for machine clients: made by a user for their own scope, shown once,
/// stored hashed, revocable, listed with their last use.
enum TokensController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .tokens, access: .signedIn, use: index)
        routes.on(.POST, .tokens, access: .signedIn, use: create)
        routes.on(.GET, .tokenRevoke(":id"), access: .signedIn, use: confirmRevoke)
        routes.on(.POST, .tokenRevoke(":id"), access: .signedIn, use: revoke)
    }

    struct Form: Content { var name: String? }

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try signedInUser(req)
        let notice =
            req.query[String.self, at: "melding"] == "ingetrokken"
            ? req.lang.t("Het token is ingetrokken en werkt niet meer.", "The token has been revoked and no longer works.") : nil
        return TokensView.render(
            req.shell, tokens: try await req.stores.tokens.list(userID: user.id), created: nil,
            error: nil, notice: notice)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try signedInUser(req)
        let name = (try req.content.decode(Form.self).name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else {
            return TokensView.render(
                req.shell, tokens: try await req.stores.tokens.list(userID: user.id), created: nil,
                error: req.lang.t(
                    "Geef het token een naam (hoogstens 100 tekens), bijvoorbeeld het systeem dat het gebruikt.",
                    "Give the token a name (at most 100 characters), e.g. the system that uses it."),
                notice: nil, status: .unprocessableEntity)
        }
        let (_, text) = try await req.stores.tokens.create(name: name, userID: user.id, at: req.now, by: req.auditActor)
        return TokensView.render(
            req.shell, tokens: try await req.stores.tokens.list(userID: user.id), created: text, error: nil, notice: nil)
    }

    static func ownToken(_ req: Request) async throws -> ApiToken {
        let user = try signedInUser(req)
        guard let id = req.parameters.get("id", as: UUID.self),
            let token = try await req.stores.tokens.list(userID: user.id).first(where: { $0.id == id }), !token.isRevoked
        else {
            throw WiegError.notFound(
                "Dit token bestaat niet of is al ingetrokken.", "This token does not exist or has already been revoked.")
        }
        return token
    }

    @Sendable static func confirmRevoke(req: Request) async throws -> Response {
        let token = try await ownToken(req)
        return ConfirmView.render(
            req.shell,
            title: req.lang.t("Token intrekken?", "Revoke token?"),
            message: req.lang.t(
                "Systemen die het token '\(token.name)' gebruiken, krijgen daarna geen toegang meer. Dit kan niet ongedaan worden gemaakt; u kunt wel een nieuw token maken.",
                "Systems using the token '\(token.name)' lose access. This cannot be undone; you can make a new token."),
            action: SiteURL.tokenRevoke(token.id.uuidString).path, confirm: req.lang.t("Ja, intrekken", "Yes, revoke"),
            cancel: SiteURL.tokens.path)
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let token = try await ownToken(req)
        _ = try await req.stores.tokens.revoke(token.id, userID: token.userID, at: req.now, by: req.auditActor)
        return req.redirect(to: SiteURL.tokens.with([("melding", "ingetrokken")]), redirectType: .normal)
    }

    static func signedInUser(_ req: Request) throws -> User {
        guard let user = req.wieg.user else { throw WiegError.forbidden }
        return user
    }
}
