import Foundation
import Plot
import Vapor
import WiegCore

enum OrganisationsIndexView {
    static func render(_ shell: PageShell, network: NetworkCache.Snapshot, filter: OrganisationsController.Filter,
                       page: Paged<OrganisationRecord>, now: Date, canCreate: Bool) -> Response {
        let lang = shell.lang
        let signedIn = shell.user != nil
        let rows: [[BodyNode]] = page.items.map { org in
            var cells: [BodyNode] = [
                H.a(SiteURL.organisation(org.id.uuidString).path, org.name),
                H.text(lang.t(org.type.dutchName, org.type.englishName)),
                H.text(lang.t(org.domain.dutchName, org.domain.englishName)),
                H.text(org.workingArea.map(network.areaName).joined(separator: ", ")),
                H.text("\(network.servicesByOrganisation[org.id]?.count ?? 0)"),
            ]
            if signedIn { cells.append(NetworkBits.freshness(org.lastVerified, now: now, lang: lang)) }
            return cells
        }
        var headers = [lang.t("Naam", "Name"), lang.t("Soort", "Type"), lang.t("Domein", "Domain"),
                       lang.t("Werkgebied", "Working area"), lang.t("Aanbod", "Services")]
        if signedIn { headers.append(lang.t("Actualiteit", "Up to date")) }
        let query: [(String, String?)] = [("zoek", filter.text), ("gemeente", filter.municipality), ("soort", filter.type?.rawValue)]
        return Layout.page(shell, title: lang.t("Organisaties", "Organisations"), [
            H.h1(lang.t("Organisaties", "Organisations")),
            H.p(lang.t("De organisaties in de sociale kaart: wie biedt welke hulp, waar.",
                       "The organisations of the social map: who offers which help, where."), H.cls("lead")),
            canCreate ? H.el("p", H.a(SiteURL.organisationNew.path, lang.t("Nieuwe organisatie", "New organisation"), H.cls("button"))) : .empty,
            H.el("form", H.attr("method", "get"), H.attr("action", SiteURL.organisations.path), H.cls("filters"),
                 Forms.field(lang.t("Zoek op naam", "Search by name"), name: "zoek", type: "search", value: filter.text),
                 Forms.select(lang.t("Gemeente", "Municipality"), name: "gemeente",
                              options: [("", lang.t("Alle gemeenten", "All municipalities"))] + network.municipalities.map { ($0.code, $0.name) },
                              selected: filter.municipality ?? ""),
                 Forms.select(lang.t("Soort", "Type"), name: "soort",
                              options: [("", lang.t("Alle soorten", "All types"))] + OrganisationType.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                              selected: filter.type?.rawValue ?? ""),
                 Forms.submit(lang.t("Filteren", "Filter"))),
            H.table(caption: lang.t("\(page.total) organisaties", "\(page.total) organisations"), headers: headers, rows: rows),
            Layout.pagination(page, lang: lang, url: .organisations, query: query),
            H.el("p", H.a(SiteURL.apiOrganisations.with(query), lang.t("Als JSON", "As JSON")), H.text(" · "),
                 H.a(SiteURL.exportOrganisations.path, lang.t("Exporteren (CSV voor Excel)", "Export (CSV for Excel)"))),
        ])
    }
}

enum OrganisationShowView {
    static func render(_ shell: PageShell, network: NetworkCache.Snapshot, organisation org: OrganisationRecord,
                       services: [ServiceRecord], canEdit: Bool, now: Date, notice: String? = nil) -> Response {
        let lang = shell.lang
        let address = org.addresses.map { "\($0.street), \($0.postcode) \($0.city)" }.joined(separator: "; ")
        var content: [BodyNode] = [
            H.h1(org.name),
            notice.map { H.notice($0, kind: "ok") } ?? .empty,
            org.demo ? H.notice(lang.t("Demo: deze gegevens zijn (deels) verzonnen.", "Demo: these details are (partly) invented."), kind: "warn") : .empty,
            org.description.isEmpty ? .empty : H.p(org.description, H.cls("lead")),
            H.dl([
                (lang.t("Soort", "Type"), H.text(lang.t(org.type.dutchName, org.type.englishName))),
                (lang.t("Domein", "Domain"), H.text(lang.t(org.domain.dutchName, org.domain.englishName))),
                (lang.t("Website", "Website"), org.website.map { H.external($0, $0) } ?? H.text("—")),
                (lang.t("Telefoon", "Phone"), H.text(org.phone ?? "—")),
                (lang.t("E-mail", "Email"), H.text(org.email ?? "—")),
                (lang.t("Adres", "Address"), H.text(address.isEmpty ? "—" : address)),
                (lang.t("Werkgebied", "Working area"), H.text(org.workingArea.map(network.areaName).joined(separator: ", "))),
                (lang.t("Laatst gecontroleerd", "Last checked"), NetworkBits.freshness(org.lastVerified, now: now, lang: lang)),
            ]),
        ]
        if canEdit {
            content.append(H.el("div", H.cls("actions"),
                H.a(SiteURL.organisationEdit(org.id.uuidString).path, lang.t("Bewerken", "Edit"), H.cls("button")),
                H.a(SiteURL.serviceNew(org.id.uuidString).path, lang.t("Aanbod toevoegen", "Add a service"), H.cls("button button-secondary")),
                Forms.post(SiteURL.organisationVerified(org.id.uuidString).path, csrf: shell.csrf,
                           [Forms.submit(lang.t("Alle gegevens kloppen nog", "All details are still correct"), cls: "button button-secondary")], cls: "inline")))
        }
        content.append(H.h2(lang.t("Aanbod", "Services")))
        content.append(services.isEmpty ? H.p(lang.t("Nog geen aanbod.", "No services yet.")) :
            H.table(caption: lang.t("Aanbod van \(org.name)", "Services of \(org.name)"),
                    headers: [lang.t("Naam", "Name"), lang.t("Fasen", "Phases"), lang.t("Toegang", "Access"), lang.t("Status", "Status")],
                    rows: services.map { s in
                        [H.a(SiteURL.service(s.id.uuidString).path, s.name), H.text(NetworkBits.phases(s.phases, lang: lang)),
                         H.text(lang.t(s.access.dutchName, s.access.englishName)), H.text(s.status.rawValue)]
                    }))
        content.append(H.el("p", H.a(SiteURL.apiOrganisation(org.id.uuidString).path, lang.t("Als JSON", "As JSON"))))
        return Layout.page(shell, title: org.name, content)
    }
}

/// Pieces the network pages share.
enum NetworkBits {
    static func freshness(_ verified: Date?, now: Date, lang: Lang) -> BodyNode {
        let f = Freshness.of(lastVerified: verified, now: now)
        let date = verified.map { NetworkDates.format($0) } ?? lang.t("nooit", "never")
        return H.el("span", H.cls("freshness freshness-\(f.rawValue)"),
                    H.text(f == .actueel ? date : "\(date): \(lang.t(f.dutchName, f.englishName))"))
    }

    static func phases(_ phases: [Phase], lang: Lang) -> String {
        phases.map { lang.t($0.dutchName, $0.englishName) }.joined(separator: ", ")
    }
}
