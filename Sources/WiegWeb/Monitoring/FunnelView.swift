import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum FunnelView {
    static func render(_ shell: PageShell, query q: LevelQuery, data: FunnelData?) -> Response {
        let lang = shell.lang
        let d = q.definition
        let title = lang.t("Trechterdiagram: \(d.nameNL)", "Funnel plot: \(d.nameEN)")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "Elk punt is een gebied (\(q.level.rawValue)), periode \(q.period). De lijnen zijn de 95%- en 99,8%-grenzen rond het gemiddelde van alle getoonde gebieden: een punt daarbuiten verschilt waarschijnlijk echt, niet door toeval.",
                    "Each point is an area (\(q.level.rawValue)), period \(q.period). The lines are the 95% and 99.8% limits around the mean of all areas shown: a point outside them probably differs for real, not by chance."
                )),
            MonitoringForms.levelForm(lang, action: SiteURL.funnel(d.code).path, query: q)
        ]
        content += MonitoringForms.smallNumbersNotice(lang, query: q)
        guard let data else {
            content.append(H.notice(lang.t("Er zijn geen cijfers voor deze keuze.", "There are no figures for this choice.")))
            return Layout.page(shell, title: title, content)
        }
        let svg = FunnelPlotSVG.render(
            points: data.points, limits95: data.limits95, limits998: data.limits998, target: data.target,
            unit: d.unitLabel, title: title)
        content += [
            H.el(
                "figure", H.cls("chart"), .raw(svg),
                H.el(
                    "figcaption",
                    H.text(
                        lang.t(
                            "Gemiddelde: \(SVGWriter.dutch(data.target)) \(d.unitLabel). De tabel hieronder bevat dezelfde cijfers.",
                            "Mean: \(SVGWriter.dutch(data.target)) \(d.unitLabel). The table below holds the same figures.")))),
            H.el(
                "p", H.a(SiteURL.funnelCSV(d.code).with(q.query), lang.t("Download als CSV", "Download as CSV")), H.text(" · "),
                H.a(SiteURL.smallAreas(d.code).with(q.query), lang.t("Gerangschikt met intervallen", "Ranked with intervals")),
                H.text(" · "),
                H.a(SiteURL.map(d.code).with(q.query), lang.t("Op de kaart", "On the map"))),
            H.textTable(
                caption: lang.t("Gebieden in het trechterdiagram", "Areas in the funnel plot"),
                headers: [
                    lang.t("Gebied", "Area"), lang.t("Teller", "Numerator"), lang.t("Noemer", "Denominator"),
                    lang.t("Waarde", "Value") + " (\(d.unitLabel))", lang.t("Positie", "Position")
                ],
                rows: data.rows.map { row in
                    let hidden = row.position == .hidden
                    return [
                        row.name, hidden ? "—" : String(row.numerator), hidden ? "—" : String(row.denominator),
                        row.value.map { SVGWriter.dutch($0) } ?? "—", row.position.dutchName
                    ]
                })
        ]
        return Layout.page(shell, title: title, content)
    }
}
