import Foundation
import Vapor
import WiegCore
import WiegStore

/// Account management: a beheerder manages everyone, a regio user the accounts in its
/// region, a coordinator those of its coalition. Accounts are disabled, never deleted.
enum UsersController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .users, access: .userManagers, use: index)
        routes.on(.GET, .apiUsers, access: .userManagers, use: indexJSON)
        routes.on(.GET, .userNew, access: .userManagers, use: new)
        routes.on(.POST, .users, access: .userManagers, use: create)
        routes.on(.GET, .user(":id"), access: .userManagers, use: show)
        routes.on(.POST, .user(":id"), access: .userManagers, use: update)
        routes.on(.GET, .userDisable(":id"), access: .userManagers, use: confirmDisable)
        routes.on(.POST, .userDisable(":id"), access: .userManagers, use: disable)
        routes.on(.POST, .userEnable(":id"), access: .userManagers, use: enable)
        routes.on(.POST, .userInvite(":id"), access: .userManagers, use: reinvite)
    }

    static func filter(_ req: Request, actor: Principal) -> UserFilter {
        let scope = UserScope.of(actor)
        return UserFilter(
            role: req.query[String.self, at: "rol"].flatMap(Role.init(rawValue:)),
            text: req.query[String.self, at: "zoek"],
            regionCodes: scope.regionCodes, coalitionIDs: scope.coalitionIDs)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        let filter = filter(req, actor: actor)
        let page = try await req.stores.users.list(filter, page: req.listPage)
        return UsersIndexView.render(req.shell, page: page, filter: filter)
    }

    @Sendable static func indexJSON(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        var filter = filter(req, actor: actor)
        filter.role = try req.apiEnum("rol", Role.self)
        _ = try req.apiString("zoek", maxLength: 200)
        let page = try await req.stores.users.list(filter, page: try req.apiPage())
        return try await APIPage(page.map(UserJSON.init)).encodeResponse(for: req)
    }

    /// The account with the id in the path, if the actor may manage it; 404 otherwise
    /// (an account outside one's scope is not acknowledged to exist).
    static func managed(_ req: Request, actor: Principal) async throws -> User {
        guard let id = req.parameters.get("id", as: UUID.self), let user = try await req.stores.users.find(id),
            UserManagementPolicy.canManage(actor, try await req.stores.users.scopeFacts(of: user))
        else {
            throw WiegError.notFound(
                "Dit account bestaat niet, of valt buiten uw regio of coalitie.",
                "This account does not exist, or lies outside your region or coalition.")
        }
        return user
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        let choices = try await UserForm.choices(for: actor, req: req)
        return UserFormView.render(req.shell, form: UserForm(), choices: choices, errors: [], user: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        let form = try req.content.decode(UserForm.self)
        let choices = try await UserForm.choices(for: actor, req: req)
        switch try await form.validate(actor: actor, choices: choices, lang: req.lang, isNew: true, req: req) {
        case .failure(let errors):
            return UserFormView.render(req.shell, form: form, choices: choices, errors: errors, user: nil, status: .unprocessableEntity)
        case .success(let valid):
            var user = User(
                email: valid.email, name: valid.name, role: valid.role, regionCode: valid.regionCode,
                coalitionID: valid.coalition?.id, organisationID: valid.organisationID)
            let token = Tokens.random()
            user.inviteTokenHash = Tokens.sha256(token)
            user.inviteExpiresAt = req.now.addingTimeInterval(req.application.wiegConfig.inviteValidity)
            try await req.stores.users.create(user, by: req.auditActor)
            let mailed = try await Invites.send(to: user, token: token, req: req)
            return InviteView.render(req.shell, user: user, link: Invites.link(token, req: req), mailed: mailed)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        let user = try await managed(req, actor: actor)
        let choices = try await UserForm.choices(for: actor, req: req, editing: user)
        let coalition = try await user.coalitionID.asyncMap { try await req.stores.coalitions.find($0) } ?? nil
        let form = UserForm(
            email: user.email, name: user.name, role: user.role.rawValue, region: user.regionCode,
            coalition: coalition?.slug,
            organisation: try await user.organisationID.asyncMap { try await req.stores.coalitions.organisation($0) }??.slug)
        let history = try await req.stores.audit.list(
            AuditFilter(entityType: "user", entityID: user.id.uuidString), page: PageQuery(size: 20))
        let notice: String? =
            switch req.query[String.self, at: "melding"] {
            case "opgeslagen": req.lang.t("De wijzigingen zijn opgeslagen.", "The changes have been saved.")
            case "uitgeschakeld":
                req.lang.t(
                    "Het account is uitgeschakeld; alle sessies zijn beëindigd.",
                    "The account has been disabled; all its sessions have ended.")
            case "ingeschakeld": req.lang.t("Het account is weer ingeschakeld.", "The account has been enabled again.")
            default: nil
            }
        return UserFormView.render(req.shell, form: form, choices: choices, errors: [], user: user, history: history.items, notice: notice)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        var user = try await managed(req, actor: actor)
        var form = try req.content.decode(UserForm.self)
        form.email = user.email
        let choices = try await UserForm.choices(for: actor, req: req, editing: user)
        // One's own role is said first: other checks would only hide that rule.
        if user.id == actor.userID, let role = form.role, role != user.role.rawValue {
            let error = Forms.FieldError(
                field: "role", message: req.lang.t("U kunt uw eigen rol niet wijzigen.", "You cannot change your own role."))
            return UserFormView.render(req.shell, form: form, choices: choices, errors: [error], user: user, status: .unprocessableEntity)
        }
        switch try await form.validate(actor: actor, choices: choices, lang: req.lang, isNew: false, req: req, editing: user) {
        case .failure(let errors):
            return UserFormView.render(req.shell, form: form, choices: choices, errors: errors, user: user, status: .unprocessableEntity)
        case .success(let valid):
            // Nobody changes their own role or scope (region, coalition, organisation).
            if user.id == actor.userID {
                var errors: [Forms.FieldError] = []
                if valid.role != user.role {
                    errors.append(
                        .init(field: "role", message: req.lang.t("U kunt uw eigen rol niet wijzigen.", "You cannot change your own role.")))
                }
                if valid.regionCode != user.regionCode {
                    errors.append(
                        .init(
                            field: "region",
                            message: req.lang.t("U kunt uw eigen regio niet wijzigen.", "You cannot change your own region.")))
                }
                if valid.coalition?.id != user.coalitionID {
                    errors.append(
                        .init(
                            field: "coalition",
                            message: req.lang.t("U kunt uw eigen coalitie niet wijzigen.", "You cannot change your own coalition.")))
                }
                if valid.organisationID != user.organisationID {
                    errors.append(
                        .init(
                            field: "organisation",
                            message: req.lang.t("U kunt uw eigen organisatie niet wijzigen.", "You cannot change your own organisation.")))
                }
                if !errors.isEmpty {
                    return UserFormView.render(
                        req.shell, form: form, choices: choices, errors: errors, user: user, status: .unprocessableEntity)
                }
            }
            let before = user.snapshot
            user.name = valid.name
            user.role = valid.role
            user.regionCode = valid.regionCode
            user.coalitionID = valid.coalition?.id
            user.organisationID = valid.organisationID
            try await req.stores.users.update(user, before: before, by: req.auditActor)
            return req.redirect(to: SiteURL.user(user.id.uuidString).with([("melding", "opgeslagen")]), redirectType: .normal)
        }
    }

    @Sendable static func confirmDisable(req: Request) async throws -> Response {
        let user = try await managed(req, actor: try req.requirePrincipal())
        return ConfirmView.render(
            req.shell,
            title: req.lang.t("Account uitschakelen?", "Disable account?"),
            message: req.lang.t(
                "\(user.name) (\(user.email)) kan daarna niet meer inloggen; lopende sessies worden beëindigd. De wijzigingen die dit account deed blijven in het overzicht van wijzigingen staan. U kunt het account later weer inschakelen.",
                "\(user.name) (\(user.email)) will no longer be able to sign in; open sessions end. Changes made by this account stay in the audit trail. You can enable the account again later."
            ),
            action: SiteURL.userDisable(user.id.uuidString).path, confirm: req.lang.t("Ja, uitschakelen", "Yes, disable"),
            cancel: SiteURL.user(user.id.uuidString).path)
    }

    @Sendable static func disable(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        var user = try await managed(req, actor: actor)
        guard user.id != actor.userID else {
            throw WiegError.badRequest("U kunt uw eigen account niet uitschakelen.", "You cannot disable your own account.")
        }
        if !user.isDisabled {
            let before = user.snapshot
            user.disabledAt = req.now
            user.inviteTokenHash = nil
            user.inviteExpiresAt = nil
            // Disabling ends the sessions and revokes the API tokens: enabling again
            // does not bring them back.
            try await req.stores.users.updateEndingAccess(user, before: before, by: req.auditActor, revokingTokensAt: req.now)
        }
        return req.redirect(to: SiteURL.user(user.id.uuidString).with([("melding", "uitgeschakeld")]), redirectType: .normal)
    }

    @Sendable static func enable(req: Request) async throws -> Response {
        var user = try await managed(req, actor: try req.requirePrincipal())
        if user.isDisabled {
            let before = user.snapshot
            user.disabledAt = nil
            try await req.stores.users.update(user, before: before, by: req.auditActor)
        }
        return req.redirect(to: SiteURL.user(user.id.uuidString).with([("melding", "ingeschakeld")]), redirectType: .normal)
    }

    /// A new one-time set-password link (e.g. for a forgotten password). The old
    /// password stops working and the account's sessions end.
    @Sendable static func reinvite(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        var user = try await managed(req, actor: actor)
        guard !user.isDisabled else {
            throw WiegError.badRequest("Schakel het account eerst weer in.", "Enable the account first.")
        }
        let before = user.snapshot
        let token = Tokens.random()
        user.inviteTokenHash = Tokens.sha256(token)
        user.inviteExpiresAt = req.now.addingTimeInterval(req.application.wiegConfig.inviteValidity)
        user.passwordHash = nil
        try await req.stores.users.updateEndingAccess(user, before: before, by: req.auditActor, revokingTokensAt: req.now)
        let mailed = try await Invites.send(to: user, token: token, req: req)
        return InviteView.render(req.shell, user: user, link: Invites.link(token, req: req), mailed: mailed)
    }
}

/// A user as the JSON API shows it.
struct UserJSON: Content {
    var id: UUID
    var email: String
    var name: String
    var role: String
    var regionCode: String?
    var coalitionID: UUID?
    var organisationID: UUID?
    var disabled: Bool

    init(_ user: User) {
        id = user.id
        email = user.email
        name = user.name
        role = user.role.rawValue
        regionCode = user.regionCode
        coalitionID = user.coalitionID
        organisationID = user.organisationID
        disabled = user.isDisabled
    }
}
