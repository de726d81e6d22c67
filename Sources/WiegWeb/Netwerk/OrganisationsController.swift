import Foundation
import Vapor
import WiegCore
import WiegStore

/// The organisations of the social map: a public list and page (public fields only),
/// JSON twins, and editing for those `NetworkPolicy` allows.
enum OrganisationsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .organisations, access: .everyone, use: index)
        routes.on(.GET, .apiOrganisations, access: .everyone, use: indexJSON)
        routes.on(.GET, .organisation(":id"), access: .everyone, use: show)
        routes.on(.GET, .apiOrganisation(":id"), access: .everyone, use: showJSON)
        routes.on(.POST, .organisationVerified(":id"), access: .signedIn, use: markVerified)
    }

    struct Filter {
        var text: String?
        var municipality: String?
        var type: OrganisationType?
        var page: PageQuery

        func apply(_ all: [OrganisationRecord]) -> Paged<OrganisationRecord> {
            let needle = text.map(fold) ?? ""
            let matching = all.filter { org in
                (needle.isEmpty || fold(org.name).contains(needle))
                    && (municipality.map { org.workingArea.contains($0) } ?? true)
                    && (type.map { org.type == $0 } ?? true)
            }
            return Paged(
                items: Array(matching.dropFirst(page.offset).prefix(page.size)), number: page.number,
                size: page.size, total: matching.count)
        }

        func fold(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
    }

    static func filter(_ req: Request) throws -> Filter {
        Filter(
            text: try req.apiString("zoek", maxLength: 200).flatMap { $0.isEmpty ? nil : $0 },
            municipality: try req.apiString("gemeente", maxLength: 40).flatMap { $0.isEmpty ? nil : $0 },
            type: try req.apiEnum("soort", OrganisationType.self), page: try req.apiPage(defaultSize: 50))
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let network = try await req.network()
        let filter = try filter(req)
        return OrganisationsIndexView.render(
            req.shell, network: network, filter: filter, page: filter.apply(network.organisationList),
            now: req.now, canCreate: NetworkPolicy.canCreateOrganisation(req.principal))
    }

    @Sendable static func indexJSON(req: Request) async throws -> Response {
        let network = try await req.network()
        let page = try filter(req).apply(network.organisationList)
        return try await APIPage(page.map { OrganisationJSON($0, now: req.now) }).encodeResponse(for: req)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let network = try await req.network()
        let org = try req.organisation(in: network)
        let canEdit = NetworkPolicy.canEdit(org, by: req.principal, scope: try await req.scopeAreas())
        return OrganisationShowView.render(
            req.shell, network: network, organisation: org,
            services: network.servicesByOrganisation[org.id] ?? [], canEdit: canEdit, now: req.now,
            notice: req.savedNotice)
    }

    @Sendable static func showJSON(req: Request) async throws -> Response {
        let network = try await req.network()
        return try await OrganisationJSON(try req.organisation(in: network), now: req.now).encodeResponse(for: req)
    }

    /// "Gegevens kloppen": the organisation and its services are marked checked today.
    @Sendable static func markVerified(req: Request) async throws -> Response {
        let network = try await req.network()
        var org = try req.organisation(in: network)
        guard NetworkPolicy.canEdit(org, by: req.principal, scope: try await req.scopeAreas()) else { throw WiegError.forbidden }
        let store = req.stores.network
        org.lastVerified = req.now
        try await store.save(org, by: req.auditActor, at: req.now)
        for var service in network.servicesByOrganisation[org.id] ?? [] {
            service.lastVerified = req.now
            try await store.save(service, by: req.auditActor, at: req.now)
        }
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.organisation(org.id.uuidString).with([("melding", "gecontroleerd")]), redirectType: .normal)
    }
}
