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
            return CoalitionItemFormView.render(
                req.shell, context: context, item: existing, fields: fields, issues: check.issues,
                status: .unprocessableEntity)
        }
        try await req.stores.coalitionWork.save(item, coalitionID: context.id, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.coalition(context.slug).path + "#" + Item.segment, redirectType: .normal)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Response {
        let (context, item) = try await load(req)
        let lang = req.lang
        return ConfirmView.render(
            req.shell, title: lang.t("\(Item.nounNL.capitalizedFirst) verwijderen", "Delete \(Item.nounEN)"),
            message: lang.t(
                "Weet u zeker dat u '\(item!.label)' wilt verwijderen? De wijzigingsgeschiedenis bewaart wat er stond.",
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
