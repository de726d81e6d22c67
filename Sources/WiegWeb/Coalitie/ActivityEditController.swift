import Foundation
import Vapor
import WiegCore
import WiegStore

/// Creating, editing and deleting a coalition's activities (coordinator of the
/// coalition, the regio team for its regional coalition, beheerders). Every change is
/// in the audit trail; a delete asks first.
enum ActivityEditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .activityNew(":slug"), access: .userManagers, use: form)
        routes.on(.POST, .activityNew(":slug"), access: .userManagers, use: save)
        routes.on(.GET, .activityEdit(":slug", ":id"), access: .userManagers, use: form)
        routes.on(.POST, .activityEdit(":slug", ":id"), access: .userManagers, use: save)
        routes.on(.GET, .activityDelete(":slug", ":id"), access: .userManagers, use: confirmDelete)
        routes.on(.POST, .activityDelete(":slug", ":id"), access: .userManagers, use: delete)
    }

    static func load(_ req: Request) async throws -> (CoalitionContext, Activity?) {
        let context = try await CoalitionContext.load(req, edit: true)
        guard let raw = req.parameters.get("id") else { return (context, nil) }
        guard let id = UUID(uuidString: raw), let activity = context.work.activities.first(where: { $0.id == id }) else {
            throw WiegError.notFound("Deze activiteit bestaat niet (meer).", "This activity does not exist (any more).")
        }
        return (context, activity)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (context, activity) = try await load(req)
        return ActivityFormView.render(
            req.shell, context: context, existing: activity,
            fields: activity.map(ActivityForm.fields) ?? [ActivityForm.Field.status.rawValue: ActivityStatus.gepland.rawValue],
            issues: [])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let (context, existing) = try await load(req)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = ActivityForm.check(
            fields: fields, id: existing?.id ?? UUID(), existing: existing,
            knownWorkgroups: Set(context.work.workgroups.map(\.id)),
            knownOrganisations: Set(context.organisations.map(\.id)),
            knownServices: Set(context.network.services.keys), now: req.now)
        guard let activity = check.record else {
            return ActivityFormView.render(
                req.shell, context: context, existing: existing, fields: fields, issues: check.issues,
                status: .unprocessableEntity)
        }
        guard try await req.stores.coalitionWork.save(activity, coalitionID: context.id, by: req.auditActor, at: req.now) else {
            throw WiegError.forbidden
        }
        return req.redirect(to: SiteURL.coalition(context.slug).path + "#activiteiten", redirectType: .normal)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Response {
        let (context, activity) = try await load(req)
        let a = activity!
        let lang = req.lang
        return ConfirmView.render(
            req.shell, title: lang.t("Activiteit verwijderen", "Delete activity"),
            message: lang.t(
                "Weet u zeker dat u de activiteit '\(a.title)' wilt verwijderen? De wijzigingsgeschiedenis bewaart wat er stond.",
                "Are you sure you want to delete the activity '\(a.title)'? The audit trail keeps what it said."),
            action: SiteURL.activityDelete(context.slug, a.id.uuidString).path, confirm: lang.t("Ja, verwijderen", "Yes, delete"),
            cancel: SiteURL.coalition(context.slug).path)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let (context, activity) = try await load(req)
        try await req.stores.coalitionWork.deleteActivity(activity!.id, coalitionID: context.id, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.coalition(context.slug).path + "#activiteiten", redirectType: .normal)
    }
}
