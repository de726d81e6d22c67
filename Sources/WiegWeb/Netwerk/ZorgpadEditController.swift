import Foundation
import Vapor
import WiegCore
import WiegStore

/// Creating, editing and deleting care paths: coordinators for their municipality,
/// regio teams for their region and its municipalities, beheerders everywhere.
enum ZorgpadEditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .zorgpadNew, access: .userManagers, use: form)
        routes.on(.POST, .zorgpadNew, access: .userManagers, use: save)
        routes.on(.GET, .zorgpadEdit(":id"), access: .userManagers, use: form)
        routes.on(.POST, .zorgpadEdit(":id"), access: .userManagers, use: save)
        routes.on(.GET, .zorgpadDelete(":id"), access: .userManagers, use: confirmDelete)
        routes.on(.POST, .zorgpadDelete(":id"), access: .userManagers, use: delete)
    }

    /// The path being edited (nil when new), and the areas the user may choose (nil: all).
    static func context(_ req: Request, _ network: NetworkCache.Snapshot) async throws -> (ZorgpadRecord?, Set<String>?) {
        let allowed: Set<String>? = req.principal?.role == .beheerder ? nil : try await req.scopeAreas()
        guard req.parameters.get("id") != nil else { return (nil, allowed) }
        let path = try req.zorgpad(in: network)
        guard NetworkPolicy.canEdit(path, by: req.principal, scope: allowed ?? []) else { throw WiegError.forbidden }
        return (path, allowed)
    }

    static func areaOptions(_ network: NetworkCache.Snapshot, allowed: Set<String>?) -> [(String, String)] {
        let regions = network.areaNames.filter { AreaCode.kind(of: $0.key) == .regio }.map { ($0.key, $0.value) }.sorted { $0.1 < $1.1 }
        return (regions + network.municipalities.map { ($0.code, $0.name) }).filter { allowed?.contains($0.0) ?? true }
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let network = try await req.network()
        let (path, allowed) = try await context(req, network)
        return ZorgpadFormView.render(
            req.shell, network: network, existing: path, fields: path.map(ZorgpadForm.fields) ?? [:], issues: [],
            areas: areaOptions(network, allowed: allowed))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let network = try await req.network()
        let (existing, allowed) = try await context(req, network)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = ZorgpadForm.check(
            fields: fields, id: existing?.id ?? UUID(), existing: existing, allowedAreas: allowed,
            knownAreas: Set(network.areaNames.keys), knownNeeds: Set(network.taxonomy.terms.map(\.code)), now: req.now)
        guard let record = check.record else {
            return ZorgpadFormView.render(
                req.shell, network: network, existing: existing, fields: fields, issues: check.issues,
                areas: areaOptions(network, allowed: allowed), status: .unprocessableEntity)
        }
        try await req.stores.network.save(record, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.zorgpad(record.id.uuidString).path, redirectType: .normal)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Response {
        let network = try await req.network()
        let (existing, _) = try await context(req, network)
        let path = existing!
        let lang = req.lang
        return ConfirmView.render(
            req.shell, title: lang.t("Zorgpad verwijderen", "Delete care path"),
            message: lang.t(
                "Weet u zeker dat u het zorgpad '\(path.title)' wilt verwijderen? De wijzigingsgeschiedenis bewaart wat er stond.",
                "Are you sure you want to delete the care path '\(path.title)'? The audit trail keeps what it said."),
            action: SiteURL.zorgpadDelete(path.id.uuidString).path, confirm: lang.t("Ja, verwijderen", "Yes, delete"),
            cancel: SiteURL.zorgpad(path.id.uuidString).path)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let network = try await req.network()
        let (existing, _) = try await context(req, network)
        try await req.stores.network.deleteZorgpad(existing!.id, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.zorgpaden.path, redirectType: .normal)
    }
}
