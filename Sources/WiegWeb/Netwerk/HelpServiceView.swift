import Foundation
import Plot
import Vapor
import WiegCore

/// The service as parents see it: plain words, big links, nothing for professionals.
enum HelpServiceView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, service s: ServiceRecord, question q: SearchController.ParentQuestion,
        back: String, embedded: Bool
    ) -> Response {
        let t = q.strings
        let org = network.organisations[s.organisationID]
        let name = HelpBits.name(s, t, network: network)
        let contact: [BodyNode] = [
            HelpBits.callButton(s, network: network, t, big: true),
            (s.website ?? org?.website).map { H.external($0, t(.website), H.cls("button button-big button-secondary")) } ?? .empty
        ]
        let place =
            s.locations.map { "\($0.street), \($0.city)" }.joined(separator: "; ").ifEmpty(
                s.areaCodes.map(network.areaName).joined(separator: ", "))
        let distance = HelpBits.kilometres(s, from: q.origin, network: network).map { HelpBits.distance($0, t) }
        let dutch = HelpBits.dutch(t)
        return ParentLayout.page(
            shell, strings: t, title: name, embedded: embedded,
            [
                H.el("p", H.cls("back"), H.a(back, back.contains("#resultaten") ? t(.backToResults) : t(.backToSearch))),
                H.el("h1", H.el("span", dutch + [H.text(name)])),
                s.demo ? H.notice(t(.demoNotice), kind: .warn) : .empty,
                H.el("p", H.cls("lead"), H.el("span", dutch + [H.text(HelpBits.description(s, network: network, t))])),
                t.language != .nl && t.language != .en ? H.p(t(.servicesInDutch), H.cls("note-language")) : .empty,
                H.dl(
                    [
                        (t(.from), H.el("span", dutch + [H.text(org?.name ?? "—")])),
                        (t(.howToGet), H.text(HelpBits.howToGet(s.access, t))),
                        (
                            t(.whatCost),
                            s.cost.isEmpty
                                ? H.text(t(.askCost))
                                : t.costText(s.cost) == t(.cost) + " " + s.cost
                                    ? H.el("span", dutch + [H.text(s.cost)]) : H.text(t.costText(s.cost).dropPrefix(t(.cost) + " "))
                        ),
                        (
                            t(.whereQuestion),
                            .group([H.el("span", dutch + [H.text(place)]), distance.map { H.text(" · " + $0) } ?? .empty])
                        )
                    ] + (s.languages.isEmpty ? [] : [(t(.languagesOffered), H.text(HelpBits.languages(s, t)))])),
                H.el("div", [H.cls("actions actions-big")] + contact),
                embedded ? .empty : H.el("p", H.a(SiteURL.serviceReport(s.id.uuidString).path, t(.reportError))),
                HelpBits.emergency(t)
            ])
    }
}

extension String {
    /// Without `prefix` at the start, when it is there.
    fileprivate func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
