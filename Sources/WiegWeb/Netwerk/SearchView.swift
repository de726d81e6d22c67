import Foundation
import Plot
import Vapor
import WiegCore

/// The professionals' search: the zorgpad of the municipality and need first, then
/// services with facet counts, each with the contact for professionals.
enum SearchView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, params p: SearchController.Params,
        result: SearchResult, zorgpaden: [ZorgpadRecord], now: Date,
        understood: (needs: [NeedTerm], searched: Bool) = ([], false)
    ) -> Response {
        let lang = shell.lang
        var content: [BodyNode] = [
            H.h1(lang.t("Aanbod zoeken", "Find services")),
            H.p(
                lang.t(
                    "Kies een gemeente en een behoefte: u ziet eerst het zorgpad, dan het passende aanbod met contactgegevens voor professionals.",
                    "Choose a municipality and a need: you see the care path first, then matching services with contact details for professionals."
                ), H.cls("lead")),
            NetworkBits.areaNeedForm(
                action: .services, network: network, municipality: p.municipality, need: p.need, lang: lang,
                extra: [Forms.field(lang.t("Zoekwoorden", "Search words"), name: "zoek", type: "search", value: p.text)])
        ]
        for path in zorgpaden {
            content.append(
                H.el(
                    "section", H.cls("zorgpad-first"), H.attr("aria-label", lang.t("Zorgpad", "Care path")),
                    H.h2(lang.t("Zorgpad: ", "Care path: ") + path.title),
                    path.summary.isEmpty ? .empty : H.p(path.summary),
                    H.el(
                        "ol",
                        path.steps.map {
                            H.el("li", H.text(lang.t($0.kind.dutchName, $0.kind.englishName).capitalizedFirst + ": " + $0.text))
                        }),
                    H.el("p", H.a(SiteURL.zorgpad(path.id.uuidString).path, lang.t("Het hele zorgpad", "The whole care path"))),
                    H.el(
                        "p", H.cls("card-pick"),
                        H.void(
                            "input",
                            [
                                ("type", "checkbox"), ("form", "hulpkaart"), ("name", "zorgpad"), ("value", path.id.uuidString),
                                ("id", "kaart-zorgpad")
                            ]),
                        H.el(
                            "label", H.attr("for", "kaart-zorgpad"),
                            H.text(lang.t("De stappen van dit zorgpad op de hulpkaart", "This care path's steps on the help card"))))))
        }
        if !understood.needs.isEmpty {
            // The needs the words stand for, each a link to all help for it here.
            let links: [BodyNode] = understood.needs.enumerated().map { index, term in
                .group([
                    index == 0 ? .empty : H.text(", "),
                    H.a(
                        SiteURL.services.with([("behoefte", term.code), ("gemeente", p.municipality), ("fase", p.phase?.rawValue)]),
                        lang.t(term.dutchName, term.englishName))
                ])
            }
            content.append(
                H.el(
                    "p", H.cls("understood"),
                    H.text(
                        understood.searched
                            ? lang.t(
                                "Niets gevonden op deze woorden; gezocht op de behoefte: ",
                                "Nothing found for these words; searched by need: ")
                            : lang.t("Deze woorden gaan over: ", "These words are about: ")),
                    .group(links)))
        } else if result.relaxed {
            content.append(H.notice(lang.t(SearchResult.relaxedNotice, SearchResult.relaxedNoticeEnglish)))
        }
        let hits: [BodyNode] = result.hits.items.compactMap { hit in
            network.services[hit.id].map { s in
                let c = s.professionalContact
                return H.el(
                    "li", H.cls("result"),
                    H.el("h3", H.a(SiteURL.service(s.id.uuidString).path, s.name)),
                    H.p(network.organisationName(s.organisationID) ?? "", H.cls("meta")),
                    H.p(s.publicDescription),
                    H.p(
                        lang.t("Fasen: ", "Phases: ") + NetworkBits.phases(s.phases, lang: lang) + " · "
                            + lang.t(s.access.dutchName, s.access.englishName) + " · "
                            + lang.t(s.recognition.dutchName, s.recognition.englishName), H.cls("meta")),
                    NetworkBits.professionalContact(c, lang: lang),
                    H.el(
                        "p", H.cls("card-pick"),
                        H.void(
                            "input",
                            [
                                ("type", "checkbox"), ("form", "hulpkaart"), ("name", "dienst"), ("value", s.id.uuidString),
                                ("id", "kaart-\(s.id.uuidString)")
                            ]),
                        H.el("label", H.attr("for", "kaart-\(s.id.uuidString)"), H.text(lang.t("Op de hulpkaart", "On the help card")))),
                    Freshness.of(lastVerified: s.lastVerified, now: now) == .verouderd
                        ? H.p(
                            lang.t("Let op: al meer dan 12 maanden niet gecontroleerd.", "Note: not checked for over 12 months."),
                            H.cls("freshness freshness-verouderd")) : .empty)
            }
        }
        content.append(
            H.el(
                "div", H.cls("search-layout"),
                facets(result.facets, params: p, network: network, lang: lang),
                H.el(
                    "section", H.attr("aria-labelledby", "resultaten"),
                    H.h2(lang.t("\(result.total) resultaten", "\(result.total) results"), id: "resultaten"),
                    cardForm(municipality: p.municipality, lang: lang),
                    H.el("ol", [H.cls("results")] + hits),
                    hits.isEmpty ? .empty : H.el("p", cardButton(lang)),
                    Layout.pagination(result.hits, lang: lang, url: .services, query: p.items))))
        content.append(
            H.el(
                "p", H.a(SiteURL.apiServices.with(p.items), lang.t("Als JSON", "As JSON")), H.text(" · "),
                H.a(
                    SiteURL.networkMap.with([("gebied", p.municipality), ("fase", p.phase?.rawValue), ("behoefte", p.need)]),
                    lang.t("Op de kaart", "On the map")), H.text(" · "),
                H.a(SiteURL.exportServices.path, lang.t("Alle aanbod exporteren (CSV voor Excel)", "Export all services (CSV for Excel)"))))
        return Layout.page(shell, title: lang.t("Aanbod zoeken", "Find services"), content)
    }

    /// Facet values with their counts; each is a link that sets (or clears) that filter.
    static func facets(_ counts: SearchFacetCounts, params p: SearchController.Params, network: NetworkCache.Snapshot, lang: Lang)
        -> BodyNode
    {
        func group(_ title: String, _ key: String, _ current: String?, _ values: [(String, String)]) -> BodyNode {
            let shown = values.filter { counts.count(facet(key), $0.0) > 0 || $0.0 == current }
            guard !shown.isEmpty else { return .empty }
            return H.el(
                "div", H.cls("facet"), H.el("h3", H.text(title)),
                H.el(
                    "ul",
                    shown.map { value, label in
                        let selected = value == current
                        let items = p.items.filter { $0.0 != key && $0.0 != "pagina" } + [(key, selected ? nil : value)]
                        return H.el(
                            "li",
                            H.a(
                                SiteURL.services.with(items), "\(label) (\(counts.count(facet(key), value)))",
                                H.attr("aria-current", selected ? "true" : nil)))
                    }))
        }
        func facet(_ key: String) -> SearchFacet {
            switch key {
            case "fase": .phase
            case "behoefte": .need
            case "domein": .domain
            case "toegang": .access
            default: .recognition
            }
        }
        return H.el(
            "aside", H.cls("facets"), H.attr("aria-label", lang.t("Verfijnen", "Refine")),
            H.el("h2", H.text(lang.t("Verfijnen", "Refine"))),
            group(
                lang.t("Fase", "Phase"), "fase", p.phase?.rawValue,
                Phase.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) }),
            group(lang.t("Behoefte", "Need"), "behoefte", p.need, network.needOptions(lang)),
            group(
                lang.t("Domein", "Domain"), "domein", p.domain?.rawValue,
                NetworkDomain.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) }),
            group(
                lang.t("Toegang", "Access"), "toegang", p.access?.rawValue,
                ServiceAccess.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) }),
            group(
                lang.t("Erkenning", "Recognition"), "erkenning", p.recognition?.rawValue,
                Recognition.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) }))
    }

    /// The (empty) form the "on the help card" boxes belong to (their `form` attribute), so
    /// the search's own forms and links stay as they are.
    static func cardForm(municipality: String?, lang: Lang) -> BodyNode {
        H.el(
            "form", H.attr("id", "hulpkaart"), H.attr("method", "get"), H.attr("action", SiteURL.referralNew.path),
            municipality.map { H.void("input", [("type", "hidden"), ("name", "gemeente"), ("value", $0)]) } ?? .empty,
            H.el(
                "p", H.cls("hint"),
                H.text(
                    lang.t(
                        "Vink aan wat de ouder mee moet krijgen en maak een hulpkaart om af te drukken of als link te sturen. ",
                        "Tick what the parent should take home and make a help card to print or send as a link. ")),
                cardButton(lang)))
    }

    static func cardButton(_ lang: Lang) -> BodyNode {
        H.el(
            "button", H.attr("type", "submit"), H.attr("form", "hulpkaart"), H.cls("button button-secondary"),
            H.text(lang.t("Hulpkaart maken", "Make a help card")))
    }
}
