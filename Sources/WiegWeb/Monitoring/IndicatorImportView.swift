import Vapor
import WiegCore

enum IndicatorImportView {
    static func render(
        _ shell: PageShell, plan: IndicatorImportPlan?, committed: (created: Int, updated: Int)?,
        error: String? = nil, status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let report = ImportReport.nodes(
            lang: lang, checked: plan.map { ($0.isValid, $0.records.count, $0.issues) },
            committed: committed, noun: ("waarden", "values"))
        return Layout.page(
            shell, title: lang.t("Cijfers importeren", "Import figures"), status: status,
            [
                H.h1(lang.t("Cijfers importeren", "Import figures")),
                error.map { H.notice($0, kind: .error) } ?? .empty,
                .group(report),
                H.p(
                    lang.t(
                        "Een CSV-bestand (UTF-8 of Windows-1252, gescheiden door ; of ,). Lang formaat: indicator, gebied, periode, teller, noemer en eventueel waarde. Breed formaat: indicator, gebied en één kolom per periode met teller/noemer, zoals 53/280. Eerst controleren; importeren slaat alles op of niets, en werkt bestaande waarden bij.",
                        "A CSV file (UTF-8 or Windows-1252, separated by ; or ,). Long format: indicator, gebied, periode, teller, noemer and optionally waarde. Wide format: indicator, gebied and one column per period holding teller/noemer, such as 53/280. Check first; importing saves everything or nothing and updates existing values."
                    )),
                ImportReport.form(action: .indicatorImport, csrf: shell.csrf, lang: lang)
            ])
    }
}
