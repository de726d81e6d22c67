import Vapor
import WiegCore

/// The outcome of an import upload: committed counts, or the dry run's verdict with
/// every problem by line and column. Shared by every import page.
enum ImportReport {
    static func nodes(
        lang: Lang, checked: (valid: Bool, count: Int, issues: [ImportIssue])?, committed: (created: Int, updated: Int)?,
        noun: (nl: String, en: String)
    ) -> [BodyNode] {
        if let committed {
            return [
                H.notice(
                    lang.t(
                        "Import voltooid: \(committed.created) nieuw, \(committed.updated) bijgewerkt.",
                        "Import complete: \(committed.created) new, \(committed.updated) updated."), kind: .ok)
            ]
        }
        guard let checked else { return [] }
        if checked.valid {
            return [
                H.notice(
                    lang.t(
                        "Het bestand is in orde: \(checked.count) \(noun.nl). Er is nog niets opgeslagen; kies Importeren om ze op te slaan.",
                        "The file is valid: \(checked.count) \(noun.en). Nothing has been saved yet; choose Import to save them."),
                    kind: .ok)
            ]
        }
        return [
            H.notice(
                lang.t(
                    "Het bestand bevat \(checked.issues.count) fout(en). Er is niets opgeslagen. Verbeter het bestand en probeer opnieuw.",
                    "The file has \(checked.issues.count) error(s). Nothing has been saved. Correct the file and try again."), kind: .error),
            H.table(
                caption: lang.t("Fouten per regel", "Errors per line"),
                headers: [lang.t("Regel", "Line"), lang.t("Kolom", "Column"), lang.t("Melding", "Message")],
                rows: checked.issues.map {
                    [
                        H.text(String($0.line)), H.text($0.column ?? "—"),
                        H.el("span", H.attr("lang", lang == .nl ? nil : "nl"), H.text($0.message))
                    ]
                })
        ]
    }

    /// The file field and the two buttons: check only, or import.
    static func form(action: SiteURL, csrf: String, lang: Lang, extra: [BodyNode] = []) -> BodyNode {
        Forms.post(
            action.path, csrf: csrf,
            extra + [
                H.el(
                    "div", H.cls("field"),
                    H.el("label", H.attr("for", "file"), H.text(lang.t("CSV-bestand", "CSV file"))),
                    H.void("input", [("type", "file"), ("id", "file"), ("name", "file"), ("accept", ".csv,text/csv"), ("required", "")])),
                H.el(
                    "div", H.cls("actions"),
                    H.el(
                        "button", H.attr("type", "submit"), H.attr("name", "actie"), H.attr("value", "controleren"),
                        H.cls("button button-secondary"),
                        H.text(lang.t("Alleen controleren", "Check only"))),
                    H.el(
                        "button", H.attr("type", "submit"), H.attr("name", "actie"), H.attr("value", "importeren"), H.cls("button"),
                        H.text(lang.t("Importeren", "Import"))))
            ], multipart: true)
    }
}
