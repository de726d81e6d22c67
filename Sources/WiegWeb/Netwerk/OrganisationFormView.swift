import Foundation
import Plot
import Vapor
import WiegCore

enum OrganisationFormView {
    static func fields(_ o: OrganisationRecord) -> [String: String] {
        let a = o.addresses.first
        return [
            "naam": o.name, "soort": o.type.rawValue, "domein": o.domain.rawValue, "beschrijving": o.description,
            "website": o.website ?? "", "telefoon": o.phone ?? "", "email": o.email ?? "", "controle_email": o.checkEmail ?? "",
            "straat": a?.street ?? "",
            "postcode": a?.postcode ?? "", "plaats": a?.city ?? "",
            "breedtegraad": a?.latitude.map { String($0) } ?? "", "lengtegraad": a?.longitude.map { String($0) } ?? "",
            "werkgebied": o.workingArea.joined(separator: "|")
        ]
    }

    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, existing: OrganisationRecord?, fields f: [String: String],
        issues: [ImportIssue], status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title = existing.map { lang.t("\($0.name) bewerken", "Edit \($0.name)") } ?? lang.t("Nieuwe organisatie", "New organisation")
        let action = existing.map { SiteURL.organisationEdit($0.id.uuidString) } ?? .organisationNew
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                Forms.errorSummary(issues.fieldErrors, lang: lang),
                Forms.post(
                    action.path, csrf: shell.csrf,
                    [
                        Forms.field(lang.t("Naam", "Name"), name: "naam", value: f["naam"], error: issues.message("naam"), required: true),
                        Forms.select(
                            lang.t("Soort", "Type"), name: "soort",
                            options: OrganisationType.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: f["soort"] ?? OrganisationType.overig.rawValue, error: issues.message("soort")),
                        Forms.select(
                            lang.t("Domein", "Domain"), name: "domein",
                            options: [("", lang.t("Zoals gebruikelijk voor de soort", "As usual for the type"))]
                                + NetworkDomain.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: f["domein"] ?? "", error: issues.message("domein")),
                        Forms.textarea(
                            lang.t("Beschrijving", "Description"), name: "beschrijving", value: f["beschrijving"],
                            error: issues.message("beschrijving")),
                        Forms.field(
                            lang.t("Website", "Website"), name: "website", type: "url", value: f["website"], hint: "https://…",
                            error: issues.message("website")),
                        Forms.field(
                            lang.t("Telefoon (openbaar)", "Phone (public)"), name: "telefoon", type: "tel", value: f["telefoon"],
                            error: issues.message("telefoon")),
                        Forms.field(
                            lang.t("E-mail (openbaar)", "Email (public)"), name: "email", type: "email", value: f["email"],
                            error: issues.message("email")),
                        Forms.field(
                            lang.t("E-mail voor controles (niet openbaar)", "Email for checks (not public)"), name: "controle_email",
                            type: "email", value: f["controle_email"],
                            hint: lang.t(
                                "Hier vraagt Wieg elk half jaar of alles nog klopt, en hier komen meldingen van fouten. Leeg: het openbare adres.",
                                "Wieg asks here every six months whether everything is still right, and error reports arrive here. Empty: the public address."
                            ),
                            error: issues.message("controle_email")),
                        Forms.field(
                            lang.t("Straat en huisnummer", "Street and number"), name: "straat", value: f["straat"],
                            error: issues.message("straat")),
                        Forms.field(
                            lang.t("Postcode", "Postcode"), name: "postcode", value: f["postcode"], hint: "1234 AB",
                            error: issues.message("postcode")),
                        Forms.field(lang.t("Plaats", "Town"), name: "plaats", value: f["plaats"], error: issues.message("plaats")),
                        Forms.field(
                            lang.t("Breedtegraad", "Latitude"), name: "breedtegraad", value: f["breedtegraad"],
                            hint: NetworkBits.latitudeHint(lang),
                            error: issues.message("breedtegraad")),
                        Forms.field(
                            lang.t("Lengtegraad", "Longitude"), name: "lengtegraad", value: f["lengtegraad"],
                            hint: lang.t("Bijvoorbeeld 6.1944.", "For example 6.1944."), error: issues.message("lengtegraad")),
                        Forms.field(
                            lang.t("Werkgebied", "Working area"), name: "werkgebied", value: f["werkgebied"],
                            hint: lang.t(
                                "Gemeentecodes, gescheiden door komma's, bijvoorbeeld GM0119, GM1690",
                                "Municipality codes separated by commas, e.g. GM0119, GM1690"),
                            error: issues.message("werkgebied")),
                        H.p(
                            lang.t(
                                "Opslaan geldt ook als controle: de datum 'laatst gecontroleerd' wordt vandaag.",
                                "Saving also counts as a check: the 'last checked' date becomes today."), H.cls("hint")),
                        Forms.submit(lang.t("Opslaan", "Save"))
                    ])
            ])
    }
}
