import Vapor
import WiegCore

enum IndicatorImportView {
    static func render(_ shell: PageShell, plan: IndicatorImportPlan?, committed: (created: Int, updated: Int)?,
                       error: String? = nil, status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        var report: [BodyNode] = []
        if let committed {
            report.append(H.notice(lang.t("Import voltooid: \(committed.created) nieuw, \(committed.updated) bijgewerkt.",
                                          "Import complete: \(committed.created) new, \(committed.updated) updated."), kind: "ok"))
        } else if let plan {
            if plan.isValid {
                report.append(H.notice(lang.t("Het bestand is in orde: \(plan.records.count) waarden. Er is nog niets opgeslagen; kies Importeren om ze op te slaan.",
                                              "The file is valid: \(plan.records.count) values. Nothing has been saved yet; choose Import to save them."), kind: "ok"))
            } else {
                report.append(H.notice(lang.t("Het bestand bevat \(plan.issues.count) fout(en). Er is niets opgeslagen. Verbeter het bestand en probeer opnieuw.",
                                              "The file has \(plan.issues.count) error(s). Nothing has been saved. Correct the file and try again."), kind: "error"))
                report.append(H.table(caption: lang.t("Fouten per regel", "Errors per line"),
                                      headers: [lang.t("Regel", "Line"), lang.t("Kolom", "Column"), lang.t("Melding", "Message")],
                                      rows: plan.issues.map { [.text(String($0.line)), .text($0.column ?? "—"),
                                                               H.el("span", H.attr("lang", lang == .nl ? nil : "nl"), .text($0.message))] }))
            }
        }
        return Layout.page(shell, title: lang.t("Cijfers importeren", "Import figures"), status: status, [
            H.h1(lang.t("Cijfers importeren", "Import figures")),
            error.map { H.notice($0, kind: "error") } ?? .empty,
            .group(report),
            H.p(lang.t("Een CSV-bestand (UTF-8 of Windows-1252, gescheiden door ; of ,). Lang formaat: indicator, gebied, periode, teller, noemer en eventueel waarde. Breed formaat: indicator, gebied en één kolom per periode met teller/noemer, zoals 53/280. Eerst controleren; importeren slaat alles op of niets, en werkt bestaande waarden bij.",
                       "A CSV file (UTF-8 or Windows-1252, separated by ; or ,). Long format: indicator, gebied, periode, teller, noemer and optionally waarde. Wide format: indicator, gebied and one column per period holding teller/noemer, such as 53/280. Check first; importing saves everything or nothing and updates existing values.")),
            Forms.post(SiteURL.indicatorImport.path, csrf: shell.csrf, [
                H.el("div", H.cls("field"),
                     H.el("label", H.attr("for", "file"), .text(lang.t("CSV-bestand", "CSV file"))),
                     H.void("input", [("type", "file"), ("id", "file"), ("name", "file"), ("accept", ".csv,text/csv"), ("required", "")])),
                H.el("div", H.cls("actions"),
                     H.el("button", H.attr("type", "submit"), H.attr("name", "actie"), H.attr("value", "controleren"), H.cls("button button-secondary"),
                          .text(lang.t("Alleen controleren", "Check only"))),
                     H.el("button", H.attr("type", "submit"), H.attr("name", "actie"), H.attr("value", "importeren"), H.cls("button"),
                          .text(lang.t("Importeren", "Import")))),
            ], multipart: true),
        ])
    }
}
