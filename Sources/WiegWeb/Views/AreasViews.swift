import Vapor
import WiegCore
import WiegStore

enum AreasIndexView {
    static func render(_ shell: PageShell, areas: [Area], kind: AreaKind?) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = areas.map { area in
            [H.a(SiteURL.area(area.code).path, area.name), H.text(area.code), H.text(kindName(area.kind, lang)),
             H.text(area.synthetic ? lang.t("ja (demo)", "yes (demo)") : lang.t("nee", "no"))]
        }
        return Layout.page(shell, title: lang.t("Gebieden", "Areas"), [
            H.h1(lang.t("Gebieden", "Areas")),
            H.p(lang.t("Elk gebied heeft één code die overal in Wieg terugkomt: NL, PV20–PV31, GMxxxx, WKxxxxxx, PC4-xxxx, en regio's met een korte naam.",
                       "Every area has one code used everywhere in Wieg: NL, PV20–PV31, GMxxxx, WKxxxxxx, PC4-xxxx, and regions by a short name."), H.cls("lead")),
            H.el("form", H.attr("method", "get"), H.attr("action", SiteURL.areas.path), H.cls("filters"),
                 Forms.select(lang.t("Soort gebied", "Kind of area"), name: "soort",
                              options: [("", lang.t("Alle soorten", "All kinds"))] + AreaKind.allCases.map { ($0.rawValue, kindName($0, lang)) },
                              selected: kind?.rawValue ?? ""),
                 Forms.submit(lang.t("Tonen", "Show"), cls: "button button-secondary")),
            H.el("p", H.a(SiteURL.apiAreas.with([("soort", kind?.rawValue)]), lang.t("Als JSON", "As JSON"))),
            H.table(caption: lang.t("\(areas.count) gebieden", "\(areas.count) areas"),
                    headers: [lang.t("Naam", "Name"), "Code", lang.t("Soort", "Kind"), lang.t("Synthetisch", "Synthetic")], rows: rows),
        ])
    }

    static func kindName(_ kind: AreaKind, _ lang: Lang) -> String { lang.t(kind.dutchName, kind.englishName) }
}

enum AreaShowView {
    static func render(_ shell: PageShell, area: Area, parent: Area?, children: [Area], regions: [Area]) -> Response {
        let lang = shell.lang
        let link: (Area) -> BodyNode = { H.a(SiteURL.area($0.code).path, "\($0.name) (\($0.code))") }
        return Layout.page(shell, title: area.name, [
            H.h1(area.name),
            area.synthetic ? H.notice(lang.t("Dit gebied is verzonnen voor de demo.", "This area is made up for the demo."), kind: "warn") : .empty,
            H.dl([
                ("Code", H.text(area.code)),
                (lang.t("Soort", "Kind"), H.text(AreasIndexView.kindName(area.kind, lang))),
                (lang.t("Ligt in", "Lies in"), parent.map(link) ?? H.text("—")),
                (lang.t("Regio's", "Regions"), regions.isEmpty ? H.text("—") : H.el("ul", regions.map { H.el("li", link($0)) })),
            ]),
            children.isEmpty ? .empty : H.h2(area.kind == .regio ? lang.t("Gemeenten in deze regio", "Municipalities in this region")
                                                                 : lang.t("Gebieden hierbinnen", "Areas within")),
            children.isEmpty ? .empty : H.el("ul", children.map { H.el("li", link($0)) }),
            H.el("p", H.a(SiteURL.areaProfile(area.code).path, lang.t("Cijfers: profiel van \(area.name)", "Figures: profile of \(area.name)"))),
            H.el("p", H.a(SiteURL.apiArea(area.code).path, lang.t("Als JSON", "As JSON"))),
        ])
    }
}

enum GeographyImportView {
    static func render(_ shell: PageShell, plan: GeographyImportPlan?, committed: (created: Int, updated: Int)?,
                       error: String? = nil, status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        let report = ImportReport.nodes(lang: lang, checked: plan.map { ($0.isValid, $0.records.count, $0.issues) },
                                        committed: committed, noun: ("gebieden", "areas"))
        return Layout.page(shell, title: lang.t("Gebieden importeren", "Import areas"), status: status, [
            H.h1(lang.t("Gebieden importeren", "Import areas")),
            error.map { H.notice($0, kind: "error") } ?? .empty,
            .group(report),
            H.p(lang.t("Een CSV-bestand (UTF-8 of Windows-1252, gescheiden door ; of ,) met de kolommen code, naam, soort, ouder, leden en synthetisch. Eerst controleren; importeren slaat alles op of niets.",
                       "A CSV file (UTF-8 or Windows-1252, separated by ; or ,) with the columns code, naam, soort, ouder, leden and synthetisch. Check first; importing saves everything or nothing.")),
            ImportReport.form(action: .geographyImport, csrf: shell.csrf, lang: lang),
        ])
    }
}
