import Foundation
import Plot
import Vapor
import WiegCore

/// The gespreksleidraad: a professional ticks risk and protective factors for a
/// municipality and sees the matching zorgpaden and services. Nothing is stored: the
/// answer is computed from the form and forgotten; no client data is asked.
enum SignallingController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .signallingAid, access: .signedIn, use: form)
        routes.on(.POST, .signallingAid, access: .signedIn, use: evaluate)
    }

    struct Form: Content {
        var gemeente: String?
        var factor: [String]?
    }

    @Sendable static func form(req: Request) async throws -> Response {
        SignallingView.render(req.shell, network: try await req.network(), municipality: nil, ticked: [], outcome: nil)
    }

    struct Outcome {
        var result: SignallingResult
        /// Per need: the care paths and the best services in the municipality.
        var perNeed: [(need: NeedTerm, zorgpaden: [ZorgpadRecord], services: [ServiceRecord])]
        /// When it was asked: the printout says so.
        var day: Date
    }

    @Sendable static func evaluate(req: Request) async throws -> Response {
        let network = try await req.network()
        let form = try req.content.decode(Form.self)
        let municipality = form.gemeente.flatMap { $0.isEmpty ? nil : $0 }
        let ticked = Array((form.factor ?? []).prefix(200))
        let result = SignallingAid.evaluate(ticked: ticked, taxonomy: network.taxonomy)
        // Each service once: under the first need it answers (the needs come in order of weight).
        var listed = Set<UUID>()
        let perNeed = result.matches.map { match in
            let query = SearchQuery(
                filters: SearchFilters(needs: [match.need.code], municipalities: Set([municipality].compactMap { $0 })),
                page: PageQuery(number: 1, size: 12))
            let services = network.index.search(query).hits.items.compactMap { network.services[$0.id] }
                .filter { listed.insert($0.id).inserted }.prefix(5)
            return (match.need, network.zorgpaden(for: municipality, need: match.need.code), Array(services))
        }
        return SignallingView.render(
            req.shell, network: network, municipality: municipality, ticked: Set(ticked),
            outcome: Outcome(result: result, perNeed: perNeed, day: req.now))
    }
}
