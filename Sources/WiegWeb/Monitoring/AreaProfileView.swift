import Foundation
import Vapor
import WiegCore
import WiegStore

enum AreaProfileView {
    static func render(_ shell: PageShell, area: AreaRecord, rows: [ProfileRow], showsSmallNumbers: Bool) -> Response {
        let lang = shell.lang
        var content: [BodyNode] = [
            H.h1(lang.t("Profiel van \(area.name)", "Profile of \(area.name)")),
            H.p(
                lang.t(
                    "Elke waarde met haar 95%-betrouwbaarheidsinterval: bij kleine aantallen is het interval breed. De vergelijking zegt of het verschil met het grotere gebied statistisch significant is (95 %; ** ook bij 99,8 %).",
                    "Each value with its 95 % confidence interval: with small numbers the interval is wide. The comparison says whether the difference with the larger area is statistically significant (95 %; ** also at 99.8 %)."
                ), H.cls("lead"))
        ]
        if showsSmallNumbers && rows.contains(where: { $0.publicState.isHidden && !$0.suppressed }) {
            content.append(
                H.notice(
                    lang.t(
                        "Let op: deze pagina toont ook kleine aantallen (minder dan 10). Die zijn alleen zichtbaar omdat u bent ingelogd; deel ze niet buiten de coalitie.",
                        "Note: this page also shows small numbers (below 10). They are visible only because you are signed in; do not share them outside the coalition."
                    ), kind: .warn))
        }
        if rows.isEmpty {
            content.append(
                H.notice(lang.t("Voor dit gebied zijn nog geen cijfers geïmporteerd.", "No figures have been imported for this area yet.")))
        }
        for phase in Phase.allCases {
            let inPhase = rows.filter { $0.definition.phase == phase }
            guard !inPhase.isEmpty else { continue }
            content.append(H.h2(lang.t(phase.dutchName.capitalizedFirst, phase.englishName.capitalizedFirst)))
            content.append(
                H.table(
                    caption: lang.t("Indicatoren \(phase.dutchName), \(area.name)", "Indicators \(phase.englishName), \(area.name)"),
                    headers: [
                        lang.t("Indicator", "Indicator"), lang.t("Periode", "Period"),
                        lang.t("Waarde (95%-interval)", "Value (95 % interval)"),
                        lang.t("Teller / noemer", "Numerator / denominator"), lang.t("Vergelijking", "Comparison"),
                        lang.t("Verloop en meer", "Trend and more")
                    ],
                    rows: inPhase.map { row(for: $0, lang: lang) + [more(for: $0, area: area, lang: lang)] }))
        }
        content.append(
            H.el(
                "p", H.a(SiteURL.apiAreaProfile(area.code).path, lang.t("Als JSON", "As JSON")), H.text(" · "),
                H.a(SiteURL.area(area.code).path, lang.t("Over dit gebied", "About this area"))))
        return Layout.page(shell, title: lang.t("Profiel \(area.name)", "Profile \(area.name)"), content)
    }

    static func row(for row: ProfileRow, lang: Lang) -> [BodyNode] {
        let d = row.definition
        let name = H.el(
            "span", H.text(lang.t(d.nameNL, d.nameEN)),
            row.isSynthetic ? H.el("span", H.cls("badge"), H.text(lang.t(" synthetisch", " synthetic"))) : .empty)
        guard !row.suppressed else {
            return [
                name, H.text(row.period.description),
                H.text(
                    row.publicState == .secondary
                        ? lang.t(
                            "niet getoond: anders terug te rekenen uit het totaal van het grotere gebied",
                            "not shown: it could be derived from the larger area's total")
                        : lang.t("niet getoond: minder dan \(d.publicationThreshold)", "not shown: fewer than \(d.publicationThreshold)")),
                H.text("—"), H.text("—")
            ]
        }
        let f = row.figure
        let value = "\(number(f.value, lang)) \(d.unitLabel) (\(number(f.interval95.lower, lang))–\(number(f.interval95.upper, lang)))"
        let comparisons: BodyNode =
            row.references.isEmpty
            ? H.text("—")
            : H.el(
                "ul",
                row.references.map { ref in
                    H.el(
                        "li", H.text("\(lang.t("t.o.v.", "vs")) \(ref.area.name) (\(number(ref.figure.value, lang))): "),
                        H.el(
                            "span", H.cls("outcome outcome-\(ref.comparison.outcome.rawValue)"),
                            H.text(
                                lang.t(ref.comparison.outcome.dutchLabel, ref.comparison.outcome.englishLabel)
                                    + (ref.comparison.significantAt998 ? " **" : ""))))
                })
        return [name, H.text(row.period.description), H.text(value), H.text("\(f.numerator) / \(f.denominator)"), comparisons]
    }

    /// The sparkline over the periods and links to the trend, the smaller areas and the map.
    static func more(for row: ProfileRow, area: AreaRecord, lang: Lang) -> BodyNode {
        let code = row.definition.code
        var links: [BodyNode] = [H.a(SiteURL.trend(code).with([("gebied", area.code)]), lang.t("trend", "trend"))]
        if [.gemeente, .regio, .provincie].contains(area.kind) {
            let level = area.kind == .gemeente ? "wijk" : "gemeente"
            links += [
                H.text(" · "), H.a(SiteURL.smallAreas(code).with([("gebied", area.code), ("niveau", level)]), lang.t("gebieden", "areas")),
                H.text(" · "), H.a(SiteURL.map(code).with([("gebied", area.code), ("niveau", level)]), lang.t("kaart", "map"))
            ]
        }
        let spark: BodyNode =
            row.trend.count > 1
            ? .raw(
                SparklineSVG.render(
                    values: row.trend, label: lang.t("Verloop over \(row.trend.count) perioden", "Trend over \(row.trend.count) periods")))
            : .empty
        return H.el("span", [spark, H.text(" ")] + links)
    }

    static func number(_ value: Double, _ lang: Lang) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: lang == .nl ? "nl_NL" : "en_GB")
        formatter.minimumFractionDigits = 1
        formatter.maximumFractionDigits = 1
        return formatter.string(from: NSNumber(value: value)) ?? String(format: "%.1f", value)
    }
}
