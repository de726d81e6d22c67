import Foundation
import Vapor
import WiegCore
import WiegStore

/// The coalitions a user may read, one coalition's dashboard, and a region's overview
/// of its coalitions against the nine minimum requirements.
enum CoalitionsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .coalitions, access: .signedIn, use: index)
        routes.on(.GET, .coalition(":slug"), access: .signedIn, use: show)
        routes.on(.GET, .regionCoalitions(":code"), access: .roles([.beheerder, .regio]), use: region)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let network = try await req.network()
        let year = try CoalitionContext.year(req)
        let rows = try await req.readableCoalitions().map { model, work in
            CoalitionIndexRow(
                model: model, work: work, test: work.minimumTest(year: year, organisations: network.organisationList),
                step: work.stepPosition(year: year, organisations: network.organisationList))
        }
        return CoalitionIndexView.render(req.shell, rows: rows, year: year, network: network)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let context = try await CoalitionContext.load(req)
        let year = try CoalitionContext.year(req)
        return CoalitionShowView.render(req.shell, context: context, year: year, now: req.now)
    }

    @Sendable static func region(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        guard let area = try await req.stores.areas.find(code), area.kind == .regio else {
            throw WiegError.notFound("Deze regio bestaat niet.", "This region does not exist.")
        }
        if req.principal?.role == .regio && req.principal?.regionCode != code { throw WiegError.forbidden }
        let network = try await req.network()
        let year = try CoalitionContext.year(req)
        let members = Set(try await req.stores.areas.members(ofRegion: code)).union([code])
        let rows = try await req.readableCoalitions().filter { model, _ in model.regionCode == code || members.contains(model.areaCode) }
            .map { model, work in
                CoalitionIndexRow(
                    model: model, work: work, test: work.minimumTest(year: year, organisations: network.organisationList),
                    step: work.stepPosition(year: year, organisations: network.organisationList))
            }
        return RegionCoalitionsView.render(req.shell, regionName: area.name, code: code, rows: rows, year: year, network: network)
    }
}

/// A coalition in a list: its test and step position for the year.
struct CoalitionIndexRow {
    let model: Coalition
    let work: CoalitionWork
    let test: [CriterionResult]
    let step: StepPosition

    var met: Int { test.filter { $0.outcome == .voldaan }.count }
}
