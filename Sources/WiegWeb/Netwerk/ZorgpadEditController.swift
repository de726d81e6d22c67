import Foundation
import Vapor
import WiegCore
import WiegStore

/// Creating, editing and deleting care paths: coordinators for their municipality,
/// regio teams for their region and its municipalities, beheerders everywhere.
enum ZorgpadEditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .zorgpadNew, access: .userManagers, use: form)
        routes.on(.POST, .zorgpadNew, access: .userManagers, use: save)
        routes.on(.GET, .zorgpadEdit(":id"), access: .userManagers, use: form)
        routes.on(.POST, .zorgpadEdit(":id"), access: .userManagers, use: save)
        routes.on(.GET, .zorgpadDelete(":id"), access: .userManagers, use: confirmDelete)
        routes.on(.POST, .zorgpadDelete(":id"), access: .userManagers, use: delete)
    }

    /// The path being edited (nil when new), and the areas the user may choose (nil: all).
    static func context(_ req: Request, _ network: NetworkCache.Snapshot) async throws -> (ZorgpadRecord?, Set<String>?) {
        let allowed: Set<String>? = req.principal?.role == .beheerder ? nil : try await req.scopeAreas()
        guard req.parameters.get("id") != nil else { return (nil, allowed) }
        let path = try ZorgpadenController.zorgpad(req, in: network)
        guard NetworkPolicy.canEdit(path, by: req.principal, scope: allowed ?? []) else { throw WiegError.forbidden }
        return (path, allowed)
    }

    static func areaOptions(_ network: NetworkCache.Snapshot, allowed: Set<String>?) -> [(String, String)] {
        let regions = network.areaNames.filter { AreaCode.kind(of: $0.key) == .regio }.map { ($0.key, $0.value) }.sorted { $0.1 < $1.1 }
        return (regions + network.municipalities.map { ($0.code, $0.name) }).filter { allowed?.contains($0.0) ?? true }
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let network = try await req.network()
        let (path, allowed) = try await context(req, network)
        return ZorgpadFormView.render(req.shell, network: network, existing: path, fields: path.map(ZorgpadForm.fields) ?? [:], issues: [],
                                      areas: areaOptions(network, allowed: allowed))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let network = try await req.network()
        let (existing, allowed) = try await context(req, network)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = ZorgpadForm.check(fields: fields, id: existing?.id ?? UUID(), existing: existing, allowedAreas: allowed,
                                      knownAreas: Set(network.areaNames.keys), knownNeeds: Set(network.taxonomy.terms.map(\.code)), now: req.now)
        guard let record = check.record else {
            return ZorgpadFormView.render(req.shell, network: network, existing: existing, fields: fields, issues: check.issues,
                                          areas: areaOptions(network, allowed: allowed), status: .unprocessableEntity)
        }
        try await req.stores.network.save(record, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.zorgpad(record.id.uuidString).path, redirectType: .normal)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Response {
        let network = try await req.network()
        let (existing, _) = try await context(req, network)
        let path = existing!
        let lang = req.lang
        return ConfirmView.render(req.shell, title: lang.t("Zorgpad verwijderen", "Delete care path"),
                                  message: lang.t("Weet u zeker dat u het zorgpad '\(path.title)' wilt verwijderen? De wijzigingsgeschiedenis bewaart wat er stond.",
                                                  "Are you sure you want to delete the care path '\(path.title)'? The audit trail keeps what it said."),
                                  action: SiteURL.zorgpadDelete(path.id.uuidString).path, confirm: lang.t("Ja, verwijderen", "Yes, delete"),
                                  cancel: SiteURL.zorgpad(path.id.uuidString).path)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let network = try await req.network()
        let (existing, _) = try await context(req, network)
        try await req.stores.network.deleteZorgpad(existing!.id, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.zorgpaden.path, redirectType: .normal)
    }
}

enum ZorgpadFormView {
    static func render(_ shell: PageShell, network: NetworkCache.Snapshot, existing: ZorgpadRecord?, fields f: [String: String], issues e: [ImportIssue],
                       areas: [(String, String)], status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        let title = existing.map { lang.t("\($0.title) bewerken", "Edit \($0.title)") } ?? lang.t("Nieuw zorgpad", "New care path")
        let action = existing.map { SiteURL.zorgpadEdit($0.id.uuidString) } ?? .zorgpadNew
        func field(_ nl: String, _ en: String, _ name: String, type: String = "text") -> BodyNode {
            Forms.field(lang.t(nl, en), name: name, type: type, value: f[name], error: e.message(name))
        }
        return Layout.page(shell, title: title, status: status, [
            H.h1(title),
            Forms.errorSummary(e.fieldErrors, lang: lang),
            Forms.post(action.path, csrf: shell.csrf, [
                field("Titel", "Title", "titel"),
                Forms.select(lang.t("Gemeente of regio", "Municipality or region"), name: "gebied", options: [("", lang.t("Kies…", "Choose…"))] + areas,
                             selected: f["gebied"] ?? "", error: e.message("gebied")),
                Forms.select(lang.t("Behoefte", "Need"), name: "behoefte",
                             options: [("", lang.t("Kies…", "Choose…"))] + network.needOptions(lang),
                             selected: f["behoefte"] ?? "", error: e.message("behoefte")),
                Forms.textarea(lang.t("Samenvatting", "Summary"), name: "samenvatting", value: f["samenvatting"], error: e.message("samenvatting")),
                Forms.textarea(lang.t("Stappen", "Steps"), name: "stappen", value: f["stappen"],
                               hint: lang.t("Eén stap per regel, als 'soort: tekst'. Soorten: signaal, contact, aanbod, escalatie.",
                                            "One step per line, as 'kind: text'. Kinds: signaal, contact, aanbod, escalatie."),
                               error: e.message("stappen"), rows: 8),
                Forms.textarea(lang.t("Samenwerkingsafspraken (één per regel)", "Cooperation agreements (one per line)"), name: "afspraken",
                               value: f["afspraken"], error: e.message("afspraken")),
                H.el("fieldset", H.el("legend", H.text(lang.t("Verantwoordelijke (voor professionals)", "Responsible (for professionals)"))),
                     field("Naam", "Name", "verantwoordelijke_naam"), field("Rol", "Role", "verantwoordelijke_rol"),
                     field("Telefoon", "Phone", "verantwoordelijke_telefoon", type: "tel"),
                     field("E-mail", "Email", "verantwoordelijke_email", type: "email")),
                Forms.submit(lang.t("Opslaan", "Save")),
            ]),
        ])
    }
}
