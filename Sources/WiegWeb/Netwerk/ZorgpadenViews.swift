import Foundation
import Plot
import Vapor
import WiegCore

enum ZorgpadenIndexView {
    static func render(_ shell: PageShell, network: NetworkCache.Snapshot, filter: ZorgpadenController.Filter,
                       paths: [ZorgpadRecord], now: Date, canCreate: Bool = false) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = paths.map { p in
            [H.a(SiteURL.zorgpad(p.id.uuidString).path, p.title), H.text(network.areaName(p.areaCode)),
             H.text(network.needName(p.needCode, lang)), H.text("\(p.steps.count)"), NetworkBits.freshness(p.lastVerified, now: now, lang: lang)]
        }
        return Layout.page(shell, title: lang.t("Zorgpaden", "Care paths"), [
            H.h1(lang.t("Zorgpaden", "Care paths")),
            H.p(lang.t("Per gemeente en per behoefte: wie u belt, welk aanbod u inzet en wanneer u opschaalt.",
                       "Per municipality and need: whom to call, which service to use and when to escalate."), H.cls("lead")),
            canCreate ? H.el("p", H.a(SiteURL.zorgpadNew.path, lang.t("Nieuw zorgpad", "New care path"), H.cls("button"))) : .empty,
            NetworkBits.areaNeedForm(action: .zorgpaden, network: network, municipality: filter.municipality, need: filter.need, lang: lang),
            H.table(caption: lang.t("\(paths.count) zorgpaden", "\(paths.count) care paths"),
                    headers: [lang.t("Zorgpad", "Care path"), lang.t("Gebied", "Area"), lang.t("Behoefte", "Need"),
                              lang.t("Stappen", "Steps"), lang.t("Laatst gecontroleerd", "Last checked")], rows: rows),
            H.el("p", H.a(SiteURL.apiZorgpaden.with([("gemeente", filter.municipality), ("behoefte", filter.need)]), lang.t("Als JSON", "As JSON"))),
        ])
    }
}

enum ZorgpadShowView {
    static func render(_ shell: PageShell, network: NetworkCache.Snapshot, path p: ZorgpadRecord, now: Date, canEdit: Bool = false) -> Response {
        let lang = shell.lang
        let steps: [BodyNode] = p.steps.map { step in
            H.el("li", H.el("strong", H.text(lang.t(step.kind.dutchName, step.kind.englishName).capitalizedFirst + ": ")), H.text(step.text),
                 step.organisationID.flatMap { network.organisations[$0] }.map { org in
                     H.el("span", H.text(" — "), H.a(SiteURL.organisation(org.id.uuidString).path, org.name))
                 } ?? .empty,
                 step.serviceID.flatMap { network.services[$0] }.map { s in
                     H.el("span", H.text(" — "), H.a(SiteURL.service(s.id.uuidString).path, s.name))
                 } ?? .empty)
        }
        let r = p.responsible
        return Layout.page(shell, title: p.title, [
            H.h1(p.title),
            p.demo ? H.notice(lang.t("Demo: dit zorgpad is (deels) verzonnen.", "Demo: this care path is (partly) invented."), kind: "warn") : .empty,
            p.summary.isEmpty ? .empty : H.p(p.summary, H.cls("lead")),
            H.dl([(lang.t("Gebied", "Area"), H.text(network.areaName(p.areaCode))),
                  (lang.t("Behoefte", "Need"), H.text(network.needName(p.needCode, lang))),
                  (lang.t("Verantwoordelijk", "Responsible"), H.text([r.name, r.role, r.phone, r.email].compactMap { $0 }.joined(separator: ", ").ifEmpty("—"))),
                  (lang.t("Laatst gecontroleerd", "Last checked"), NetworkBits.freshness(p.lastVerified, now: now, lang: lang))]),
            canEdit ? H.el("div", H.cls("actions"),
                           H.a(SiteURL.zorgpadEdit(p.id.uuidString).path, lang.t("Bewerken", "Edit"), H.cls("button")),
                           H.a(SiteURL.zorgpadDelete(p.id.uuidString).path, lang.t("Verwijderen", "Delete"), H.cls("button button-secondary"))) : .empty,
            H.h2(lang.t("Stappen", "Steps")),
            H.el("ol", [H.cls("steps")] + steps),
            H.h2(lang.t("Samenwerkingsafspraken", "Cooperation agreements")),
            p.agreements.isEmpty ? H.p(lang.t("Geen afspraken vastgelegd.", "No agreements recorded.")) : H.el("ul", p.agreements.map { H.el("li", H.text($0)) }),
            H.el("p", H.a(SiteURL.services.with([("gemeente", network.areaNames[p.areaCode] == nil ? nil : p.areaCode), ("behoefte", p.needCode)]),
                          lang.t("Bijpassend aanbod", "Matching services")), H.text(" · "),
                 H.a(SiteURL.apiZorgpad(p.id.uuidString).path, lang.t("Als JSON", "As JSON"))),
        ])
    }
}

extension NetworkBits {
    /// The municipality + need chooser shared by the zorgpaden and search pages.
    static func areaNeedForm(action: SiteURL, network: NetworkCache.Snapshot, municipality: String?, need: String?,
                             lang: Lang, extra: [BodyNode] = []) -> BodyNode {
        H.el("form", [H.attr("method", "get"), H.attr("action", action.path), H.cls("filters")] + extra + [
             Forms.select(lang.t("Gemeente", "Municipality"), name: "gemeente",
                          options: [("", lang.t("Alle gemeenten", "All municipalities"))] + network.municipalities.map { ($0.code, $0.name) },
                          selected: municipality ?? ""),
             Forms.select(lang.t("Behoefte", "Need"), name: "behoefte",
                          options: [("", lang.t("Alle behoeften", "All needs"))] + network.needOptions(lang),
                          selected: need ?? ""),
             Forms.submit(lang.t("Tonen", "Show"))])
    }
}
