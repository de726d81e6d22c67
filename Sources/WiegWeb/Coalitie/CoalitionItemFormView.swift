import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum CoalitionItemFormView {
    static func render<Item: EditableCoalitionItem>(
        _ shell: PageShell, context c: CoalitionContext, item: Item?, fields f: [String: String],
        issues e: [ImportIssue], status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title =
            item.map { lang.t("\($0.label) bewerken", "Edit \($0.label)") }
            ?? lang.t(Item.newNL, "New \(Item.nounEN)")
        let action =
            item.map { SiteURL.coalitionItemEdit(c.slug, Item.segment, $0.id.uuidString) } ?? .coalitionItemNew(c.slug, Item.segment)
        return form(shell, context: c, title: title, action: action.path, controls: Item.form(c), fields: f, issues: e, status: status)
    }

    /// A coalition's edit form from its controls: title, the coalition's name, the error
    /// summary, the controls with their values and errors, and Opslaan.
    static func form(
        _ shell: PageShell, context c: CoalitionContext, title: String, action: String, controls: [ItemField],
        fields f: [String: String], issues e: [ImportIssue], status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let nodes: [BodyNode] = controls.map { field in
            let label = lang.t(field.labelNL, field.labelEN)
            let hint = field.hintNL.map { lang.t($0, field.hintEN ?? $0) }
            switch field.control {
            case .text:
                return Forms.field(label, name: field.name, value: f[field.name], hint: hint, error: e.message(field.name))
            case .textarea:
                return Forms.textarea(label, name: field.name, value: f[field.name], hint: hint, error: e.message(field.name))
            case .select(let options):
                return Forms.select(
                    label, name: field.name, options: options, selected: f[field.name], hint: hint, error: e.message(field.name))
            case .checkboxes(let options):
                let ticked = Set(
                    (f[field.name] ?? "").split { $0.isNewline || $0 == "|" || $0 == "," }.map { $0.trimmingCharacters(in: .whitespaces) })
                return Forms.checkboxes(label, name: field.name, options: options, selected: ticked, error: e.message(field.name))
            }
        }
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                H.p(c.model.name),
                Forms.errorSummary(e.fieldErrors, lang: lang),
                Forms.post(
                    action, csrf: shell.csrf,
                    nodes + [
                        Forms.submit(lang.t("Opslaan", "Save")), H.text(" "),
                        H.a(SiteURL.coalition(c.slug).path, lang.t("Annuleren", "Cancel"))
                    ])
            ])
    }
}
