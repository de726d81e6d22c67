import Foundation
import Vapor
import WiegCore
import WiegStore

/// One service: its page (professional details only for signed-in users), the plain
/// page for parents, and the JSON twin.
enum ServicesController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .service(":id"), access: .everyone, use: show)
        routes.on(.GET, .helpService(":id"), access: .everyone, use: showForParents)
        routes.on(.GET, .apiService(":id"), access: .everyone, use: showJSON)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let network = try await req.network()
        let service = try req.service(in: network)
        let org = network.organisations[service.organisationID]
        let canEdit =
            try await org.asyncMap { NetworkPolicy.canEdit(service, of: $0, by: req.principal, scope: try await req.scopeAreas()) } ?? false
        return ServiceShowView.render(
            req.shell, network: network, service: service, professional: req.principal != nil,
            canEdit: canEdit, now: req.now, notice: req.savedNotice)
    }

    @Sendable static func showForParents(req: Request) async throws -> Response {
        try await showForParents(req, embedded: false)
    }

    /// The service as parents see it, in the language of the search they came from.
    static func showForParents(_ req: Request, embedded: Bool) async throws -> Response {
        let network = try await req.network()
        let service = try req.service(in: network)
        guard service.status == .actief else {
            throw WiegError.notFound("Dit aanbod is er niet meer.", "This service is no longer available.")
        }
        let question = try SearchController.help(req, network: network)
        return HelpServiceView.render(
            req.shell, network: network, service: service, question: question, back: HelpBits.back(req, embedded: embedded),
            embedded: embedded)
    }

    @Sendable static func showJSON(req: Request) async throws -> Response {
        let network = try await req.network()
        let service = try req.service(in: network)
        return try await ServiceJSON(
            service, organisationName: network.organisationName(service.organisationID),
            professional: req.principal != nil, now: req.now
        ).encodeResponse(for: req)
    }
}

/// Labels of needs, from the taxonomy as edited.
extension NetworkCache.Snapshot {
    func needName(_ code: String, _ lang: Lang) -> String {
        taxonomy.term(code: code).map { lang.t($0.dutchName, $0.englishName).capitalizedFirst } ?? code
    }

    func needNames(_ codes: [String], _ lang: Lang) -> String {
        codes.map { needName($0, lang) }.joined(separator: ", ")
    }

    /// The need options of a select or checkbox group.
    func needOptions(_ lang: Lang) -> [(String, String)] {
        taxonomy.terms.map { ($0.code, needName($0.code, lang)) }
    }
}
