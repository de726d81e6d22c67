import Foundation
import Vapor
import WiegCore
import WiegStore

/// Care paths: per municipality (and its region) per need, for professionals.
enum ZorgpadenController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .zorgpaden, access: .signedIn, use: index)
        routes.on(.GET, .apiZorgpaden, access: .signedIn, use: indexJSON)
        routes.on(.GET, .zorgpad(":id"), access: .signedIn, use: show)
        routes.on(.GET, .apiZorgpad(":id"), access: .signedIn, use: showJSON)
    }

    struct Filter {
        var municipality: String?
        var need: String?
    }

    static func filter(_ req: Request, _ network: NetworkCache.Snapshot) throws -> Filter {
        let need = try req.needParameter(network)
        return Filter(municipality: try req.apiString("gemeente", maxLength: 40).flatMap { $0.isEmpty ? nil : $0 }, need: need)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let network = try await req.network()
        let filter = try filter(req, network)
        let paths = network.zorgpaden(for: filter.municipality, need: filter.need)
        return ZorgpadenIndexView.render(
            req.shell, network: network, filter: filter, paths: paths, now: req.now,
            canCreate: req.principal.map { Access.userManagers.allows($0.role) } ?? false)
    }

    @Sendable static func indexJSON(req: Request) async throws -> Response {
        let network = try await req.network()
        let filter = try filter(req, network)
        let all = network.zorgpaden(for: filter.municipality, need: filter.need).map { ZorgpadJSON($0, now: req.now) }
        let page = try req.apiPage(defaultSize: 50)
        return try await APIPage(
            Paged(
                items: Array(all.dropFirst(page.offset).prefix(page.size)), number: page.number,
                size: page.size, total: all.count)
        ).encodeResponse(for: req)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let network = try await req.network()
        let path = try req.zorgpad(in: network)
        let allowed = req.principal?.role == .beheerder ? [] : try await req.scopeAreas()
        return ZorgpadShowView.render(
            req.shell, network: network, path: path, now: req.now,
            canEdit: NetworkPolicy.canEdit(path, by: req.principal, scope: allowed))
    }

    @Sendable static func showJSON(req: Request) async throws -> Response {
        let network = try await req.network()
        return try await ZorgpadJSON(try req.zorgpad(in: network), now: req.now).encodeResponse(for: req)
    }
}
