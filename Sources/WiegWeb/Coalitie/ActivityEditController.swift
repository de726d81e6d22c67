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
        return ActivityFormView.render(req.shell, context: context, existing: activity,
                                       fields: activity.map(ActivityForm.fields) ?? [ActivityForm.Field.status.rawValue: ActivityStatus.gepland.rawValue],
                                       issues: [])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let (context, existing) = try await load(req)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = ActivityForm.check(fields: fields, id: existing?.id ?? UUID(), existing: existing,
                                       knownWorkgroups: Set(context.work.workgroups.map(\.id)),
                                       knownOrganisations: Set(context.organisations.map(\.id)),
                                       knownServices: Set(context.network.services.keys), now: req.now)
        guard let activity = check.record else {
            return ActivityFormView.render(req.shell, context: context, existing: existing, fields: fields, issues: check.issues,
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
        return ConfirmView.render(req.shell, title: lang.t("Activiteit verwijderen", "Delete activity"),
                                  message: lang.t("Weet u zeker dat u de activiteit '\(a.title)' wilt verwijderen? De wijzigingsgeschiedenis bewaart wat er stond.",
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

enum ActivityFormView {
    static func render(_ shell: PageShell, context c: CoalitionContext, existing: Activity?, fields f: [String: String],
                       issues e: [ImportIssue], status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        typealias F = ActivityForm.Field
        let title = existing.map { lang.t("\($0.title) bewerken", "Edit \($0.title)") } ?? lang.t("Nieuwe activiteit", "New activity")
        let action = existing.map { SiteURL.activityEdit(c.slug, $0.id.uuidString) } ?? .activityNew(c.slug)
        func field(_ nl: String, _ en: String, _ name: F, hint: String? = nil) -> BodyNode {
            Forms.field(lang.t(nl, en), name: name.rawValue, value: f[name.rawValue], hint: hint, error: e.message(name.rawValue))
        }
        let partners = Set(c.work.coalition.members.map(\.organisationID))
        let owners = c.organisations.filter { partners.contains($0.id) || $0.id.uuidString == f[F.eigenaarOrganisatie.rawValue] }
        return Layout.page(shell, title: title, status: status, [
            H.h1(title),
            H.p(c.model.name),
            Forms.errorSummary(e.fieldErrors, lang: lang),
            Forms.post(action.path, csrf: shell.csrf, [
                field("Titel", "Title", .titel),
                Forms.textarea(lang.t("Beschrijving", "Description"), name: F.beschrijving.rawValue, value: f[F.beschrijving.rawValue],
                               error: e.message(F.beschrijving.rawValue)),
                field("Actielijnen", "Action lines", .actielijnen, hint: lang.t("Codes, gescheiden door komma's, bijvoorbeeld: 1.1, 2.2",
                                                                               "Codes separated by commas, for example: 1.1, 2.2")),
                Forms.select(lang.t("Werkgroep", "Workgroup"), name: F.werkgroep.rawValue,
                             options: [("", lang.t("Geen", "None"))] + c.work.workgroups.map { ($0.id.uuidString, $0.name) },
                             selected: f[F.werkgroep.rawValue] ?? "", error: e.message(F.werkgroep.rawValue)),
                Forms.select(lang.t("Eigenaar (organisatie)", "Owner (organisation)"), name: F.eigenaarOrganisatie.rawValue,
                             options: [("", lang.t("Geen", "None"))] + owners.map { ($0.id.uuidString, $0.name) },
                             selected: f[F.eigenaarOrganisatie.rawValue] ?? "", error: e.message(F.eigenaarOrganisatie.rawValue)),
                field("Eigenaar (rol)", "Owner (role)", .eigenaarRol),
                field("Kwartalen", "Quarters", .kwartalen, hint: lang.t("Bijvoorbeeld: Q1 2025, Q2 2025", "For example: Q1 2025, Q2 2025")),
                Forms.textarea(lang.t("Verwacht resultaat", "Expected result"), name: F.verwachtResultaat.rawValue,
                               value: f[F.verwachtResultaat.rawValue], error: e.message(F.verwachtResultaat.rawValue)),
                Forms.select(lang.t("Status", "Status"), name: F.status.rawValue,
                             options: ActivityStatus.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                             selected: f[F.status.rawValue] ?? ActivityStatus.gepland.rawValue, error: e.message(F.status.rawValue)),
                Forms.textarea(lang.t("Toelichting bij de status", "Note on the status"), name: F.statusToelichting.rawValue,
                               value: f[F.statusToelichting.rawValue], error: e.message(F.statusToelichting.rawValue)),
                Forms.select(lang.t("Implementatiefase", "Implementation phase"), name: F.fase.rawValue,
                             options: [("", lang.t("Niet aangegeven", "Not given"))] + ImplementationPhase.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                             selected: f[F.fase.rawValue] ?? "", error: e.message(F.fase.rawValue)),
                field("Thema's (minimale eisen)", "Themes (minimum requirements)", .themas,
                      hint: lang.t("Codes, gescheiden door komma's: " + MinimumTheme.allCases.map(\.rawValue).joined(separator: ", "),
                                   "Codes separated by commas: " + MinimumTheme.allCases.map(\.rawValue).joined(separator: ", "))),
                Forms.textarea(lang.t("Gekoppeld aanbod (sociale kaart)", "Linked services (social map)"), name: F.aanbod.rawValue,
                               value: f[F.aanbod.rawValue],
                               hint: lang.t("De id van elk aanbod (het laatste deel van de link ernaar), één per regel" + linkedNames(c, f, lang: lang),
                                            "The id of each service (the last part of its link), one per line" + linkedNames(c, f, lang: lang)),
                               error: e.message(F.aanbod.rawValue), rows: 3),
                Forms.submit(lang.t("Opslaan", "Save")),
            ]),
        ])
    }

    /// The names of the services the form links now, so the ids can be checked by eye.
    static func linkedNames(_ c: CoalitionContext, _ f: [String: String], lang: Lang) -> String {
        let names = (f[ActivityForm.Field.aanbod.rawValue] ?? "").split(whereSeparator: \.isNewline)
            .compactMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)).flatMap { c.network.services[$0]?.name } }
        return names.isEmpty ? "." : lang.t(". Nu: ", ". Now: ") + names.joined(separator: "; ") + "."
    }
}
