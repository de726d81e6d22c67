import Vapor
import WiegCore
import WiegStore

enum AreasIndexView {
    static func render(_ shell: PageShell, areas: [AreaRecord], kind: AreaKind?) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = areas.map { area in
            [
                H.a(SiteURL.area(area.code).path, area.name), H.text(area.code), H.text(kindName(area.kind, lang)),
                H.text(area.synthetic ? lang.t("ja (demo)", "yes (demo)") : lang.t("nee", "no"))
            ]
        }
        return Layout.page(
            shell, title: lang.t("Gebieden", "Areas"),
            [
                H.h1(lang.t("Gebieden", "Areas")),
                H.p(
                    lang.t(
                        "Elk gebied heeft één code die overal in Wieg terugkomt: NL, PV20–PV31, GMxxxx, WKxxxxxx, PC4-xxxx, en regio's met een korte naam.",
                        "Every area has one code used everywhere in Wieg: NL, PV20–PV31, GMxxxx, WKxxxxxx, PC4-xxxx, and regions by a short name."
                    ), H.cls("lead")),
                H.el(
                    "form", H.attr("method", "get"), H.attr("action", SiteURL.areas.path), H.cls("filters"),
                    Forms.select(
                        lang.t("Soort gebied", "Kind of area"), name: "soort",
                        options: [("", lang.t("Alle soorten", "All kinds"))] + AreaKind.allCases.map { ($0.rawValue, kindName($0, lang)) },
                        selected: kind?.rawValue ?? ""),
                    Forms.submit(lang.t("Tonen", "Show"), cls: "button button-secondary")),
                H.el("p", H.a(SiteURL.apiAreas.with([("soort", kind?.rawValue)]), lang.t("Als JSON", "As JSON"))),
                H.table(
                    caption: lang.t("\(areas.count) gebieden", "\(areas.count) areas"),
                    headers: [lang.t("Naam", "Name"), "Code", lang.t("Soort", "Kind"), lang.t("Synthetisch", "Synthetic")], rows: rows)
            ])
    }

    static func kindName(_ kind: AreaKind, _ lang: Lang) -> String { lang.t(kind.dutchName, kind.englishName) }
}
