import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum RegionMonitoringView {
    static func render(
        _ shell: PageShell, matrix m: RegionMatrix, showsSmallNumbers: Bool, referrals: [(label: String, count: ReferralCount)] = []
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Monitoring: \(m.regionName)", "Monitoring: \(m.regionName)")
        let shown = m.columns.indices.filter { m.columns[$0].period != nil }
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "Elke gemeente van de regio, per indicator in de laatste periode die alle gemeenten hebben, vergeleken met de regio als geheel. Alleen een significant verschil is waarschijnlijk echt.",
                    "Every municipality of the region, per indicator in the latest period all municipalities have, compared with the region as a whole. Only a significant difference is probably real."
                )),
            H.el("p", H.a(SiteURL.regionCoalitions(m.regionCode).path, lang.t("Coalities in deze regio", "Coalitions in this region")))
        ]
        if showsSmallNumbers {
            content.append(MonitoringForms.smallNumbersWarning(lang))
        }
        guard !shown.isEmpty else {
            content.append(H.notice(lang.t("Er zijn nog geen cijfers voor deze regio.", "There are no figures for this region yet.")))
            return Layout.page(shell, title: title, content)
        }
        content.append(
            H.table(
                caption: lang.t("Gemeenten × indicatoren", "Municipalities × indicators"),
                headers: [lang.t("Gemeente", "Municipality")]
                    + shown.map { i in
                        let c = m.columns[i]
                        return "\(lang.t(c.nameNL, c.nameEN)) (\(c.unitLabel), \(c.period!.description))"
                    },
                rows: m.allRows.map { row in
                    [
                        row.isRegionTotal
                            ? H.text(lang.t("Regio als geheel", "Region as a whole"))
                            : H.a(SiteURL.areaProfile(row.areaCode).path, row.areaName)
                    ]
                        + shown.map { i in H.text(cellText(row.cells[i], total: row.isRegionTotal, lang: lang)) }
                }))
        content += MonitoringForms.hiddenCellsNote(m.allRows.flatMap { row in shown.map { row.cells[$0] } }, lang: lang)
        content.append(
            H.el(
                "ul",
                shown.map { i in
                    H.el(
                        "li",
                        H.a(
                            SiteURL.funnel(m.columns[i].code).with([("gebied", m.regionCode)]),
                            lang.t("Trechterdiagram \(m.columns[i].nameNL)", "Funnel plot \(m.columns[i].nameEN)")), H.text(" · "),
                        H.a(SiteURL.map(m.columns[i].code).with([("gebied", m.regionCode)]), lang.t("kaart", "map")))
                }))
        if !referrals.isEmpty {
            // Per municipality, never a regional total in public: it would give away a hidden count.
            content.append(H.h2(lang.t("Verwijzingen met een hulpkaart", "Referrals with a help card"), id: "verwijzingen"))
            content.append(
                H.table(
                    caption: lang.t("Hulpkaarten per gemeente, sinds het begin", "Help cards per municipality, since the start"),
                    headers: [
                        lang.t("Gemeente", "Municipality"), lang.t("Gemaakt", "Made"), lang.t("Contact bevestigd", "Contact confirmed"),
                        lang.t("Deel bevestigd", "Share confirmed")
                    ],
                    rows: ReferralCount.table(referrals, showSmall: showsSmallNumbers, roundedTo: 5).map { $0.map(H.text) }))
        }
        return Layout.page(shell, title: title, content)
    }

    static func cellText(_ c: IndicatorCell, total: Bool, lang: Lang) -> String {
        guard let value = c.value else { return c.suppression.isHidden ? lang.t("verborgen", "hidden") : "—" }
        guard !total, c.comparison.isSignificant else { return SVGWriter.dutch(value) }
        return SVGWriter.dutch(value) + " (" + lang.t(c.comparison.dutchLabel, c.comparison.englishLabel) + ")"
    }
}
