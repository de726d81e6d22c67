import Foundation
import Vapor
import WiegCore
import WiegStore

/// The audit trail: per entity and per coalition. A beheerder sees everything, a regio
/// user the coalitions of its region, a coordinator its own coalition.
enum AuditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .audit, access: .userManagers, use: index)
        routes.on(.GET, .apiAudit, access: .userManagers, use: indexJSON)
    }

    static func filter(_ req: Request) async throws -> (AuditFilter, coalition: Coalition?) {
        let actor = try req.requirePrincipal()
        var filter = AuditFilter(
            entityType: req.query[String.self, at: "soort"].flatMap { $0.isEmpty ? nil : $0 },
            entityID: req.query[String.self, at: "id"].flatMap { $0.isEmpty ? nil : $0 })
        let visible: Set<UUID>? =
            switch actor.role {
            case .beheerder: nil
            case .regio: Set(try await req.stores.coalitions.list(inRegions: Set([actor.regionCode].compactMap { $0 })).map(\.id))
            default: Set([actor.coalitionID].compactMap { $0 })
            }
        var coalition: Coalition?
        if let slug = req.query[String.self, at: "coalitie"], !slug.isEmpty {
            guard let found = try await req.stores.coalitions.find(slug: slug), visible?.contains(found.id) ?? true else {
                throw WiegError.notFound(
                    "Deze coalitie bestaat niet of valt buiten uw bereik.", "This coalition does not exist or is outside your scope.")
            }
            coalition = found
            filter.coalitionIDs = [found.id]
        } else {
            filter.coalitionIDs = visible
        }
        return (filter, coalition)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let (filter, coalition) = try await filter(req)
        let page = try await req.stores.audit.list(filter, page: req.listPage)
        let coalitions = try await req.stores.coalitions.list(inRegions: nil)
            .filter { req.principal?.role == .beheerder || (filter.coalitionIDs?.contains($0.id) ?? true) || $0.id == coalition?.id }
        return AuditIndexView.render(req.shell, page: page, filter: filter, coalition: coalition, coalitions: coalitions)
    }

    @Sendable static func indexJSON(req: Request) async throws -> Response {
        _ = try req.apiEnum("soort", AuditEntityType.self)
        _ = try req.apiString("id", maxLength: 100)
        _ = try req.apiString("coalitie", maxLength: 100)
        let (filter, _) = try await filter(req)
        let page = try await req.stores.audit.list(filter, page: try req.apiPage())
        return try await APIPage(page.map(AuditEventJSON.init)).encodeResponse(for: req)
    }
}

/// The kinds of entity the audit trail names (the `soort` filter).
enum AuditEntityType: String, CaseIterable {
    case user, area, coalition, organisation
    case apiToken = "api_token"
    case indicatorImport = "indicator_import"
    case service, zorgpad
    case needTerm = "need_term"
    case networkImport = "network_import"
    case activity, plan, agreement, workgroup, risk, governance, budget, points
    case closedYear = "closed_year"
    case startingSituation = "starting_situation"
    case reach
    case boundaryImport = "boundary_import"
    case story
}

struct AuditEventJSON: Content {
    var id: UUID
    var at: Date
    var actor: String
    var action: String
    var entityType: String
    var entityID: String
    var coalitionID: UUID?
    var before: String?
    var after: String?

    init(_ e: AuditEvent) {
        id = e.id
        at = e.at
        actor = e.actorLabel
        action = e.action.rawValue
        entityType = e.entityType
        entityID = e.entityID
        coalitionID = e.coalitionID
        before = e.before
        after = e.after
    }
}
