import Foundation
import Vapor
import WiegCore
import WiegStore

enum ZorgpadFormView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, existing: ZorgpadRecord?, fields f: [String: String], issues e: [ImportIssue],
        areas: [(String, String)], status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title = existing.map { lang.t("\($0.title) bewerken", "Edit \($0.title)") } ?? lang.t("Nieuw zorgpad", "New care path")
        let action = existing.map { SiteURL.zorgpadEdit($0.id.uuidString) } ?? .zorgpadNew
        func field(_ nl: String, _ en: String, _ name: String, type: String = "text") -> BodyNode {
            Forms.field(lang.t(nl, en), name: name, type: type, value: f[name], error: e.message(name))
        }
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                Forms.errorSummary(e.fieldErrors, lang: lang),
                Forms.post(
                    action.path, csrf: shell.csrf,
                    [
                        field("Titel", "Title", "titel"),
                        Forms.select(
                            lang.t("Gemeente of regio", "Municipality or region"), name: "gebied",
                            options: [("", lang.t("Kies…", "Choose…"))] + areas,
                            selected: f["gebied"] ?? "", error: e.message("gebied")),
                        Forms.select(
                            lang.t("Behoefte", "Need"), name: "behoefte",
                            options: [("", lang.t("Kies…", "Choose…"))] + network.needOptions(lang),
                            selected: f["behoefte"] ?? "", error: e.message("behoefte")),
                        Forms.textarea(
                            lang.t("Samenvatting", "Summary"), name: "samenvatting", value: f["samenvatting"],
                            error: e.message("samenvatting")),
                        Forms.textarea(
                            lang.t("Stappen", "Steps"), name: "stappen", value: f["stappen"],
                            hint: lang.t(
                                "Eén stap per regel, als 'soort: tekst'. Soorten: signaal, contact, aanbod, escalatie.",
                                "One step per line, as 'kind: text'. Kinds: signaal, contact, aanbod, escalatie."),
                            error: e.message("stappen"), rows: 8),
                        Forms.textarea(
                            lang.t("Samenwerkingsafspraken (één per regel)", "Cooperation agreements (one per line)"), name: "afspraken",
                            value: f["afspraken"], error: e.message("afspraken")),
                        H.el(
                            "fieldset",
                            H.el("legend", H.text(lang.t("Verantwoordelijke (voor professionals)", "Responsible (for professionals)"))),
                            field("Naam", "Name", "verantwoordelijke_naam"), field("Rol", "Role", "verantwoordelijke_rol"),
                            field("Telefoon", "Phone", "verantwoordelijke_telefoon", type: "tel"),
                            field("E-mail", "Email", "verantwoordelijke_email", type: "email")),
                        Forms.submit(lang.t("Opslaan", "Save"))
                    ])
            ])
    }
}
