import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// The funnel plot of one indicator over all areas of one level (municipalities of the
/// country or a region; wijken or PC4 of a municipality), with its data table and CSV.
/// Small numbers are hidden in public; beheerders, regio teams and coordinators see
/// them, with a warning.
enum FunnelController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .funnel(":code"), access: .everyone, use: page)
        routes.on(.GET, .funnelCSV(":code"), access: .everyone, use: csv)
    }

    static func data(_ q: LevelQuery) -> FunnelData? {
        let rows = q.cells.map { (code: $0.area.code, name: $0.area.name, numerator: $0.numerator, denominator: $0.denominator) }
        return FunnelData.build(definition: q.definition, areas: rows, suppress: false, alsoHidden: q.hiddenCodes)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let query = try await LevelQuery.load(req)
        return FunnelView.render(req.shell, query: query, data: data(query))
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let query = try await LevelQuery.load(req)
        return Download.csv(
            Data((data(query)?.csv() ?? FunnelData.emptyCSV).utf8),
            filename: "trechter-\(query.definition.code)-\(query.level.rawValue)-\(query.period).csv")
    }
}
