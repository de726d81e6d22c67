import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// The small areas of a municipality or region (wijken or PC4; municipalities for a
/// region or the country) ranked, least favourable first, each with its interval and
/// whether it differs significantly from the area around it. Hidden areas come last
/// without a value, so the order never reveals them. Also as CSV.
enum SmallAreasController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .smallAreas(":code"), access: .everyone, use: page)
        routes.on(.GET, .smallAreasCSV(":code"), access: .everyone, use: csv)
    }

    static func ranking(_ q: LevelQuery) -> [RankedArea] {
        let figures = q.cells.map { cell in
            SmallAreaFigure(areaCode: cell.area.code, areaName: cell.area.name, figure: cell.figure, suppressed: q.hidden(cell))
        }
        return SmallAreaRanking.rank(figures: figures, reference: q.reference?.figure.value, polarity: q.definition.polarity)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let q = try await LevelQuery.load(req)
        return SmallAreasView.render(req.shell, query: q, ranking: ranking(q))
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let q = try await LevelQuery.load(req)
        let rows: [[CoalitionCSV.Cell]] = ranking(q).map { row in
            [
                .number(row.position.map(String.init) ?? ""), .text(row.areaCode), .text(row.areaName),
                row.value.map { .number(SVGWriter.dutch($0)) } ?? .text("verborgen"),
                .number(row.interval95.map { SVGWriter.dutch($0.lower) } ?? ""),
                .number(row.interval95.map { SVGWriter.dutch($0.upper) } ?? ""),
                .text(row.isHidden ? "" : row.comparison.outcome.dutchLabel), .text(row.isHidden ? "" : (row.significant998 ? "ja" : "nee"))
            ]
        }
        return Download.csv(
            CoalitionCSV.write(
                header: [
                    "positie", "code", "gebied", "waarde", "ondergrens_95", "bovengrens_95",
                    "vergelijking", "significant_99_8"
                ], rows: rows),
            filename: "kleine-gebieden-\(q.definition.code)-\(q.within?.code ?? "NL")-\(q.level.rawValue)-\(q.period).csv")
    }
}
