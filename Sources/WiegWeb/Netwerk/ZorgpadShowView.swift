import Foundation
import Plot
import Vapor
import WiegCore

enum ZorgpadShowView {
    static func render(_ shell: PageShell, network: NetworkCache.Snapshot, path p: ZorgpadRecord, now: Date, canEdit: Bool = false)
        -> Response
    {
        let lang = shell.lang
        let steps: [BodyNode] = p.steps.map { step in
            H.el(
                "li", H.el("strong", H.text(lang.t(step.kind.dutchName, step.kind.englishName).capitalizedFirst + ": ")), H.text(step.text),
                step.organisationID.flatMap { network.organisations[$0] }.map { org in
                    H.el("span", H.text(" — "), H.a(SiteURL.organisation(org.id.uuidString).path, org.name))
                } ?? .empty,
                step.serviceID.flatMap { network.services[$0] }.map { s in
                    H.el("span", H.text(" — "), H.a(SiteURL.service(s.id.uuidString).path, s.name))
                } ?? .empty)
        }
        let r = p.responsible
        return Layout.page(
            shell, title: p.title,
            [
                H.h1(p.title),
                p.demo
                    ? H.notice(lang.t("Demo: dit zorgpad is (deels) verzonnen.", "Demo: this care path is (partly) invented."), kind: .warn)
                    : .empty,
                p.summary.isEmpty ? .empty : H.p(p.summary, H.cls("lead")),
                H.dl([
                    (lang.t("Gebied", "Area"), H.text(network.areaName(p.areaCode))),
                    (lang.t("Behoefte", "Need"), H.text(network.needName(p.needCode, lang))),
                    (
                        lang.t("Verantwoordelijk", "Responsible"),
                        r.isEmpty ? H.text("—") : NetworkBits.professionalContact(r, lang: lang)
                    ),
                    (lang.t("Laatst gecontroleerd", "Last checked"), NetworkBits.freshness(p.lastVerified, now: now, lang: lang))
                ]),
                canEdit
                    ? H.el(
                        "div", H.cls("actions"),
                        H.a(SiteURL.zorgpadEdit(p.id.uuidString).path, lang.t("Bewerken", "Edit"), H.cls("button")),
                        H.a(SiteURL.zorgpadDelete(p.id.uuidString).path, lang.t("Verwijderen", "Delete"), H.cls("button button-secondary")))
                    : .empty,
                H.h2(lang.t("Stappen", "Steps")),
                H.el("ol", [H.cls("steps")] + steps),
                // A card for the parent with these steps and the services they name.
                H.el(
                    "p",
                    H.a(
                        SiteURL.referralNew.path + "?"
                            + ([("zorgpad", p.id.uuidString), ("gemeente", network.areaNames[p.areaCode] == nil ? "" : p.areaCode)]
                            + p.steps.compactMap(\.serviceID).prefix(ReferralController.maxServices).map { ("dienst", $0.uuidString) })
                            .filter { !$0.1.isEmpty }.map { "\($0.0)=\($0.1)" }.joined(separator: "&"),
                        lang.t("Hulpkaart met dit zorgpad maken", "Make a help card with this care path"), H.cls("button button-secondary"))
                ),
                H.h2(lang.t("Samenwerkingsafspraken", "Cooperation agreements")),
                p.agreements.isEmpty
                    ? H.p(lang.t("Geen afspraken vastgelegd.", "No agreements recorded."))
                    : H.el("ul", p.agreements.map { H.el("li", H.text($0)) }),
                H.el(
                    "p",
                    H.a(
                        SiteURL.services.with([
                            ("gemeente", network.areaNames[p.areaCode] == nil ? nil : p.areaCode), ("behoefte", p.needCode)
                        ]),
                        lang.t("Bijpassend aanbod", "Matching services")), H.text(" · "),
                    H.a(SiteURL.apiZorgpad(p.id.uuidString).path, lang.t("Als JSON", "As JSON")))
            ])
    }
}
