import Foundation
import Plot
import Vapor
import WiegCore

enum OrganisationShowView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, organisation org: OrganisationRecord,
        services: [ServiceRecord], canEdit: Bool, now: Date, notice: String? = nil
    ) -> Response {
        let lang = shell.lang
        let address = org.addresses.map { "\($0.street), \($0.postcode) \($0.city)" }.joined(separator: "; ")
        var content: [BodyNode] = [
            H.h1(org.name),
            notice.map { H.notice($0, kind: .ok) } ?? .empty,
            org.demo
                ? H.notice(lang.t("Demo: deze gegevens zijn (deels) verzonnen.", "Demo: these details are (partly) invented."), kind: .warn)
                : .empty,
            org.description.isEmpty ? .empty : H.p(org.description, H.cls("lead")),
            H.dl([
                (lang.t("Soort", "Type"), H.text(lang.t(org.type.dutchName, org.type.englishName))),
                (lang.t("Domein", "Domain"), H.text(lang.t(org.domain.dutchName, org.domain.englishName))),
                (lang.t("Website", "Website"), org.website.map { H.external($0, $0) } ?? H.text("—")),
                (lang.t("Telefoon", "Phone"), NetworkBits.phone(org.phone)),
                (lang.t("E-mail", "Email"), NetworkBits.email(org.email)),
                (lang.t("Adres", "Address"), H.text(address.isEmpty ? "—" : address)),
                (lang.t("Werkgebied", "Working area"), H.text(org.workingArea.map(network.areaName).joined(separator: ", "))),
                (lang.t("Laatst gecontroleerd", "Last checked"), NetworkBits.freshness(org.lastVerified, now: now, lang: lang))
            ])
        ]
        if canEdit {
            content.append(
                H.el(
                    "div", H.cls("actions"),
                    H.a(SiteURL.organisationEdit(org.id.uuidString).path, lang.t("Bewerken", "Edit"), H.cls("button")),
                    H.a(
                        SiteURL.serviceNew(org.id.uuidString).path, lang.t("Aanbod toevoegen", "Add a service"),
                        H.cls("button button-secondary")),
                    Forms.post(
                        SiteURL.organisationVerified(org.id.uuidString).path, csrf: shell.csrf,
                        [
                            Forms.submit(
                                lang.t("Alle gegevens kloppen nog", "All details are still correct"), cls: "button button-secondary")
                        ], cls: "inline")))
        }
        content.append(H.h2(lang.t("Aanbod", "Services")))
        content.append(
            services.isEmpty
                ? H.p(lang.t("Nog geen aanbod.", "No services yet."))
                : H.table(
                    caption: lang.t("Aanbod van \(org.name)", "Services of \(org.name)"),
                    headers: [lang.t("Naam", "Name"), lang.t("Fasen", "Phases"), lang.t("Toegang", "Access"), lang.t("Status", "Status")],
                    rows: services.map { s in
                        [
                            H.a(SiteURL.service(s.id.uuidString).path, s.name), H.text(NetworkBits.phases(s.phases, lang: lang)),
                            H.text(lang.t(s.access.dutchName, s.access.englishName)), H.text(s.status.rawValue)
                        ]
                    }))
        content.append(
            H.el(
                "p", H.a(SiteURL.apiOrganisation(org.id.uuidString).path, lang.t("Als JSON", "As JSON")), H.text(" · "),
                H.a(SiteURL.organisationReport(org.id.uuidString).path, lang.t("Klopt er iets niet?", "Is something wrong?"))))
        return Layout.page(shell, title: org.name, content)
    }
}
