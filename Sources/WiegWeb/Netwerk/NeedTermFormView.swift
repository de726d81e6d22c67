import Foundation
import Vapor
import WiegCore
import WiegStore

enum NeedTermFormView {
    static func render(
        _ shell: PageShell, existing: NeedTerm?, fields f: [String: String], issues e: [ImportIssue],
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title =
            existing.map { lang.t("Behoefte '\($0.dutchName)' bewerken", "Edit need '\($0.englishName)'") }
            ?? lang.t("Nieuwe behoefte", "New need")
        let action = existing.map { SiteURL.needTerm($0.code) } ?? .needTermNew
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                Forms.errorSummary(e.fieldErrors, lang: lang),
                Forms.post(
                    action.path, csrf: shell.csrf,
                    [
                        existing == nil
                            ? Forms.field(
                                "Code", name: "code", value: f["code"],
                                hint: lang.t(
                                    "Kleine letters, cijfers en streepjes; later niet te wijzigen.",
                                    "Lower-case letters, digits and dashes; cannot be changed later."),
                                error: e.message("code"), required: true)
                            : H.p(lang.t("Code: ", "Code: ") + (existing?.code ?? "")),
                        Forms.select(
                            lang.t("Domein (R4U)", "Domain (R4U)"), name: "domein",
                            options: NeedDomain.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: f["domein"], error: e.message("domein")),
                        Forms.field(
                            lang.t("Naam (Nederlands)", "Name (Dutch)"), name: "naam_nl", value: f["naam_nl"], error: e.message("naam_nl"),
                            required: true),
                        Forms.field(
                            lang.t("Naam (Engels)", "Name (English)"), name: "naam_en", value: f["naam_en"], error: e.message("naam_en"),
                            required: true),
                        Forms.textarea(
                            lang.t("Beschrijving voor ouders (Nederlands, B1)", "Description for parents (Dutch, B1)"),
                            name: "beschrijving_nl",
                            value: f["beschrijving_nl"], error: e.message("beschrijving_nl")),
                        Forms.textarea(
                            lang.t("Beschrijving voor ouders (Engels)", "Description for parents (English)"), name: "beschrijving_en",
                            value: f["beschrijving_en"], error: e.message("beschrijving_en")),
                        Forms.textarea(
                            lang.t("Woorden van ouders", "Parents' words"), name: "woorden", value: f["woorden"],
                            hint: lang.t(
                                "De gewone woorden en korte zinnetjes waarmee ouders naar deze hulp zoeken, gescheiden door komma's, zoals: geldzorgen, rood staan, ik kan de huur niet betalen. Tikfouten in woorden vanaf vijf letters vindt Wieg zelf. Leeg: de lijst van Wieg.",
                                "The everyday words and short phrases parents use to look for this help, separated by commas, such as: money worries, overdrawn, I cannot pay the rent. Wieg catches typing errors in words of five letters or more itself. Empty: Wieg's own list."
                            ), error: e.message("woorden"), rows: 6),
                        Forms.submit(lang.t("Opslaan", "Save"))
                    ])
            ])
    }
}
