import Foundation
import Plot
import Vapor
import WiegCore

/// Pieces of the parents' pages: the emergency block, a service in parents' words, how to
/// get it, and the call button (only where a parent may call themselves). Every text comes
/// from the page language's string table (`ParentStrings`).
enum HelpBits {
    /// On every parent page: whom to call when it cannot wait.
    static func emergency(_ t: ParentStrings) -> BodyNode {
        let lines: [(ParentText, (number: String, label: String)?)] = [
            (.emergency112, ("112", "112")),
            (.emergency113, ("08000113", "0800-0113")),
            (.emergencyVeiligThuis, ("08002000", "0800-2000")),
            (.emergencyGP, nil),
            (.emergencyMidwife, nil)
        ]
        return H.el(
            "aside", H.cls("emergency"), H.attr("aria-labelledby", "spoed"),
            H.el("h2", H.attr("id", "spoed"), H.text(t(.emergencyHeading))),
            H.el(
                "ul",
                lines.map { key, number in
                    H.el(
                        "li", H.text(t(key)),
                        number.map { callLink($0.number, shown: $0.label, t, cls: "button button-call") } ?? .empty)
                }))
    }

    /// The name parents see: their own name for it, else the professionals' name, unless
    /// that holds jargon: then what it helps with.
    static func name(_ s: ServiceRecord, _ t: ParentStrings, network: NetworkCache.Snapshot) -> String {
        if !s.parentName.isEmpty, ParentJargon.found(in: s.parentName).isEmpty { return s.parentName }
        if ParentJargon.found(in: s.name).isEmpty { return s.name }
        return s.needs.first.flatMap(network.taxonomy.term(code:)).map(t.needName) ?? t(.pageTitle)
    }

    /// The description parents see; when it holds jargon, the description of what it helps with.
    static func description(_ s: ServiceRecord, network: NetworkCache.Snapshot, _ t: ParentStrings) -> String {
        if ParentJargon.found(in: s.publicDescription).isEmpty { return s.publicDescription }
        guard let need = s.needs.first.flatMap(network.taxonomy.term(code:)) else { return "" }
        return t.language == .en ? need.englishDescription : need.dutchDescription
    }

    /// Attributes for text written in Dutch (a service's own words) on a page in another
    /// language: a screen reader reads it as Dutch, and punctuation stays where it belongs
    /// in a right-to-left page.
    static func dutch(_ t: ParentStrings) -> [BodyNode] {
        guard t.language != .nl else { return [] }
        return [H.attr("lang", "nl")] + (t.language.isRightToLeft ? [H.attr("dir", "ltr")] : [])
    }

    /// What it costs: Wieg's words where it knows the value, the service's own (Dutch) words otherwise.
    static func cost(_ s: ServiceRecord, _ t: ParentStrings) -> BodyNode {
        let text = t.costText(s.cost)
        let own = t(.cost) + " " + s.cost
        guard text == own, t.language != .nl else { return H.text(text) }
        return .group([H.text(t(.cost) + " "), H.el("span", dutch(t) + [H.text(s.cost)])])
    }

    /// How a parent gets this help, in plain words.
    static func howToGet(_ access: ServiceAccess, _ t: ParentStrings) -> String {
        switch access {
        case .zelfAanmelden: t(.howSelf)
        case .verwijzing: t(.howReferral)
        case .viaHuisarts: t(.howGP)
        case .viaJGZ: t(.howJGZ)
        }
    }

    /// Where: the places of its locations, or the municipalities it serves.
    static func place(_ service: ServiceRecord, network: NetworkCache.Snapshot) -> String {
        let cities = service.locations.map(\.city).filter { !$0.isEmpty }
        var seen = Set<String>()
        let unique = cities.filter { seen.insert($0).inserted }
        return unique.isEmpty ? service.areaCodes.prefix(3).map(network.areaName).joined(separator: ", ") : unique.joined(separator: ", ")
    }

    /// How far the help is from the parent's postcode, when both places are known.
    static func kilometres(_ service: ServiceRecord, from origin: GeoCoordinate?, network: NetworkCache.Snapshot) -> Double? {
        guard let origin, let position = network.position(of: service) else { return nil }
        return origin.kilometres(to: position)
    }

    /// "about 3 km from your postcode" (at least 1).
    static func distance(_ km: Double, _ t: ParentStrings) -> String {
        t(.distance, ["km": t.decimal(max(1, km < 10 ? (km * 2).rounded() / 2 : km.rounded()))])
    }

    /// The number a parent may call: only when they may call themselves.
    static func phone(_ service: ServiceRecord, network: NetworkCache.Snapshot) -> String? {
        guard service.access == .zelfAanmelden, let phone = network.organisations[service.organisationID]?.phone, !phone.isEmpty
        else { return nil }
        return phone
    }

    /// A tap-to-call button, only when the parent may call themselves and there is a number.
    static func callButton(_ service: ServiceRecord, network: NetworkCache.Snapshot, _ t: ParentStrings, big: Bool = false) -> BodyNode {
        guard let phone = phone(service, network: network) else { return .empty }
        return callLink(phone, shown: phone, t, cls: big ? "button button-big" : "button button-call")
    }

    /// A `tel:` link saying "Call 0800-0113" in the page's language; the number is kept whole
    /// (no line break at its hyphen) and left to right, also in a right-to-left page.
    static func callLink(_ number: String, shown: String, _ t: ParentStrings, cls: String) -> BodyNode {
        let parts = t(.call).components(separatedBy: "{number}")
        let before = parts.first ?? ""
        let after = parts.dropFirst().joined(separator: shown)
        return H.el(
            "a", H.attr("href", "tel:\(number.filter { $0.isNumber || $0 == "+" })"), H.cls(cls),
            H.text(before.replacingOccurrences(of: "\u{200E}", with: "")),
            H.el("bdi", H.cls("number"), H.attr("dir", "ltr"), H.text(shown)),
            H.text(after))
    }

    /// The languages a service offers help in, named in the page's language.
    static func languages(_ service: ServiceRecord, _ t: ParentStrings) -> String {
        service.languages.map(t.languageName).joined(separator: t.listSeparator)
    }

    /// The pagination of the parents' results, in the page's language.
    static func pagination(_ page: Paged<SearchHit>, _ t: ParentStrings, url: SiteURL, query: [(String, String?)]) -> BodyNode {
        Layout.pagination(
            page,
            labels: Layout.PaginationLabels(
                navigation: t(.pages), previous: t(.previous), next: t(.next),
                position: { t(.pageOf, ["n": String($0), "total": String($1)]) }),
            url: url, query: query, fragment: "resultaten")
    }

    /// The search a parent came from, to go back to it.
    static func back(_ req: Request, embedded: Bool) -> String {
        let items = ["zoek", "gemeente", "postcode", "fase", "behoefte", "taal", "pagina"].map { name in
            (name, (try? req.query.get(String.self, at: name)).flatMap { $0.isEmpty ? nil : String($0.prefix(200)) })
        }
        let url: SiteURL = embedded ? .helpEmbed : .help
        let asked = items.contains { $0.0 != "taal" && $0.1 != nil }
        return asked ? url.with(items) + "#resultaten" : url.with(items)
    }
}
