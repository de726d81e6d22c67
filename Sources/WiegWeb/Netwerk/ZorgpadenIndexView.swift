import Foundation
import Plot
import Vapor
import WiegCore

enum ZorgpadenIndexView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, filter: ZorgpadenController.Filter,
        paths: [ZorgpadRecord], now: Date, canCreate: Bool = false
    ) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = paths.map { p in
            [
                H.a(SiteURL.zorgpad(p.id.uuidString).path, p.title), H.text(network.areaName(p.areaCode)),
                H.text(network.needName(p.needCode, lang)), H.text("\(p.steps.count)"),
                NetworkBits.freshness(p.lastVerified, now: now, lang: lang)
            ]
        }
        return Layout.page(
            shell, title: lang.t("Zorgpaden", "Care paths"),
            [
                H.h1(lang.t("Zorgpaden", "Care paths")),
                H.p(
                    lang.t(
                        "Per gemeente en per behoefte: wie u belt, welk aanbod u inzet en wanneer u opschaalt.",
                        "Per municipality and need: whom to call, which service to use and when to escalate."), H.cls("lead")),
                canCreate ? H.el("p", H.a(SiteURL.zorgpadNew.path, lang.t("Nieuw zorgpad", "New care path"), H.cls("button"))) : .empty,
                NetworkBits.areaNeedForm(
                    action: .zorgpaden, network: network, municipality: filter.municipality, need: filter.need, lang: lang),
                H.table(
                    caption: lang.t("\(paths.count) zorgpaden", "\(paths.count) care paths"),
                    headers: [
                        lang.t("Zorgpad", "Care path"), lang.t("Gebied", "Area"), lang.t("Behoefte", "Need"),
                        lang.t("Stappen", "Steps"), lang.t("Laatst gecontroleerd", "Last checked")
                    ], rows: rows),
                H.el(
                    "p",
                    H.a(
                        SiteURL.apiZorgpaden.with([("gemeente", filter.municipality), ("behoefte", filter.need)]),
                        lang.t("Als JSON", "As JSON")))
            ])
    }
}
