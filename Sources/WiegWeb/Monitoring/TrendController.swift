import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// An indicator over the periods for one area and the areas around it (its municipality,
/// province, the country): the chart with the area's 95 % interval as a band, the data
/// table beside it and a CSV. Suppression is decided per period with the area's siblings,
/// so a hidden figure cannot be derived from the others.
enum TrendController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .trend(":code"), access: .everyone, use: page)
        routes.on(.GET, .trendCSV(":code"), access: .everyone, use: csv)
    }

    struct Query {
        var definition: IndicatorDefinition
        var area: AreaRecord
        var trends: [IndicatorTrend]
        var showsSmallNumbers: Bool
        /// Stories about this indicator: without an area, or for this area or one around it.
        var stories: [Story]
    }

    static func load(_ req: Request) async throws -> Query {
        let definition = try await LevelQuery.definition(req)
        let code = try req.apiString("gebied", maxLength: 40).flatMap { $0.isEmpty ? nil : $0 } ?? "NL"
        guard let area = try await req.stores.areas.find(code) else {
            throw WiegError.badRequest("Gebied '\(code)' bestaat niet in Wieg.", "Area '\(code)' does not exist in Wieg.")
        }
        let chain = try await req.referenceChain(of: area)
        let siblings = try await area.parentCode.asyncMap { try await req.stores.areas.children(of: $0) } ?? []
        let geography = siblings + [area] + chain
        let values = try await req.stores.indicators.values(
            indicator: definition.code, period: nil,
            areaCodes: Array(Set(geography.map(\.code))))
        let access = try await req.smallNumberAccess()
        let records = values.compactMap(\.record)
        let disclosure = try await req.disclosure(for: records, catalogue: [definition])
        let trends = IndicatorTrend.build(
            definition: definition, area: area, references: chain,
            values: records, showSmallNumbers: access, geography: geography, disclosure: disclosure)
        let show = ([area] + chain).contains { access.covers($0.code, parent: $0.parentCode) }
        let stories = try await req.stores.stories.stories(about: .indicator(definition.code))
            .filter { story in story.areaCode.map { code in code == area.code || chain.contains { $0.code == code } } ?? true }
        return Query(definition: definition, area: area, trends: trends, showsSmallNumbers: show, stories: stories)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        TrendView.render(req.shell, query: try await load(req))
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let q = try await load(req)
        var rows: [[CoalitionCSV.Cell]] = []
        for trend in q.trends {
            for point in trend.points {
                let c = point.cell
                rows.append([
                    .text(point.period.description), .text(trend.areaCode), .text(trend.areaName),
                    c.value.map { .number(SVGWriter.dutch($0)) } ?? .text(c.suppression.isHidden ? "verborgen" : ""),
                    .number(c.interval95.map { SVGWriter.dutch($0.lower) } ?? ""),
                    .number(c.interval95.map { SVGWriter.dutch($0.upper) } ?? ""),
                    .text(trend.isReference || c.value == nil ? "" : c.comparison.dutchLabel)
                ])
            }
        }
        return Download.csv(
            CoalitionCSV.write(
                header: ["periode", "code", "gebied", "waarde", "ondergrens_95", "bovengrens_95", "vergelijking"],
                rows: rows),
            filename: "trend-\(q.definition.code)-\(q.area.code).csv")
    }
}
