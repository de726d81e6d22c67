import Foundation
import WiegCore
import WiegStore

/// Reads `--scope` for `wieg user create` and makes invite links.
enum CLIScope {
    static func apply(_ scope: String?, role: Role, to user: inout User, stores: Stores) async throws {
        let scope = scope?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        let areas = stores.areas
        let coalitions = stores.coalitions
        func region(_ code: String) async throws -> String {
            guard let area = try await areas.find(code), area.kind == .regio else {
                throw Failures.Message("There is no region with the code '\(code)'; import it first (wieg import geography).")
            }
            return area.code
        }
        func coalition(_ slug: String) async throws -> Coalition {
            guard let c = try await coalitions.find(slug: slug) else {
                throw Failures.Message("There is no coalition with the slug '\(slug)'.")
            }
            return c
        }
        switch role {
        case .beheerder:
            if scope != nil { throw Failures.Message("A beheerder has no scope: leave out --scope.") }
        case .regio:
            guard let scope else { throw Failures.Message("A regio account needs --scope with its region code, e.g. --scope nml.") }
            user.regionCode = try await region(scope)
        case .professional:
            if let scope { user.regionCode = try await region(scope) }
        case .coordinator:
            guard let scope else { throw Failures.Message("A coordinator needs --scope with its coalition slug, e.g. --scope meppel.") }
            user.coalitionID = try await coalition(scope).id
        case .partner:
            let parts = scope?.split(separator: "/").map(String.init) ?? []
            guard parts.count == 2 else {
                throw Failures.Message("A partner needs --scope coalition/organisation, e.g. --scope meppel/ggd-drenthe.")
            }
            user.coalitionID = try await coalition(parts[0]).id
            guard let org = try await coalitions.organisation(slug: parts[1]) else {
                throw Failures.Message("There is no organisation with the slug '\(parts[1])'.")
            }
            user.organisationID = org.id
        }
    }

    /// Gives the user a fresh invite and returns the token for the link.
    static func invite(_ user: inout User) -> String {
        let token = Tokens.random()
        user.inviteTokenHash = Tokens.sha256(token)
        user.inviteExpiresAt = Date().addingTimeInterval(72 * 3600)
        return token
    }

    /// The whole link with `WIEG_PUBLIC_URL`; without it the path, and where to open it:
    /// the command does not know which address and port the server listens on, and a
    /// guessed one (localhost:8080) sent people to the wrong place.
    static func link(_ token: String) -> String {
        let path = "/wachtwoord-instellen/" + token
        guard let base = Env.string("WIEG_PUBLIC_URL")?.nilIfEmpty else {
            return path + "\n(open this path on the address 'wieg serve' printed when it started;"
                + " set WIEG_PUBLIC_URL to print the whole link)"
        }
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
