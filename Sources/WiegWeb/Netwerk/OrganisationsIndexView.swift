import Foundation
import Plot
import Vapor
import WiegCore

enum OrganisationsIndexView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, filter: OrganisationsController.Filter,
        page: Paged<OrganisationRecord>, now: Date, canCreate: Bool
    ) -> Response {
        let lang = shell.lang
        let signedIn = shell.user != nil
        let rows: [[BodyNode]] = page.items.map { org in
            var cells: [BodyNode] = [
                H.a(SiteURL.organisation(org.id.uuidString).path, org.name),
                H.text(lang.t(org.type.dutchName, org.type.englishName)),
                H.text(lang.t(org.domain.dutchName, org.domain.englishName)),
                H.text(org.workingArea.map(network.areaName).joined(separator: ", ")),
                H.text("\(network.servicesByOrganisation[org.id]?.count ?? 0)")
            ]
            if signedIn { cells.append(NetworkBits.freshness(org.lastVerified, now: now, lang: lang)) }
            return cells
        }
        var headers = [
            lang.t("Naam", "Name"), lang.t("Soort", "Type"), lang.t("Domein", "Domain"),
            lang.t("Werkgebied", "Working area"), lang.t("Aanbod", "Services")
        ]
        if signedIn { headers.append(lang.t("Actualiteit", "Up to date")) }
        let query: [(String, String?)] = [("zoek", filter.text), ("gemeente", filter.municipality), ("soort", filter.type?.rawValue)]
        return Layout.page(
            shell, title: lang.t("Organisaties", "Organisations"),
            [
                H.h1(lang.t("Organisaties", "Organisations")),
                H.p(
                    lang.t(
                        "De organisaties in de sociale kaart: wie biedt welke hulp, waar.",
                        "The organisations of the social map: who offers which help, where."), H.cls("lead")),
                H.el(
                    "p",
                    H.a(
                        SiteURL.networkMap.with([("gebied", filter.municipality)]),
                        lang.t("Bekijk het netwerk op de kaart", "See the network on the map"))),
                canCreate
                    ? H.el("p", H.a(SiteURL.organisationNew.path, lang.t("Nieuwe organisatie", "New organisation"), H.cls("button")))
                    : .empty,
                H.el(
                    "form", H.attr("method", "get"), H.attr("action", SiteURL.organisations.path), H.cls("filters"),
                    Forms.field(lang.t("Zoek op naam", "Search by name"), name: "zoek", type: "search", value: filter.text),
                    Forms.select(
                        lang.t("Gemeente", "Municipality"), name: "gemeente",
                        options: [("", lang.t("Alle gemeenten", "All municipalities"))] + network.municipalities.map { ($0.code, $0.name) },
                        selected: filter.municipality ?? ""),
                    Forms.select(
                        lang.t("Soort", "Type"), name: "soort",
                        options: [("", lang.t("Alle soorten", "All types"))]
                            + OrganisationType.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                        selected: filter.type?.rawValue ?? ""),
                    Forms.submit(lang.t("Filteren", "Filter"))),
                H.table(caption: lang.t("\(page.total) organisaties", "\(page.total) organisations"), headers: headers, rows: rows),
                Layout.pagination(page, lang: lang, url: .organisations, query: query),
                H.el(
                    "p", H.a(SiteURL.apiOrganisations.with(query), lang.t("Als JSON", "As JSON")), H.text(" · "),
                    H.a(SiteURL.exportOrganisations.path, lang.t("Exporteren (CSV voor Excel)", "Export (CSV for Excel)")))
            ])
    }
}
