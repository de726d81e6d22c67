import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum TrendView {
    static func render(_ shell: PageShell, query q: TrendController.Query) -> Response {
        let lang = shell.lang
        let d = q.definition
        let title = lang.t("Trend: \(d.nameNL) in \(q.area.name)", "Trend: \(d.nameEN) in \(q.area.name)")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "De band is het 95%-betrouwbaarheidsinterval van \(q.area.name); de stippellijnen zijn de gebieden eromheen. Een onderbroken lijn is een periode zonder (openbaar) cijfer.",
                    "The band is the 95% confidence interval of \(q.area.name); the dashed lines are the surrounding areas. A broken line is a period without a (public) figure."
                )),
            H.el(
                "form", H.attr("method", "get"), H.attr("action", SiteURL.trend(d.code).path), H.cls("filters"),
                Forms.field(lang.t("Gebied (code)", "Area (code)"), name: "gebied", value: q.area.code),
                Forms.submit(lang.t("Tonen", "Show"), cls: "button button-secondary"))
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
            H.el(
                "figure", H.cls("chart"), .raw(svg),
                H.el("figcaption", H.text(lang.t("De tabel hieronder bevat dezelfde cijfers.", "The table below holds the same figures.")))),
            H.el("p", H.a(SiteURL.trendCSV(d.code).with([("gebied", q.area.code)]), lang.t("Download als CSV", "Download as CSV"))),
            H.table(
                caption: lang.t("Cijfers per periode", "Figures per period"),
                headers: [lang.t("Periode", "Period")] + q.trends.map { "\($0.areaName) (\(d.unitLabel))" }
                    + [lang.t("Vergelijking", "Comparison")],
                rows: main.points.indices.map { i in
                    [H.text(main.points[i].period.description)]
                        + q.trends.map { trend in H.text(cellText(trend.points[i].cell, lang: lang)) }
                        + [
                            H.text(
                                main.points[i].cell.value == nil
                                    ? "—"
                                    : lang.t(
                                        main.points[i].cell.comparison.dutchLabel,
                                        main.points[i].cell.comparison.englishLabel))
                        ]
                })
        ]
        content += MonitoringForms.hiddenCellsNote(q.trends.flatMap { $0.points.map(\.cell) }, lang: lang)
        content += StoriesView.beside(
            q.stories, lang: lang, new: SiteURL.storyNew.with([("indicator", d.code), ("gebied", q.area.code)]),
            mayWrite: Access.storyWriters.allows(shell.role))
        return Layout.page(shell, title: title, content)
    }

    static func cellText(_ c: IndicatorCell, lang: Lang) -> String {
        guard let value = c.value else { return c.suppression.isHidden ? lang.t("verborgen", "hidden") : "—" }
        let interval = c.interval95.map { " (\(SVGWriter.dutch($0.lower)) – \(SVGWriter.dutch($0.upper)))" } ?? ""
        return SVGWriter.dutch(value) + interval
    }
}
