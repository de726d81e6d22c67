import Foundation
import Vapor
import WiegCore
import WiegStore

/// The fields of the invite and edit forms, their validation (Dutch messages), and the
/// choices an actor may make (only roles and scopes inside its own).
struct UserForm: Content {
    var email: String?
    var name: String?
    var role: String?
    var region: String?
    var coalition: String?
    var organisation: String?

    /// What the actor may choose from.
    struct Choices {
        var roles: [Role]
        var regions: [AreaRecord]
        var coalitions: [Coalition]
        var organisations: [OrganisationSummary]
    }

    static func choices(for actor: Principal, req: Request, editing: User? = nil) async throws -> Choices {
        let regions = try await req.stores.areas.list(kind: .regio)
        let coalitions = try await req.stores.coalitions.list(inRegions: nil)
        let organisations = try await req.stores.coalitions.organisations()
        let scope = UserScope.of(actor)
        let inScope = coalitions.filter { c in
            scope.regionCodes == nil && scope.coalitionIDs == nil
                || (c.regionCode.map { scope.regionCodes?.contains($0) ?? false } ?? false)
                || (scope.coalitionIDs?.contains(c.id) ?? false)
        }
        // Only organisations that are members of a coalition the actor may manage (a
        // beheerder: of any coalition); a partner's must be a member of its own coalition.
        let members = Set(inScope.flatMap { $0.record.members.map(\.organisationID) })
        return Choices(
            roles: UserManagementPolicy.grantableRoles(by: actor),
            regions: regions.filter { scope.regionCodes?.contains($0.code) ?? true },
            coalitions: inScope,
            organisations: organisations.filter { actor.role == .beheerder || members.contains($0.id) || $0.id == editing?.organisationID }
        )
    }

    /// A validated form: the facts to store, or the errors to show.
    enum Validation {
        case success(Valid)
        case failure([Forms.FieldError])
    }

    struct Valid {
        var email: String
        var name: String
        var role: Role
        var regionCode: String?
        var coalition: Coalition?
        var organisationID: UUID?
    }

    func validate(actor: Principal, choices: Choices, lang: Lang, isNew: Bool, req: Request, editing: User? = nil)
        async throws -> Validation
    {
        var errors: [Forms.FieldError] = []
        let email = User.normalise(email: self.email ?? editing?.email ?? "")
        if isNew {
            if !Self.looksLikeEmail(email) {
                errors.append(
                    .init(
                        field: "email",
                        message: lang.t(
                            "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.",
                            "Enter a valid e-mail address, such as name@organisation.nl.")))
            } else if let existing = try await req.stores.users.find(email: email) {
                // Outside the inviter's scope the answer is neutral: whether an address has an
                // account elsewhere is not the inviter's to learn.
                let mine = UserManagementPolicy.canManage(actor, try await req.stores.users.scopeFacts(of: existing))
                errors.append(
                    .init(
                        field: "email",
                        message: mine
                            ? lang.t(
                                "Er bestaat al een account met dit e-mailadres.", "An account with this e-mail address already exists.")
                            : lang.t(
                                "Met dit e-mailadres kunt u geen account aanmaken. Vraag de beheerder van Wieg om hulp.",
                                "You cannot create an account with this e-mail address. Ask Wieg's administrator for help.")))
            }
        }
        let name = (self.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > Limits.name {
            errors.append(
                .init(
                    field: "name",
                    message: lang.t(
                        "Vul een naam in (hoogstens \(Limits.name) tekens).", "Enter a name (at most \(Limits.name) characters).")))
        }
        guard let role = self.role.flatMap(Role.init(rawValue:)), choices.roles.contains(role) else {
            errors.append(.init(field: "role", message: lang.t("Kies een rol die u mag toekennen.", "Choose a role you may grant.")))
            return .failure(errors)
        }
        let region = self.region.flatMap { $0.isEmpty ? nil : $0 }
        let coalition = self.coalition.flatMap { $0.isEmpty ? nil : $0 }.flatMap { slug in choices.coalitions.first { $0.slug == slug } }
        let organisation = self.organisation.flatMap { $0.isEmpty ? nil : $0 }.flatMap { slug in
            choices.organisations.first { $0.slug == slug }
        }
        if let region, !choices.regions.contains(where: { $0.code == region }) {
            errors.append(.init(field: "region", message: lang.t("Kies een regio uit de lijst.", "Choose a region from the list.")))
        }
        if role == .regio && region == nil {
            errors.append(
                .init(field: "region", message: lang.t("Kies de regio van dit regioteam.", "Choose the region of this regional team.")))
        }
        if [.coordinator, .partner].contains(role) && coalition == nil {
            errors.append(
                .init(field: "coalition", message: lang.t("Kies de coalitie van dit account.", "Choose this account's coalition.")))
        }
        if role == .partner && organisation == nil && (self.organisation ?? "").isEmpty {
            errors.append(
                .init(
                    field: "organisation", message: lang.t("Kies de organisatie van deze partner.", "Choose this partner's organisation.")))
        }
        if self.organisation.map({ !$0.isEmpty }) == true && organisation == nil {
            errors.append(
                .init(
                    field: "organisation",
                    message: lang.t(
                        "Kies een organisatie uit de lijst: een partner van een coalitie die u beheert.",
                        "Choose an organisation from the list: a partner of a coalition you manage.")))
        }
        if role == .partner, let organisation, let coalition,
            !coalition.record.members.contains(where: { $0.organisationID == organisation.id })
        {
            errors.append(
                .init(
                    field: "organisation",
                    message: lang.t(
                        "Deze organisatie is geen partner van coalitie \(coalition.name). Voeg haar eerst toe als partner van de coalitie.",
                        "This organisation is not a partner of coalition \(coalition.name). Add it as a partner of the coalition first.")))
        }
        let facts = ScopeFacts(
            role: role, regionCode: region ?? coalition?.regionCode, coalitionID: coalition?.id,
            coalitionRegionCode: coalition?.regionCode)
        if errors.isEmpty && !UserManagementPolicy.canCreate(actor, facts) {
            errors.append(
                .init(
                    field: "role",
                    message: lang.t(
                        "U kunt alleen accounts beheren binnen uw eigen regio of coalitie.",
                        "You can only manage accounts within your own region or coalition.")))
        }
        guard errors.isEmpty else { return .failure(errors) }
        return .success(
            Valid(
                email: email, name: name, role: role,
                regionCode: [.regio, .professional, .beheerder].contains(role) ? region : nil,
                coalition: [.coordinator, .partner].contains(role) ? coalition : nil,
                organisationID: organisation?.id))
    }

    static func looksLikeEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && s.count <= 254 && !s.contains(where: \.isWhitespace)
    }
}

/// Which accounts an actor may see: nil sets mean no restriction.
struct UserScope {
    var regionCodes: Set<String>?
    var coalitionIDs: Set<UUID>?

    static func of(_ actor: Principal) -> UserScope {
        switch actor.role {
        case .beheerder: UserScope(regionCodes: nil, coalitionIDs: nil)
        case .regio: UserScope(regionCodes: Set([actor.regionCode].compactMap { $0 }), coalitionIDs: [])
        case .coordinator: UserScope(regionCodes: [], coalitionIDs: Set([actor.coalitionID].compactMap { $0 }))
        case .partner, .professional: UserScope(regionCodes: [], coalitionIDs: [])
        }
    }
}
