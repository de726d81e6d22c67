import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum MapView {
    static func render(_ shell: PageShell, query q: LevelQuery, map: MapController.MapData, title: String) -> Response {
        let lang = shell.lang
        let d = q.definition
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "\(q.within?.name ?? "Nederland"), \(q.level.rawValue), periode \(q.period). De kleuren zijn \(map.classes.classes.count) klassen met elk ongeveer evenveel gebieden; gearceerde gebieden zijn verborgen omdat de aantallen te klein zijn.",
                    "\(q.within?.name ?? "The Netherlands"), \(q.level.rawValue), period \(q.period). The colours are \(map.classes.classes.count) classes with about as many areas each; hatched areas are hidden because the numbers are too small."
                )),
            MonitoringForms.levelForm(lang, action: SiteURL.map(d.code).path, query: q)
        ]
        content += MonitoringForms.smallNumbersNotice(lang, query: q)
        if map.synthetic {
            content.append(
                H.notice(
                    lang.t(
                        "Synthetisch: deze grenzen zijn vereenvoudigde vormen voor de demo, geen echte gebiedsgrenzen.",
                        "Synthetic: these boundaries are simplified shapes for the demo, not real area boundaries.")))
        }
        if let svg = map.svg {
            content.append(
                H.el(
                    "figure", H.cls("chart"), .raw(svg),
                    H.el(
                        "figcaption",
                        H.text(lang.t("De tabel hieronder bevat dezelfde cijfers.", "The table below holds the same figures.")))))
        } else {
            content.append(
                H.notice(
                    lang.t(
                        "Voor deze gebieden zijn geen grenzen geïmporteerd (wieg import boundaries). De cijfers staan in de tabel.",
                        "No boundaries have been imported for these areas (wieg import boundaries). The figures are in the table.")))
        }
        if !map.withoutBoundary.isEmpty, map.svg != nil {
            content.append(
                H.p(
                    lang.t("Zonder grens (alleen in de tabel): ", "Without a boundary (table only): ")
                        + map.withoutBoundary.joined(separator: ", ")))
        }
        content.append(
            H.el(
                "p", H.a(SiteURL.smallAreasCSV(d.code).with(q.query), lang.t("Download als CSV", "Download as CSV")), H.text(" · "),
                H.a(SiteURL.smallAreas(d.code).with(q.query), lang.t("Gerangschikt met intervallen", "Ranked with intervals"))))
        content.append(
            H.textTable(
                caption: lang.t("Gebieden op de kaart", "Areas on the map"),
                headers: [lang.t("Gebied", "Area"), lang.t("Waarde", "Value") + " (\(d.unitLabel))", lang.t("Klasse", "Class")],
                rows: q.cells.map { cell in
                    let hidden = q.hidden(cell)
                    let value = hidden ? nil : cell.figure?.value
                    let klass =
                        hidden
                        ? lang.t(cell.state.dutchLabel, cell.state.englishLabel)
                        : value.flatMap { map.classes.classIndex(for: $0) }.map { map.classes.classes[$0].label } ?? "—"
                    return [cell.area.name, value.map { SVGWriter.dutch($0) } ?? "—", klass]
                }))
        return Layout.page(shell, title: title, content)
    }
}
