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
            [.number(row.position.map(String.init) ?? ""), .text(row.areaCode), .text(row.areaName),
             row.value.map { .number(SVGWriter.dutch($0)) } ?? .text("verborgen"),
             .number(row.interval95.map { SVGWriter.dutch($0.lower) } ?? ""), .number(row.interval95.map { SVGWriter.dutch($0.upper) } ?? ""),
             .text(row.isHidden ? "" : row.comparison.outcome.dutchLabel), .text(row.isHidden ? "" : (row.significant998 ? "ja" : "nee"))]
        }
        return Download.csv(CoalitionCSV.write(header: ["positie", "code", "gebied", "waarde", "ondergrens_95", "bovengrens_95",
                                                        "vergelijking", "significant_99_8"], rows: rows),
                            filename: "kleine-gebieden-\(q.definition.code)-\(q.within?.code ?? "NL")-\(q.level.rawValue)-\(q.period).csv")
    }
}

enum SmallAreasView {
    static func render(_ shell: PageShell, query q: LevelQuery, ranking: [RankedArea]) -> Response {
        let lang = shell.lang
        let d = q.definition
        let place = q.within?.name ?? lang.t("Nederland", "the Netherlands")
        let title = lang.t("\(d.nameNL): gebieden in \(place)", "\(d.nameEN): areas in \(place)")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(lang.t("Van minst naar meest gunstig, periode \(q.period). Elk gebied is vergeleken met \(q.reference?.area.name ?? "het geheel") (\(q.reference.map { SVGWriter.dutch($0.figure.value) } ?? "—") \(d.unitLabel)): alleen een significant verschil is waarschijnlijk echt.",
                       "From least to most favourable, period \(q.period). Each area is compared with \(q.reference?.area.name ?? "the whole") (\(q.reference.map { SVGWriter.dutch($0.figure.value) } ?? "—") \(d.unitLabel)): only a significant difference is probably real.")),
            MonitoringForms.levelForm(lang, action: SiteURL.smallAreas(d.code).path, query: q),
        ]
        content += MonitoringForms.smallNumbersNotice(lang, query: q)
        guard !ranking.isEmpty else {
            content.append(H.notice(lang.t("Er zijn geen cijfers voor deze keuze.", "There are no figures for this choice.")))
            return Layout.page(shell, title: title, content)
        }
        content += [
            H.el("p", H.a(SiteURL.smallAreasCSV(d.code).with(q.query), lang.t("Download als CSV", "Download as CSV")), H.text(" · "),
                 H.a(SiteURL.map(d.code).with(q.query), lang.t("Op de kaart", "On the map")), H.text(" · "),
                 H.a(SiteURL.funnel(d.code).with(q.query), lang.t("Trechterdiagram", "Funnel plot"))),
            H.table(caption: lang.t("Gebieden gerangschikt", "Areas ranked"),
                    headers: ["#", lang.t("Gebied", "Area"), lang.t("Waarde", "Value") + " (\(d.unitLabel))",
                              lang.t("95%-interval", "95% interval"), lang.t("Vergelijking", "Comparison")],
                    rows: ranking.map { row in
                        let interval = row.interval95.map { "\(SVGWriter.dutch($0.lower)) – \(SVGWriter.dutch($0.upper))" } ?? "—"
                        let comparison = row.isHidden ? lang.t("verborgen (kleine aantallen)", "hidden (small numbers)")
                            : lang.t(row.comparison.outcome.dutchLabel, row.comparison.outcome.englishLabel)
                                + (row.significant998 ? lang.t(" (ook bij 99,8%)", " (also at 99.8%)") : "")
                        return [H.text(row.position.map(String.init) ?? "—"),
                                H.a(SiteURL.areaProfile(row.areaCode).path, row.areaName),
                                H.text(row.value.map { SVGWriter.dutch($0) } ?? "—"), H.text(interval), H.text(comparison)]
                    }),
        ]
        return Layout.page(shell, title: title, content)
    }
}
