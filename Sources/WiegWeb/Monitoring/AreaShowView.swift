import Vapor
import WiegCore
import WiegStore

enum AreaShowView {
    static func render(_ shell: PageShell, area: AreaRecord, parent: AreaRecord?, children: [AreaRecord], regions: [AreaRecord]) -> Response
    {
        let lang = shell.lang
        let link: (AreaRecord) -> BodyNode = { H.a(SiteURL.area($0.code).path, "\($0.name) (\($0.code))") }
        return Layout.page(
            shell, title: area.name,
            [
                H.h1(area.name),
                area.synthetic
                    ? H.notice(lang.t("Dit gebied is verzonnen voor de demo.", "This area is made up for the demo."), kind: .warn) : .empty,
                H.dl([
                    ("Code", H.text(area.code)),
                    (lang.t("Soort", "Kind"), H.text(AreasIndexView.kindName(area.kind, lang))),
                    (lang.t("Ligt in", "Lies in"), parent.map(link) ?? H.text("—")),
                    (lang.t("Regio's", "Regions"), regions.isEmpty ? H.text("—") : H.el("ul", regions.map { H.el("li", link($0)) }))
                ]),
                children.isEmpty
                    ? .empty
                    : H.h2(
                        area.kind == .regio
                            ? lang.t("Gemeenten in deze regio", "Municipalities in this region")
                            : lang.t("Gebieden hierbinnen", "Areas within")),
                children.isEmpty ? .empty : H.el("ul", children.map { H.el("li", link($0)) }),
                H.el(
                    "p",
                    H.a(
                        SiteURL.areaProfile(area.code).path, lang.t("Cijfers: profiel van \(area.name)", "Figures: profile of \(area.name)")
                    )),
                H.el("p", H.a(SiteURL.apiArea(area.code).path, lang.t("Als JSON", "As JSON")))
            ])
    }
}
