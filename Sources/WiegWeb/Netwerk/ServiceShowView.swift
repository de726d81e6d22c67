import Foundation
import Plot
import Vapor
import WiegCore

enum ServiceShowView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, service s: ServiceRecord, professional: Bool,
        canEdit: Bool, now: Date, notice: String? = nil
    ) -> Response {
        let lang = shell.lang
        let org = network.organisations[s.organisationID]
        var content: [BodyNode] = [
            H.h1(s.name),
            notice.map { H.notice($0, kind: .ok) } ?? .empty,
            s.demo
                ? H.notice(lang.t("Demo: deze gegevens zijn (deels) verzonnen.", "Demo: these details are (partly) invented."), kind: .warn)
                : .empty,
            s.status == .inactief ? H.notice(lang.t("Dit aanbod is niet actief.", "This service is not active."), kind: .warn) : .empty,
            H.p(s.publicDescription, H.cls("lead")),
            H.dl([
                (
                    lang.t("Organisatie", "Organisation"),
                    org.map { H.a(SiteURL.organisation($0.id.uuidString).path, $0.name) } ?? H.text("—")
                ),
                (lang.t("Fasen", "Phases"), H.text(NetworkBits.phases(s.phases, lang: lang))),
                (lang.t("Leeftijd", "Age"), H.text(ageText(s, lang))),
                (lang.t("Doelgroep", "Target group"), H.text(s.targetGroup.isEmpty ? "—" : s.targetGroup)),
                (lang.t("Behoeften", "Needs"), H.text(network.needNames(s.needs, lang))),
                (lang.t("Toegang", "Access"), H.text(lang.t(s.access.dutchName, s.access.englishName))),
                (lang.t("Kosten", "Cost"), H.text(s.cost.isEmpty ? "—" : s.cost)),
                (lang.t("Talen", "Languages"), H.text(s.languages.joined(separator: ", "))),
                (lang.t("Erkenning", "Recognition"), H.text(lang.t(s.recognition.dutchName, s.recognition.englishName))),
                (lang.t("Gemeenten", "Municipalities"), H.text(s.areaCodes.map(network.areaName).joined(separator: ", "))),
                (
                    lang.t("Locaties", "Locations"),
                    H.text(s.locations.map { "\($0.street), \($0.postcode) \($0.city)" }.joined(separator: "; "))
                ),
                (lang.t("Website", "Website"), s.website.map { H.external($0, $0) } ?? H.text("—")),
                (lang.t("Laatst gecontroleerd", "Last checked"), NetworkBits.freshness(s.lastVerified, now: now, lang: lang))
            ])
        ]
        if professional {
            let c = s.professionalContact
            content.append(
                H.el(
                    "section", H.cls("professional"), H.attr("aria-labelledby", "voor-professionals"),
                    H.h2(lang.t("Voor professionals (niet voor ouders)", "For professionals (not for parents)"), id: "voor-professionals"),
                    s.professionalDescription.isEmpty ? .empty : H.p(s.professionalDescription),
                    H.dl([
                        (
                            lang.t("Contactpersoon", "Contact"),
                            H.text([c.name, c.role].compactMap { $0 }.joined(separator: ", ").ifEmpty("—"))
                        ),
                        (lang.t("Telefoon", "Phone"), NetworkBits.phone(c.phone)),
                        (lang.t("E-mail", "Email"), NetworkBits.email(c.email))
                    ])))
        }
        if canEdit {
            content.append(
                H.el(
                    "div", H.cls("actions"),
                    H.a(SiteURL.serviceEdit(s.id.uuidString).path, lang.t("Bewerken", "Edit"), H.cls("button")),
                    H.a(SiteURL.serviceDelete(s.id.uuidString).path, lang.t("Verwijderen", "Delete"), H.cls("button button-secondary"))))
        }
        content.append(
            H.el(
                "p", H.a(SiteURL.apiService(s.id.uuidString).path, lang.t("Als JSON", "As JSON")), H.text(" · "),
                H.a(SiteURL.helpService(s.id.uuidString).path, lang.t("Zoals ouders het zien", "As parents see it")), H.text(" · "),
                H.a(SiteURL.serviceReport(s.id.uuidString).path, lang.t("Klopt er iets niet?", "Is something wrong?"))))
        return Layout.page(shell, title: s.name, content)
    }

    static func ageText(_ s: ServiceRecord, _ lang: Lang) -> String {
        func point(_ m: Int) -> String {
            m < 0
                ? lang.t("\(-m) maanden voor de geboorte", "\(-m) months before birth")
                : m == 0 ? lang.t("de geboorte", "birth") : lang.t("\(m) maanden", "\(m) months")
        }
        return lang.t(
            "van \(point(s.ageFromMonths)) tot \(point(s.ageToMonths))", "from \(point(s.ageFromMonths)) to \(point(s.ageToMonths))")
    }
}
