import Foundation
import Plot
import Vapor
import WiegCore

enum SignallingView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, municipality: String?, ticked: Set<String>,
        outcome: SignallingController.Outcome?
    ) -> Response {
        let lang = shell.lang
        var content: [BodyNode] = [
            H.h1(lang.t("Gespreksleidraad", "Conversation guide")),
            H.notice(
                lang.t(
                    "Wieg slaat niets op van wat u hier aanvinkt. Vul geen naam, geboortedatum of andere gegevens van een cliënt in: daar is ook geen veld voor.",
                    "Wieg stores nothing of what you tick here. Do not enter a name, date of birth or other client details: there is no field for them either."
                )),
            H.p(
                lang.t(
                    "Vink aan wat u in het gesprek hoort: bedreigende en beschermende factoren bij kind, omgeving en ouders (naar TNO, 2019). Factoren staan nooit op zichzelf; u krijgt de zorgpaden en het aanbod dat erbij past.",
                    "Tick what you hear in the conversation: threatening and protective factors for child, environment and parents (after TNO, 2019). Factors never stand alone; you get the matching care paths and services."
                ), H.cls("lead"))
        ]
        if let outcome { content.append(results(outcome, network: network, municipality: municipality, lang: lang)) }
        var fields: [BodyNode] = [
            Forms.select(
                lang.t("Gemeente", "Municipality"), name: "gemeente",
                options: [("", lang.t("Alle gemeenten", "All municipalities"))] + network.municipalities.map { ($0.code, $0.name) },
                selected: municipality ?? "")
        ]
        for level in FactorLevel.allCases {
            for polarity in FactorPolarity.allCases {
                let factors = RiskFactors.seeded.filter { $0.level == level && $0.polarity == polarity }
                guard !factors.isEmpty else { continue }
                fields.append(
                    H.el(
                        "fieldset",
                        [
                            H.cls("checks"),
                            H.el(
                                "legend",
                                H.text(
                                    lang.t(
                                        "\(level.dutchName.capitalizedFirst): \(polarity.dutchName)e factoren",
                                        "\(level.englishName.capitalizedFirst): \(polarity.englishName) factors")))
                        ]
                            + factors.map { f in
                                H.el(
                                    "div", H.cls("check"),
                                    H.void(
                                        "input",
                                        [
                                            ("type", "checkbox"), ("id", "f-\(f.code)"), ("name", "factor[]"), ("value", f.code),
                                            ("checked", ticked.contains(f.code) ? "" : nil)
                                        ]),
                                    H.el("label", H.attr("for", "f-\(f.code)"), H.text(lang.t(f.dutchName, f.englishName))))
                            }))
            }
        }
        fields.append(Forms.submit(lang.t("Toon passende hulp", "Show matching help")))
        content.append(Forms.post(SiteURL.signallingAid.path, csrf: shell.csrf, fields))
        return Layout.page(shell, title: lang.t("Gespreksleidraad", "Conversation guide"), content)
    }

    static func results(_ outcome: SignallingController.Outcome, network: NetworkCache.Snapshot, municipality: String?, lang: Lang)
        -> BodyNode
    {
        let place = municipality.map(network.areaName) ?? lang.t("alle gemeenten", "all municipalities")
        let anyService = outcome.perNeed.contains { !$0.services.isEmpty }
        return H.el(
            "section",
            [
                H.cls("signalling-result"), H.attr("aria-labelledby", "uitkomst"),
                H.h2(lang.t("Passende hulp", "Matching help"), id: "uitkomst"),
                // The printout says where and when (and nothing about whom).
                H.p(lang.t("Gemeente: ", "Municipality: ") + place + " · " + ReferralViews.day(outcome.day), H.cls("meta")),
                H.el("p", H.text(outcome.result.summary)),
                anyService ? SearchView.cardForm(municipality: municipality, lang: lang) : .empty
            ]
                + outcome.perNeed.map { item in
                    H.el(
                        "div", H.cls("need-block"),
                        H.el("h3", H.text(lang.t(item.need.dutchName, item.need.englishName).capitalizedFirst)),
                        item.zorgpaden.isEmpty
                            ? H.p(
                                lang.t(
                                    "Geen zorgpad voor deze behoefte in deze gemeente.", "No care path for this need in this municipality.")
                            )
                            : H.el(
                                "ul",
                                item.zorgpaden.map { path in
                                    H.el(
                                        "li",
                                        H.a(SiteURL.zorgpad(path.id.uuidString).path, lang.t("Zorgpad: ", "Care path: ") + path.title),
                                        pick(
                                            name: "zorgpad", value: path.id, type: "radio",
                                            label: lang.t("Op de hulpkaart", "On the help card")))
                                }),
                        item.services.isEmpty
                            ? H.p(lang.t("Geen aanbod voor deze behoefte hier.", "No services for this need here."))
                            : H.el(
                                "ul",
                                [H.cls("results")]
                                    + item.services.map { s in
                                        H.el(
                                            "li", H.cls("result"),
                                            H.el("h4", H.a(SiteURL.service(s.id.uuidString).path, s.name)),
                                            H.p(
                                                (network.organisationName(s.organisationID) ?? "") + " · "
                                                    + lang.t(s.access.dutchName, s.access.englishName), H.cls("meta")),
                                            network.organisations[s.organisationID]?.phone.map {
                                                H.el(
                                                    "p", H.cls("meta"),
                                                    H.text(lang.t("Telefoon (ook voor ouders): ", "Phone (also for parents): ")),
                                                    NetworkBits.phone($0))
                                            } ?? .empty,
                                            NetworkBits.professionalContact(s.professionalContact, lang: lang),
                                            pick(
                                                name: "dienst", value: s.id, type: "checkbox",
                                                label: lang.t("Op de hulpkaart", "On the help card")))
                                    }))
                }
                + (anyService ? [H.el("p", SearchView.cardButton(lang))] : []))
    }

    /// A box (or, for the one care path of a card, a radio button) of the help-card form.
    static func pick(name: String, value: UUID, type: String, label: String) -> BodyNode {
        let id = "kaart-\(name)-\(value.uuidString)"
        return H.el(
            "p", H.cls("card-pick no-print"),
            H.void("input", [("type", type), ("form", "hulpkaart"), ("name", name), ("value", value.uuidString), ("id", id)]),
            H.el("label", H.attr("for", id), H.text(label)))
    }
}
