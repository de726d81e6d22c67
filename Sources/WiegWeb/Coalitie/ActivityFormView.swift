import Foundation
import Vapor
import WiegCore
import WiegStore

enum ActivityFormView {
    static func render(
        _ shell: PageShell, context c: CoalitionContext, existing: Activity?, fields f: [String: String],
        issues e: [ImportIssue], status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        typealias F = ActivityForm.Field
        let title = existing.map { lang.t("\($0.title) bewerken", "Edit \($0.title)") } ?? lang.t("Nieuwe activiteit", "New activity")
        let action = existing.map { SiteURL.activityEdit(c.slug, $0.id.uuidString) } ?? .activityNew(c.slug)
        func field(_ nl: String, _ en: String, _ name: F, hint: String? = nil) -> BodyNode {
            Forms.field(lang.t(nl, en), name: name.rawValue, value: f[name.rawValue], hint: hint, error: e.message(name.rawValue))
        }
        let partners = Set(c.work.coalition.members.map(\.organisationID))
        let owners = c.organisations.filter { partners.contains($0.id) || $0.id.uuidString == f[F.eigenaarOrganisatie.rawValue] }
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                H.p(c.model.name),
                Forms.errorSummary(e.fieldErrors, lang: lang),
                Forms.post(
                    action.path, csrf: shell.csrf,
                    [
                        field("Titel", "Title", .titel),
                        Forms.textarea(
                            lang.t("Beschrijving", "Description"), name: F.beschrijving.rawValue, value: f[F.beschrijving.rawValue],
                            error: e.message(F.beschrijving.rawValue)),
                        field(
                            "Actielijnen", "Action lines", .actielijnen,
                            hint: lang.t(
                                "Codes, gescheiden door komma's, bijvoorbeeld: 1.1, 2.2",
                                "Codes separated by commas, for example: 1.1, 2.2")),
                        Forms.select(
                            lang.t("Werkgroep", "Workgroup"), name: F.werkgroep.rawValue,
                            options: [("", lang.t("Geen", "None"))] + c.work.workgroups.map { ($0.id.uuidString, $0.name) },
                            selected: f[F.werkgroep.rawValue] ?? "", error: e.message(F.werkgroep.rawValue)),
                        Forms.select(
                            lang.t("Eigenaar (organisatie)", "Owner (organisation)"), name: F.eigenaarOrganisatie.rawValue,
                            options: [("", lang.t("Geen", "None"))] + owners.map { ($0.id.uuidString, $0.name) },
                            selected: f[F.eigenaarOrganisatie.rawValue] ?? "", error: e.message(F.eigenaarOrganisatie.rawValue)),
                        field("Eigenaar (rol)", "Owner (role)", .eigenaarRol),
                        field(
                            "Kwartalen", "Quarters", .kwartalen,
                            hint: lang.t("Bijvoorbeeld: Q1 2025, Q2 2025", "For example: Q1 2025, Q2 2025")),
                        Forms.textarea(
                            lang.t("Verwacht resultaat", "Expected result"), name: F.verwachtResultaat.rawValue,
                            value: f[F.verwachtResultaat.rawValue], error: e.message(F.verwachtResultaat.rawValue)),
                        Forms.select(
                            lang.t("Status", "Status"), name: F.status.rawValue,
                            options: ActivityStatus.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: f[F.status.rawValue] ?? ActivityStatus.gepland.rawValue, error: e.message(F.status.rawValue)),
                        Forms.textarea(
                            lang.t("Toelichting bij de status", "Note on the status"), name: F.statusToelichting.rawValue,
                            value: f[F.statusToelichting.rawValue], error: e.message(F.statusToelichting.rawValue)),
                        Forms.select(
                            lang.t("Implementatiefase", "Implementation phase"), name: F.fase.rawValue,
                            options: [("", lang.t("Niet aangegeven", "Not given"))]
                                + ImplementationPhase.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: f[F.fase.rawValue] ?? "", error: e.message(F.fase.rawValue)),
                        field(
                            "Thema's (minimale eisen)", "Themes (minimum requirements)", .themas,
                            hint: lang.t(
                                "Codes, gescheiden door komma's: " + MinimumTheme.allCases.map(\.rawValue).joined(separator: ", "),
                                "Codes separated by commas: " + MinimumTheme.allCases.map(\.rawValue).joined(separator: ", "))),
                        Forms.textarea(
                            lang.t("Gekoppeld aanbod (sociale kaart)", "Linked services (social map)"), name: F.aanbod.rawValue,
                            value: f[F.aanbod.rawValue],
                            hint: lang.t(
                                "De id van elk aanbod (het laatste deel van de link ernaar), één per regel" + linkedNames(c, f, lang: lang),
                                "The id of each service (the last part of its link), one per line" + linkedNames(c, f, lang: lang)),
                            error: e.message(F.aanbod.rawValue), rows: 3),
                        Forms.submit(lang.t("Opslaan", "Save"))
                    ])
            ])
    }

    /// The names of the services the form links now, so the ids can be checked by eye.
    static func linkedNames(_ c: CoalitionContext, _ f: [String: String], lang: Lang) -> String {
        let names = (f[ActivityForm.Field.aanbod.rawValue] ?? "").split(whereSeparator: \.isNewline)
            .compactMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)).flatMap { c.network.services[$0]?.name } }
        return names.isEmpty ? "." : lang.t(". Nu: ", ". Now: ") + names.joined(separator: "; ") + "."
    }
}
