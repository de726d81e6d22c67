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
        var area: Area
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
        let chain = try await MonitoringController.referenceChain(req, of: area)
        let siblings = try await area.parentCode.asyncMap { try await req.stores.areas.children(of: $0) } ?? []
        let geography = (siblings + [area] + chain).map(\.record)
        let values = try await req.stores.indicators.values(indicator: definition.code, period: nil,
                                                            areaCodes: Array(Set(geography.map(\.code))))
        let access = try await MonitoringController.smallNumberAccess(req)
        let records = values.compactMap(\.record)
        let disclosure = try await MonitoringController.disclosure(req, for: records, catalogue: [definition])
        let trends = IndicatorTrend.build(definition: definition, area: area.record, references: chain.map(\.record),
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
                rows.append([.text(point.period.description), .text(trend.areaCode), .text(trend.areaName),
                             c.value.map { .number(SVGWriter.dutch($0)) } ?? .text(c.suppression.isHidden ? "verborgen" : ""),
                             .number(c.interval95.map { SVGWriter.dutch($0.lower) } ?? ""),
                             .number(c.interval95.map { SVGWriter.dutch($0.upper) } ?? ""),
                             .text(trend.isReference || c.value == nil ? "" : c.comparison.dutchLabel)])
            }
        }
        return Download.csv(CoalitionCSV.write(header: ["periode", "code", "gebied", "waarde", "ondergrens_95", "bovengrens_95", "vergelijking"],
                                               rows: rows),
                            filename: "trend-\(q.definition.code)-\(q.area.code).csv")
    }
}

enum TrendView {
    static func render(_ shell: PageShell, query q: TrendController.Query) -> Response {
        let lang = shell.lang
        let d = q.definition
        let title = lang.t("Trend: \(d.nameNL) in \(q.area.name)", "Trend: \(d.nameEN) in \(q.area.name)")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(lang.t("De band is het 95%-betrouwbaarheidsinterval van \(q.area.name); de stippellijnen zijn de gebieden eromheen. Een onderbroken lijn is een periode zonder (openbaar) cijfer.",
                       "The band is the 95% confidence interval of \(q.area.name); the dashed lines are the surrounding areas. A broken line is a period without a (public) figure.")),
            H.el("form", H.attr("method", "get"), H.attr("action", SiteURL.trend(d.code).path), H.cls("filters"),
                 Forms.field(lang.t("Gebied (code)", "Area (code)"), name: "gebied", value: q.area.code),
                 Forms.submit(lang.t("Tonen", "Show"), cls: "button button-secondary")),
        ]
        if q.showsSmallNumbers {
            content.append(MonitoringForms.smallNumbersWarning(lang))
        }
        guard let main = q.trends.first, !main.points.isEmpty else {
            content.append(H.notice(lang.t("Er zijn geen cijfers voor dit gebied.", "There are no figures for this area.")))
            return Layout.page(shell, title: title, content)
        }
        let svg = TrendChartSVG.render(series: q.trends.map(\.chartSeries), unit: d.unitLabel, title: title)
        content += [
            H.el("figure", H.cls("chart"), .raw(svg),
                 H.el("figcaption", H.text(lang.t("De tabel hieronder bevat dezelfde cijfers.", "The table below holds the same figures.")))),
            H.el("p", H.a(SiteURL.trendCSV(d.code).with([("gebied", q.area.code)]), lang.t("Download als CSV", "Download as CSV"))),
            H.table(caption: lang.t("Cijfers per periode", "Figures per period"),
                    headers: [lang.t("Periode", "Period")] + q.trends.map { "\($0.areaName) (\(d.unitLabel))" }
                        + [lang.t("Vergelijking", "Comparison")],
                    rows: main.points.indices.map { i in
                        [H.text(main.points[i].period.description)]
                            + q.trends.map { trend in H.text(cellText(trend.points[i].cell, lang: lang)) }
                            + [H.text(main.points[i].cell.value == nil ? "—" : lang.t(main.points[i].cell.comparison.dutchLabel,
                                                                                         main.points[i].cell.comparison.englishLabel))]
                    }),
        ]
        content += StoriesView.beside(q.stories, lang: lang, new: SiteURL.storyNew.with([("indicator", d.code), ("gebied", q.area.code)]),
                                      mayWrite: StoriesController.writers.allows(shell.role))
        return Layout.page(shell, title: title, content)
    }

    static func cellText(_ c: IndicatorCell, lang: Lang) -> String {
        guard let value = c.value else { return c.suppression.isHidden ? lang.t("verborgen", "hidden") : "—" }
        let interval = c.interval95.map { " (\(SVGWriter.dutch($0.lower)) – \(SVGWriter.dutch($0.upper)))" } ?? ""
        return SVGWriter.dutch(value) + interval
    }
}
