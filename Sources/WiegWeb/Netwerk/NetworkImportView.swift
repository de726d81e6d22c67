import Foundation
import Vapor
import WiegCore
import WiegStore

enum NetworkImportView {
    static func render(
        _ shell: PageShell, kind: NetworkImportController.Kind, checked: (valid: Bool, count: Int, issues: [ImportIssue])?,
        committed: (created: Int, updated: Int)?, status: HTTPResponseStatus = .ok, error: String? = nil
    ) -> Response {
        let lang = shell.lang
        return Layout.page(
            shell, title: lang.t("Sociale kaart importeren", "Import the social map"), status: status,
            [
                H.h1(lang.t("Sociale kaart importeren", "Import the social map")),
                error.map { H.notice($0, kind: .error) } ?? .empty,
                .group(
                    ImportReport.nodes(
                        lang: lang, checked: checked, committed: committed,
                        noun: kind == .organisaties ? ("organisaties", "organisations") : ("aanbod", "services"))),
                H.p(
                    lang.t(
                        "Een CSV-bestand (UTF-8 met of zonder BOM, of Windows-1252; gescheiden door ; of ,), met dezelfde kolommen als de export. Eerst controleren: u ziet elke fout met regel en kolom. Importeren slaat alles op of niets; een regel met een bestaande id werkt die bij.",
                        "A CSV file (UTF-8 with or without BOM, or Windows-1252; separated by ; or ,), with the same columns as the export. Check first: you see every error with its line and column. Importing saves everything or nothing; a line with an existing id updates it."
                    )),
                H.el(
                    "p",
                    H.a(
                        SiteURL.exportOrganisations.path,
                        lang.t("Voorbeeld: de export van organisaties", "Example: the organisations export")), H.text(" · "),
                    H.a(SiteURL.exportServices.path, lang.t("de export van aanbod", "the services export"))),
                ImportReport.form(
                    action: .networkImport, csrf: shell.csrf, lang: lang,
                    extra: [
                        Forms.select(
                            lang.t("Wat importeert u?", "What are you importing?"), name: "soort",
                            options: [("organisaties", lang.t("Organisaties", "Organisations")), ("aanbod", lang.t("Aanbod", "Services"))],
                            selected: kind.rawValue)
                    ])
            ])
    }
}
