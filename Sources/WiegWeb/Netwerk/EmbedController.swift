import Foundation
import Vapor
import WiegCore
import WiegStore

/// The parents' finder on a municipality's or CJG's own website, in a frame: only the
/// websites a beheerder listed may frame it (`frame-ancestors`); every other page may be
/// framed by no one. The beheerder's page lists them and gives the snippet to paste.
enum EmbedController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .helpEmbed, access: .everyone, use: finder)
        routes.on(.GET, .helpEmbedService(":id"), access: .everyone, use: service)
        routes.on(.GET, .embedSettings, access: .admin, use: settings)
        routes.on(.POST, .embedSettings, access: .admin, use: save)
    }

    @Sendable static func finder(req: Request) async throws -> Response {
        try await framed(req, try await SearchController.parents(req, embedded: true))
    }

    @Sendable static func service(req: Request) async throws -> Response {
        try await framed(req, try await ServicesController.showForParents(req, embedded: true))
    }

    /// The page's policy with the listed websites as the ones that may frame it.
    static func framed(_ req: Request, _ response: Response) async throws -> Response {
        let origins = try await req.stores.settings.embedOrigins()
        response.headers.replaceOrAdd(
            name: "Content-Security-Policy",
            value: SecurityHeadersMiddleware.contentSecurityPolicy.replacingOccurrences(
                of: "frame-ancestors 'none'", with: "frame-ancestors \(origins.frameAncestors)"))
        return response
    }

    @Sendable static func settings(req: Request) async throws -> Response {
        let origins = try await req.stores.settings.embedOrigins()
        let network = try await req.network()
        return EmbedSettingsView.render(
            req.shell, network: network, fields: ["websites": origins.origins.joined(separator: "\n")], issues: [],
            notice: req.savedNotice)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = EmbedOrigins.read(fields["websites"] ?? "")
        guard let origins = check.record else {
            let network = try await req.network()
            return EmbedSettingsView.render(
                req.shell, network: network, fields: fields, issues: check.issues, notice: nil, status: .unprocessableEntity)
        }
        try await req.stores.settings.save(origins, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.embedSettings.with([("melding", "opgeslagen")]), redirectType: .normal)
    }
}
