import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// Progress over time per action line: per quarter of a year, how many activities were
/// planned, are under way and were realised; a chart of the whole coalition (planned and
/// realised, cumulative) with the table per action line beside it, and a JSON twin.
/// Statuses have no history, so "under way" is today's status of what was planned then.
enum ProgressController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .coalitionProgress(":slug"), access: .signedIn, use: page)
        routes.on(.GET, .apiCoalitionProgress(":id"), access: .signedIn, use: json)
    }

    static func rows(_ c: CoalitionContext, year: Int) -> [ActionLineProgress] {
        ActivityProgress.byActionLine(c.work.activities, quarters: (1...4).map { Quarter(year: year, quarter: $0) })
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req)
        let year = try CoalitionContext.year(req)
        return ProgressView.render(req.shell, context: c, year: year, rows: rows(c, year: year))
    }

    @Sendable static func json(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req)
        let year = try CoalitionContext.year(req)
        return try await ProgressJSON(
            year: year,
            actionLines: rows(c, year: year).map { row in
                ProgressJSON.Row(
                    actionLine: row.actionLine?.rawValue,
                    quarters: row.quarters.map {
                        .init(quarter: $0.quarter.label, planned: $0.planned, running: $0.running, realised: $0.realised)
                    })
            }
        ).encodeResponse(for: req)
    }
}

struct ProgressJSON: Content {
    struct Cell: Content {
        var quarter: String
        var planned: Int
        var running: Int
        var realised: Int
    }
    struct Row: Content {
        var actionLine: String?
        var quarters: [Cell]
    }
    var year: Int
    var actionLines: [Row]
}
