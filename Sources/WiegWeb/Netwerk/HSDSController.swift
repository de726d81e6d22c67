import Foundation
import Vapor
import WiegCore

/// Open Referral HSDS 3.0 under /api/v1/hsds, with HSDS' own English names, parameters
/// and page shape. Public: professional-only fields are never part of HSDS.
enum HSDSController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .apiHSDS, access: .everyone, use: root)
        routes.on(.GET, .apiHSDSServices, access: .everyone, use: services)
        routes.on(.GET, .apiHSDSService(":id"), access: .everyone, use: service)
        routes.on(.GET, .apiHSDSOrganizations, access: .everyone, use: organizations)
        routes.on(.GET, .apiHSDSOrganization(":id"), access: .everyone, use: organization)
        routes.on(.GET, .apiHSDSTaxonomies, access: .everyone, use: taxonomies)
        routes.on(.GET, .apiHSDSTaxonomyTerms, access: .everyone, use: taxonomyTerms)
    }

    static func exporter(_ network: NetworkCache.Snapshot) -> HSDSExport {
        HSDSExport(needs: network.needInfos, areaNames: network.areaNames)
    }

    static func json<T: Encodable>(_ value: T) throws -> Response {
        let response = Response(status: .ok, body: .init(data: try HSDSExport.encode(value)))
        response.headers.contentType = .json
        return response
    }

    /// HSDS paging: `page` from 1, `per_page` 1–200 (default 50).
    static func page(_ req: Request) throws -> PageQuery {
        PageQuery(number: try req.apiInt("page", in: 1...100_000, default: 1), size: try req.apiInt("per_page", in: 1...200, default: 50))
    }

    static func uuidParameter(_ req: Request, _ name: String) throws -> UUID? {
        guard let raw = try req.apiString(name, maxLength: 36) else { return nil }
        guard let id = UUID(uuidString: raw) else {
            throw WiegError.badRequest("Parameter '\(name)' moet een UUID zijn.", "Parameter '\(name)' must be a UUID.")
        }
        return id
    }

    @Sendable static func root(req: Request) async throws -> Response {
        let host = req.headers.first(name: .host) ?? "localhost"
        return try json(HSDSExport.root(baseURL: "http://\(host)/api/v1"))
    }

    @Sendable static func services(req: Request) async throws -> Response {
        let network = try await req.network()
        var filters = SearchFilters()
        // A term Wieg does not know, or cannot filter on, matches no service.
        var matchesNothing = false
        if let termID = try uuidParameter(req, "taxonomy_term_id") {
            let term = network.vocabulary.term(id: termID.uuidString)
            let code = term?.code ?? ""
            switch WiegTaxonomy(rawValue: term?.taxonomy ?? "") {
            case .behoeften: filters.needs = [code]
            case .fasen: filters.phases = Set([Phase(rawValue: code)].compactMap { $0 })
            case .toegang: filters.access = Set([ServiceAccess(rawValue: code)].compactMap { $0 })
            case .erkenning: filters.recognitions = Set([Recognition(rawValue: code)].compactMap { $0 })
            case .domeinen: filters.domains = Set([NetworkDomain(rawValue: code)].compactMap { $0 })
            default: matchesNothing = true
            }
        }
        let organisation = try uuidParameter(req, "organization_id")
        let modifiedAfter = try req.apiString("modified_after", maxLength: 40).map { raw -> Date in
            guard let date = HSDSDates.parseTimestamp(raw) ?? HSDSDates.parseDay(raw) else {
                throw WiegError.badRequest(
                    "Parameter 'modified_after' moet een datum (JJJJ-MM-DD) of tijdstip (ISO 8601) zijn.",
                    "Parameter 'modified_after' must be a date (YYYY-MM-DD) or an ISO 8601 time.")
            }
            return date
        }
        let text = try req.apiString("search", maxLength: 200) ?? ""
        let pageQuery = try page(req)
        // Search everything that matches, then narrow by organisation and date, then page.
        var everything = PageQuery()
        everything.size = network.services.count + 1
        let all = network.publicIndex.search(SearchQuery(text: text, filters: filters, page: everything))
        let matching = all.hits.items.compactMap { network.services[$0.id] }.filter { s in
            !matchesNothing && (organisation.map { s.organisationID == $0 } ?? true)
                && (modifiedAfter.map { (s.updatedAt ?? .distantPast) > $0 } ?? true)
        }
        let export = exporter(network)
        let items = matching.dropFirst(pageQuery.offset).prefix(pageQuery.size).map {
            export.service($0, organisation: network.organisations[$0.organisationID]).listItem
        }
        return try json(HSDSPage(Paged(items: Array(items), number: pageQuery.number, size: pageQuery.size, total: matching.count)))
    }

    @Sendable static func service(req: Request) async throws -> Response {
        let network = try await req.network()
        let raw = req.parameters.get("id") ?? ""
        guard let id = UUID(uuidString: raw), let s = network.services[id] else {
            throw WiegError.notFound("Service '\(raw)' bestaat niet.", "Service '\(raw)' does not exist.")
        }
        return try json(exporter(network).service(s, organisation: network.organisations[s.organisationID]))
    }

    @Sendable static func organizations(req: Request) async throws -> Response {
        let network = try await req.network()
        let p = try page(req)
        let export = exporter(network)
        let items = network.organisationList.dropFirst(p.offset).prefix(p.size).map { export.organization($0).listItem }
        return try json(HSDSPage(Paged(items: Array(items), number: p.number, size: p.size, total: network.organisationList.count)))
    }

    @Sendable static func organization(req: Request) async throws -> Response {
        let network = try await req.network()
        let raw = req.parameters.get("id") ?? ""
        guard let id = UUID(uuidString: raw), let o = network.organisations[id] else {
            throw WiegError.notFound("Organization '\(raw)' bestaat niet.", "Organization '\(raw)' does not exist.")
        }
        return try json(exporter(network).organization(o, services: network.servicesByOrganisation[id] ?? []))
    }

    @Sendable static func taxonomies(req: Request) async throws -> Response {
        let network = try await req.network()
        let p = try page(req)
        let all = network.vocabulary.taxonomies
        return try json(
            HSDSPage(Paged(items: Array(all.dropFirst(p.offset).prefix(p.size)), number: p.number, size: p.size, total: all.count)))
    }

    @Sendable static func taxonomyTerms(req: Request) async throws -> Response {
        let p = try page(req)
        let taxonomy = try uuidParameter(req, "taxonomy_id")
        let network = try await req.network()
        let all = network.vocabulary.terms.filter { term in taxonomy.map { term.taxonomyID == $0.uuidString.lowercased() } ?? true }
        return try json(
            HSDSPage(Paged(items: Array(all.dropFirst(p.offset).prefix(p.size)), number: p.number, size: p.size, total: all.count)))
    }
}
