import Foundation
import Vapor
import WiegCore
import WiegStore

/// Uploading indicator values: a dry run reports every problem; importing writes all
/// or nothing. A coordinator imports only for its own municipality (or region) and
/// the areas within it; a regio team for its region's municipalities and their areas.
enum IndicatorImportController {
    static func register(_ routes: any RoutesBuilder, maxUpload: Int) {
        routes.on(.GET, .indicatorImport, access: .userManagers, use: form)
        routes.on(.POST, .indicatorImport, access: .userManagers, body: .collect(maxSize: ByteCount(value: maxUpload)), use: upload)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        IndicatorImportView.render(req.shell, plan: nil, committed: nil)
    }

    struct Upload: Content {
        var file: File?
        var actie: String?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let actor = try req.requirePrincipal()
        let upload = try req.content.decode(Upload.self)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            return IndicatorImportView.render(
                req.shell, plan: nil, committed: nil,
                error: req.lang.t(
                    "Kies een CSV-bestand om te importeren.", "Choose a CSV file to import."), status: .unprocessableEntity)
        }
        let store = req.stores.indicators
        let indicators = Dictionary(uniqueKeysWithValues: try await store.catalogue().map { ($0.code, $0) })
        let areas = try await req.stores.areas.list(kind: nil)
        var plan = IndicatorImport.plan(csv: Data(buffer: file.data), indicators: indicators, areas: Set(areas.map(\.code)))
        if let allowed = try await allowedAreas(for: actor, areas: areas, req: req) {
            plan = plan.restricted(to: allowed)
        }
        guard plan.isValid, upload.actie == "importeren" else {
            return IndicatorImportView.render(req.shell, plan: plan, committed: nil, status: plan.isValid ? .ok : .unprocessableEntity)
        }
        let result = try await store.importValues(plan.records, source: file.filename, by: req.auditActor, at: req.now)
        await req.application.monitoringCache.invalidate()
        return IndicatorImportView.render(req.shell, plan: plan, committed: result)
    }

    /// The areas the actor may import for; nil for a beheerder (everything).
    static func allowedAreas(for actor: Principal, areas: [AreaRecord], req: Request) async throws -> Set<String>? {
        if actor.role == .beheerder { return nil }
        let roots = try await req.scopeAreas()
        // Add everything that lies within the roots (wijken and PC4 of a municipality).
        return roots.union(areas.filter { $0.parentCode.map(roots.contains) ?? false }.map(\.code))
    }
}
