import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// Creating, editing and deleting a coalition's risks, workgroups, governance bodies (with
/// the meetings held) and agreements: one controller for every `EditableCoalitionItem`,
/// the rules in WiegCore's forms. Whoever may edit the coalition may edit these; every
/// change is in the audit trail; a delete asks first.
enum CoalitionItemEditController<Item: EditableCoalitionItem> {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .coalitionItemNew(":slug", Item.segment), access: .userManagers, use: form)
        routes.on(.POST, .coalitionItemNew(":slug", Item.segment), access: .userManagers, use: save)
        routes.on(.GET, .coalitionItemEdit(":slug", Item.segment, ":id"), access: .userManagers, use: form)
        routes.on(.POST, .coalitionItemEdit(":slug", Item.segment, ":id"), access: .userManagers, use: save)
        routes.on(.GET, .coalitionItemDelete(":slug", Item.segment, ":id"), access: .userManagers, use: confirmDelete)
        routes.on(.POST, .coalitionItemDelete(":slug", Item.segment, ":id"), access: .userManagers, use: delete)
    }

    static func load(_ req: Request) async throws -> (CoalitionContext, Item?) {
        let context = try await CoalitionContext.load(req, edit: true)
        guard let raw = req.parameters.get("id") else { return (context, nil) }
        guard let id = UUID(uuidString: raw), let item = Item.items(in: context.work).first(where: { $0.id == id }) else {
            throw WiegError.notFound("Dit \(Item.nounNL) bestaat niet (meer).", "This \(Item.nounEN) does not exist (any more).")
        }
        return (context, item)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (context, item) = try await load(req)
        return CoalitionItemFormView.render(req.shell, context: context, item: item, fields: item.map(Item.fields) ?? [:], issues: [])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let (context, existing) = try await load(req)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = Item.check(fields, id: existing?.id ?? UUID(), existing: existing, context: context, now: req.now)
        guard let item = check.record else {
            return CoalitionItemFormView.render(req.shell, context: context, item: existing, fields: fields, issues: check.issues,
                                                status: .unprocessableEntity)
        }
        try await req.stores.coalitionWork.save(item, coalitionID: context.id, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.coalition(context.slug).path + "#" + Item.segment, redirectType: .normal)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Response {
        let (context, item) = try await load(req)
        let lang = req.lang
        return ConfirmView.render(req.shell, title: lang.t("\(Item.nounNL.capitalizedFirst) verwijderen", "Delete \(Item.nounEN)"),
                                  message: lang.t("Weet u zeker dat u '\(item!.label)' wilt verwijderen? De wijzigingsgeschiedenis bewaart wat er stond.",
                                                  "Are you sure you want to delete '\(item!.label)'? The audit trail keeps what it said."),
                                  action: SiteURL.coalitionItemDelete(context.slug, Item.segment, item!.id.uuidString).path,
                                  confirm: lang.t("Ja, verwijderen", "Yes, delete"), cancel: SiteURL.coalition(context.slug).path)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let (context, item) = try await load(req)
        try await req.stores.coalitionWork.deleteItem(item!.id, kind: Item.kind, coalitionID: context.id, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.coalition(context.slug).path + "#" + Item.segment, redirectType: .normal)
    }
}

enum CoalitionItemFormView {
    static func render<Item: EditableCoalitionItem>(_ shell: PageShell, context c: CoalitionContext, item: Item?, fields f: [String: String],
                                                    issues e: [ImportIssue], status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        let title = item.map { lang.t("\($0.label) bewerken", "Edit \($0.label)") }
            ?? lang.t("Nieuw \(Item.nounNL)", "New \(Item.nounEN)")
        let action = item.map { SiteURL.coalitionItemEdit(c.slug, Item.segment, $0.id.uuidString) } ?? .coalitionItemNew(c.slug, Item.segment)
        return form(shell, context: c, title: title, action: action.path, controls: Item.form(c), fields: f, issues: e, status: status)
    }

    /// A coalition's edit form from its controls: title, the coalition's name, the error
    /// summary, the controls with their values and errors, and Opslaan.
    static func form(_ shell: PageShell, context c: CoalitionContext, title: String, action: String, controls: [ItemField],
                     fields f: [String: String], issues e: [ImportIssue], status: HTTPResponseStatus = .ok) -> Response {
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
                return Forms.select(label, name: field.name, options: options, selected: f[field.name], hint: hint, error: e.message(field.name))
            case .checkboxes(let options):
                let ticked = Set((f[field.name] ?? "").split { $0.isNewline || $0 == "|" || $0 == "," }.map { $0.trimmingCharacters(in: .whitespaces) })
                return Forms.checkboxes(label, name: field.name, options: options, selected: ticked, error: e.message(field.name))
            }
        }
        return Layout.page(shell, title: title, status: status, [
            H.h1(title),
            H.p(c.model.name),
            Forms.errorSummary(e.fieldErrors, lang: lang),
            Forms.post(action, csrf: shell.csrf, nodes + [Forms.submit(lang.t("Opslaan", "Save")), H.text(" "),
                                                           H.a(SiteURL.coalition(c.slug).path, lang.t("Annuleren", "Cancel"))]),
        ])
    }
}
