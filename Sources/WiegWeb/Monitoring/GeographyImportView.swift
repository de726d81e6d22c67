import Vapor
import WiegCore
import WiegStore

enum GeographyImportView {
    static func render(
        _ shell: PageShell, plan: GeographyImportPlan?, committed: (created: Int, updated: Int)?,
        error: String? = nil, status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let report = ImportReport.nodes(
            lang: lang, checked: plan.map { ($0.isValid, $0.records.count, $0.issues) },
            committed: committed, noun: ("gebieden", "areas"))
        return Layout.page(
            shell, title: lang.t("Gebieden importeren", "Import areas"), status: status,
            [
                H.h1(lang.t("Gebieden importeren", "Import areas")),
                error.map { H.notice($0, kind: .error) } ?? .empty,
                .group(report),
                H.p(
                    lang.t(
                        "Een CSV-bestand (UTF-8 of Windows-1252, gescheiden door ; of ,) met de kolommen code, naam, soort, ouder, leden en synthetisch. Eerst controleren; importeren slaat alles op of niets.",
                        "A CSV file (UTF-8 or Windows-1252, separated by ; or ,) with the columns code, naam, soort, ouder, leden and synthetisch. Check first; importing saves everything or nothing."
                    )),
                ImportReport.form(action: .geographyImport, csrf: shell.csrf, lang: lang)
            ])
    }
}
