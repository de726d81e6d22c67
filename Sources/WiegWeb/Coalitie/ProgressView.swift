import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum ProgressView {
    static func render(_ shell: PageShell, context c: CoalitionContext, year: Int, rows: [ActionLineProgress]) -> Response {
        let lang = shell.lang
        let title = lang.t("Voortgang \(year): \(c.model.name)", "Progress \(year): \(c.model.name)")
        let quarters = (1...4).map { Quarter(year: year, quarter: $0) }
        // Each activity once (an activity with two action lines is in two rows).
        let planned = quarters.map { q in c.work.activities.filter { $0.status != .gestopt && $0.quarters.contains(q) }.count }
        let realised = quarters.map { q in c.work.activities.filter { ActivityProgress.realisedQuarter($0) == q }.count }
        func cumulative(_ values: [Int]) -> [Double] { values.indices.map { Double(values[...$0].reduce(0, +)) } }
        let series = [
            TrendSeries(
                label: lang.t("Gepland (cumulatief)", "Planned (cumulative)"),
                points: zip(quarters, cumulative(planned)).map { TrendPoint(period: $0.label, value: $1) }),
            TrendSeries(
                label: lang.t("Gerealiseerd (cumulatief)", "Realised (cumulative)"),
                points: zip(quarters, cumulative(realised)).map { TrendPoint(period: $0.label, value: $1) })
        ]
        let shown = rows.filter { $0.quarters.contains { $0.planned + $0.realised > 0 } }
        return Layout.page(
            shell, title: title,
            [
                H.h1(title),
                H.p(
                    lang.t(
                        "Per kwartaal: gepland / loopt nu / gerealiseerd. 'Loopt nu' is de huidige status van wat in dat kwartaal gepland stond; statussen hebben geen geschiedenis.",
                        "Per quarter: planned / running now / realised. 'Running now' is today's status of what was planned in that quarter; statuses have no history."
                    )),
                H.el(
                    "form", H.attr("method", "get"), H.attr("action", SiteURL.coalitionProgress(c.slug).path), H.cls("filters"),
                    Forms.field(lang.t("Jaar", "Year"), name: "jaar", value: String(year)),
                    Forms.submit(lang.t("Tonen", "Show"), cls: "button button-secondary")),
                H.el(
                    "figure", H.cls("chart"),
                    .raw(TrendChartSVG.render(series: series, unit: lang.t("activiteiten", "activities"), title: title)),
                    H.el(
                        "figcaption",
                        H.text(
                            lang.t(
                                "De tabel hieronder bevat dezelfde cijfers per actielijn.",
                                "The table below holds the figures per action line.")))),
                shown.isEmpty
                    ? H.p(lang.t("Geen activiteiten in \(year).", "No activities in \(year)."))
                    : H.table(
                        caption: lang.t(
                            "Per actielijn en kwartaal (gepland / loopt / gerealiseerd)",
                            "Per action line and quarter (planned / running / realised)"),
                        headers: [lang.t("Actielijn", "Action line")] + quarters.map(\.label),
                        rows: shown.map { row in
                            [
                                H.text(
                                    row.actionLine.map { "\($0.rawValue) \(lang.t($0.dutchName, $0.englishName))" }
                                        ?? lang.t("zonder actielijn", "no action line"))
                            ]
                                + row.quarters.map { H.text("\($0.planned) / \($0.running) / \($0.realised)") }
                        }),
                H.el("p", H.a(SiteURL.coalition(c.slug).path, lang.t("Terug naar het dashboard", "Back to the dashboard")))
            ])
    }
}
