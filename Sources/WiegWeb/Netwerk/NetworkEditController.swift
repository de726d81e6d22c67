import Foundation
import Vapor
import WiegCore
import WiegStore

/// Creating and editing organisations and services, for whoever `NetworkPolicy` allows.
/// Forms carry the import's column names and are checked by the import's rules.
enum NetworkEditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .organisationNew, access: .userManagers, use: newOrganisation)
        routes.on(.POST, .organisationNew, access: .userManagers, use: saveOrganisation)
        routes.on(.GET, .organisationEdit(":id"), access: .signedIn, use: editOrganisation)
        routes.on(.POST, .organisationEdit(":id"), access: .signedIn, use: saveOrganisation)
        routes.on(.GET, .serviceNew(":id"), access: .signedIn, use: newService)
        routes.on(.POST, .serviceNew(":id"), access: .signedIn, use: saveService)
        routes.on(.GET, .serviceEdit(":id"), access: .signedIn, use: editService)
        routes.on(.POST, .serviceEdit(":id"), access: .signedIn, use: saveService)
        routes.on(.GET, .serviceDelete(":id"), access: .signedIn, use: confirmDelete)
        routes.on(.POST, .serviceDelete(":id"), access: .signedIn, use: deleteService)
    }

    /// The organisation being edited (nil for a new one), after checking the right to.
    static func editableOrganisation(_ req: Request, network: NetworkCache.Snapshot) async throws -> OrganisationRecord? {
        guard req.parameters.get("id") != nil else {
            guard NetworkPolicy.canCreateOrganisation(req.principal) else { throw WiegError.forbidden }
            return nil
        }
        let org = try req.organisation(in: network)
        guard NetworkPolicy.canEdit(org, by: req.principal, scope: try await req.scopeAreas()) else { throw WiegError.forbidden }
        return org
    }

    @Sendable static func newOrganisation(req: Request) async throws -> Response {
        let network = try await req.network()
        _ = try await editableOrganisation(req, network: network)
        return OrganisationFormView.render(req.shell, network: network, existing: nil, fields: [:], issues: [])
    }

    @Sendable static func editOrganisation(req: Request) async throws -> Response {
        let network = try await req.network()
        let org = try await editableOrganisation(req, network: network)
        return OrganisationFormView.render(
            req.shell, network: network, existing: org, fields: org.map(OrganisationFormView.fields) ?? [:], issues: [])
    }

    @Sendable static func saveOrganisation(req: Request) async throws -> Response {
        let network = try await req.network()
        let existing = try await editableOrganisation(req, network: network)
        var fields = FormFields.parse(req).filter { $0.name != CSRF.field }
        fields = fields.map { ($0.name, $0.name == "werkgebied" ? FormFields.normalisedList($0.value) : $0.value) }
        fields.append(("laatst_gecontroleerd", NetworkDates.format(req.now)))
        let check = NetworkImport.organisation(
            form: fields, id: existing?.id ?? UUID(),
            knownMunicipalities: Set(network.municipalities.map(\.code)), now: req.now)
        guard var record = check.record else {
            return OrganisationFormView.render(
                req.shell, network: network, existing: existing, fields: Dictionary(fields, uniquingKeysWith: { a, _ in a }),
                issues: check.issues, status: .unprocessableEntity)
        }
        record.demo = existing?.demo ?? false
        // A coordinator may not create an organisation outside its own area.
        guard NetworkPolicy.canEdit(record, by: req.principal, scope: try await req.scopeAreas()) || existing != nil else {
            return OrganisationFormView.render(
                req.shell, network: network, existing: existing, fields: Dictionary(fields, uniquingKeysWith: { a, _ in a }),
                issues: [ImportIssue(line: 2, column: "werkgebied", message: "Kies ten minste één gemeente in uw eigen gebied.")],
                status: .unprocessableEntity)
        }
        try await req.stores.network.save(record, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.organisation(record.id.uuidString).with([("melding", "opgeslagen")]), redirectType: .normal)
    }

    /// The service being edited and its organisation; for a new service, its organisation.
    static func editableService(_ req: Request, network: NetworkCache.Snapshot, isNew: Bool) async throws -> (
        OrganisationRecord, ServiceRecord?
    ) {
        let scope = try await req.scopeAreas()
        if isNew {
            let org = try req.organisation(in: network)
            guard NetworkPolicy.canEdit(org, by: req.principal, scope: scope) else { throw WiegError.forbidden }
            return (org, nil)
        }
        let service = try req.service(in: network)
        guard let org = network.organisations[service.organisationID],
            NetworkPolicy.canEdit(service, of: org, by: req.principal, scope: scope)
        else { throw WiegError.forbidden }
        return (org, service)
    }

    static func isNewService(_ req: Request) -> Bool { req.url.path.hasSuffix("/aanbod/nieuw") }

    @Sendable static func newService(req: Request) async throws -> Response {
        let network = try await req.network()
        let (org, _) = try await editableService(req, network: network, isNew: true)
        return ServiceFormView.render(
            req.shell, network: network, organisation: org, existing: nil,
            fields: ["gemeenten": org.workingArea.joined(separator: "|")], issues: [])
    }

    @Sendable static func editService(req: Request) async throws -> Response {
        let network = try await req.network()
        let (org, service) = try await editableService(req, network: network, isNew: false)
        return ServiceFormView.render(
            req.shell, network: network, organisation: org, existing: service,
            fields: service.map(ServiceFormView.fields) ?? [:], issues: [])
    }

    @Sendable static func saveService(req: Request) async throws -> Response {
        let network = try await req.network()
        let (org, existing) = try await editableService(req, network: network, isNew: isNewService(req))
        var fields = FormFields.parse(req).filter { $0.name != CSRF.field && $0.name != "organisatie" }
        fields = fields.map { ($0.name, ["gemeenten", "talen"].contains($0.name) ? FormFields.normalisedList($0.value) : $0.value) }
        for list in ["fasen", "behoeften"] where !fields.contains(where: { $0.name == list }) { fields.append((list, "")) }
        fields.append(("laatst_gecontroleerd", NetworkDates.format(req.now)))
        let check = NetworkImport.service(
            form: fields, id: existing?.id ?? UUID(), organisationID: org.id,
            knownNeeds: Set(network.taxonomy.terms.map(\.code)),
            knownMunicipalities: Set(network.municipalities.map(\.code)), now: req.now)
        guard var record = check.record else {
            return ServiceFormView.render(
                req.shell, network: network, organisation: org, existing: existing,
                fields: Dictionary(fields, uniquingKeysWith: { a, _ in a }), issues: check.issues, status: .unprocessableEntity)
        }
        record.demo = existing?.demo ?? false
        try await req.stores.network.save(record, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.service(record.id.uuidString).with([("melding", "opgeslagen")]), redirectType: .normal)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Response {
        let network = try await req.network()
        let (_, service) = try await editableService(req, network: network, isNew: false)
        let s = service!
        let lang = req.lang
        return ConfirmView.render(
            req.shell, title: lang.t("Aanbod verwijderen", "Delete service"),
            message: lang.t(
                "Weet u zeker dat u '\(s.name)' wilt verwijderen? Het verdwijnt uit de sociale kaart en uit zorgpaden die ernaar verwijzen. De wijzigingsgeschiedenis bewaart wat er stond.",
                "Are you sure you want to delete '\(s.name)'? It disappears from the social map and from care paths that refer to it. The audit trail keeps what it said."
            ),
            action: SiteURL.serviceDelete(s.id.uuidString).path, confirm: lang.t("Ja, verwijderen", "Yes, delete"),
            cancel: SiteURL.service(s.id.uuidString).path)
    }

    @Sendable static func deleteService(req: Request) async throws -> Response {
        let network = try await req.network()
        let (org, service) = try await editableService(req, network: network, isNew: false)
        try await req.stores.network.deleteService(service!.id, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.organisation(org.id.uuidString).with([("melding", "verwijderd")]), redirectType: .normal)
    }
}
