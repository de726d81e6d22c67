import Foundation
import Plot
import Vapor
import WiegCore

/// The service as parents see it: plain words, big links, nothing for professionals.
enum HelpServiceView {
    static func render(_ shell: PageShell, network: NetworkCache.Snapshot, service s: ServiceRecord, back: String) -> Response {
        let lang = shell.lang
        let org = network.organisations[s.organisationID]
        let contact: [BodyNode] = [
            HelpBits.callButton(s, network: network, lang, big: true),
            (s.website ?? org?.website).map {
                H.external($0, lang.t("Naar de website", "Go to the website"), H.cls("button button-big button-secondary"))
            } ?? .empty
        ]
        return Layout.page(
            shell, title: s.name,
            [
                H.el(
                    "p", H.cls("back"),
                    H.a(
                        back,
                        back.contains("?")
                            ? lang.t("← Terug naar je zoekresultaten", "← Back to your search results")
                            : lang.t("← Terug naar hulp zoeken", "← Back to finding help"))),
                H.h1(s.name),
                s.demo ? H.notice(lang.t("Dit is een voorbeeld (demo).", "This is an example (demo)."), kind: .warn) : .empty,
                H.p(s.publicDescription, H.cls("lead")),
                H.dl([
                    (lang.t("Van wie", "From"), H.text(org?.name ?? "—")),
                    (lang.t("Hoe kom ik erbij?", "How do I get it?"), H.text(HelpBits.howToGet(s.access, lang))),
                    (lang.t("Wat kost het?", "What does it cost?"), H.text(s.cost.isEmpty ? lang.t("Vraag het na", "Please ask") : s.cost)),
                    (
                        lang.t("Waar?", "Where?"),
                        H.text(
                            s.locations.map { "\($0.street), \($0.city)" }.joined(separator: "; ").ifEmpty(
                                s.areaCodes.map(network.areaName).joined(separator: ", ")))
                    )
                ]),
                H.el("div", [H.cls("actions actions-big")] + contact),
                HelpBits.emergency(lang)
            ])
    }
}
