import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum SmallAreasView {
    static func render(_ shell: PageShell, query q: LevelQuery, ranking: [RankedArea]) -> Response {
        let states = Dictionary(q.cells.map { ($0.area.code, $0.state) }, uniquingKeysWith: { a, _ in a })
        let lang = shell.lang
        let d = q.definition
        let place = q.within?.name ?? lang.t("Nederland", "the Netherlands")
        let title = lang.t("\(d.nameNL): gebieden in \(place)", "\(d.nameEN): areas in \(place)")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "Van minst naar meest gunstig, periode \(q.period). Elk gebied is vergeleken met \(q.reference?.area.name ?? "het geheel") (\(q.reference.map { SVGWriter.dutch($0.figure.value) } ?? "—") \(d.unitLabel)): alleen een significant verschil is waarschijnlijk echt.",
                    "From least to most favourable, period \(q.period). Each area is compared with \(q.reference?.area.name ?? "the whole") (\(q.reference.map { SVGWriter.dutch($0.figure.value) } ?? "—") \(d.unitLabel)): only a significant difference is probably real."
                )),
            MonitoringForms.levelForm(lang, action: SiteURL.smallAreas(d.code).path, query: q)
        ]
        content += MonitoringForms.smallNumbersNotice(lang, query: q)
        guard !ranking.isEmpty else {
            content.append(H.notice(lang.t("Er zijn geen cijfers voor deze keuze.", "There are no figures for this choice.")))
            return Layout.page(shell, title: title, content)
        }
        content += [
            H.el(
                "p", H.a(SiteURL.smallAreasCSV(d.code).with(q.query), lang.t("Download als CSV", "Download as CSV")), H.text(" · "),
                H.a(SiteURL.map(d.code).with(q.query), lang.t("Op de kaart", "On the map")), H.text(" · "),
                H.a(SiteURL.funnel(d.code).with(q.query), lang.t("Trechterdiagram", "Funnel plot"))),
            H.table(
                caption: lang.t("Gebieden gerangschikt", "Areas ranked"),
                headers: [
                    "#", lang.t("Gebied", "Area"), lang.t("Waarde", "Value") + " (\(d.unitLabel))",
                    lang.t("95%-interval", "95% interval"), lang.t("Vergelijking", "Comparison")
                ],
                rows: ranking.map { row in
                    let state = states[row.areaCode] ?? .primary
                    let interval = row.interval95.map { "\(SVGWriter.dutch($0.lower)) – \(SVGWriter.dutch($0.upper))" } ?? "—"
                    let comparison =
                        row.isHidden
                        ? lang.t(state.dutchLabel, state.englishLabel)
                        : lang.t(row.comparison.outcome.dutchLabel, row.comparison.outcome.englishLabel)
                            + (row.significant998 ? lang.t(" (ook bij 99,8%)", " (also at 99.8%)") : "")
                    return [
                        H.text(row.position.map(String.init) ?? "—"),
                        H.a(SiteURL.areaProfile(row.areaCode).path, row.areaName),
                        H.text(row.value.map { SVGWriter.dutch($0) } ?? "—"), H.text(interval), H.text(comparison)
                    ]
                })
        ]
        return Layout.page(shell, title: title, content)
    }
}
