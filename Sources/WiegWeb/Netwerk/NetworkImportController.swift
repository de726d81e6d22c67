import Foundation
import Vapor
import WiegCore
import WiegStore

/// Uploading organisations or services as CSV (dry run first, then all or nothing),
/// and the Excel-NL exports of the social map.
enum NetworkImportController {
    static func register(_ routes: any RoutesBuilder, maxUpload: Int) {
        routes.on(.GET, .networkImport, access: .userManagers, use: form)
        routes.on(.POST, .networkImport, access: .userManagers, body: .collect(maxSize: ByteCount(value: maxUpload)), use: upload)
        routes.on(.GET, .exportOrganisations, access: .everyone, use: exportOrganisations)
        routes.on(.GET, .exportServices, access: .everyone, use: exportServices)
    }

    enum Kind: String, CaseIterable { case organisaties, aanbod }

    @Sendable static func form(req: Request) async throws -> Response {
        NetworkImportView.render(req.shell, kind: .organisaties, checked: nil, committed: nil)
    }

    struct Upload: Content {
        var file: File?
        var actie: String?
        var soort: String?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let upload = try req.content.decode(Upload.self)
        let kind = upload.soort.flatMap(Kind.init(rawValue:)) ?? .organisaties
        guard let file = upload.file, file.data.readableBytes > 0 else {
            return NetworkImportView.render(
                req.shell, kind: kind, checked: nil, committed: nil, status: .unprocessableEntity,
                error: req.lang.t("Kies een CSV-bestand om te importeren.", "Choose a CSV file to import."))
        }
        let network = try await req.network()
        let data = Data(buffer: file.data)
        let municipalities = Set(network.municipalities.map(\.code))
        let scope = try await req.scopeAreas()
        var organisations: [OrganisationRecord] = []
        var services: [ServiceRecord] = []
        var checked: (valid: Bool, count: Int, issues: [ImportIssue])
        switch kind {
        case .organisaties:
            let plan = NetworkImport.planOrganisations(csv: data, knownMunicipalities: municipalities, now: req.now)
            var issues = plan.issues
            for item in plan.items
            where !NetworkPolicy.canEdit(network.organisations[item.record.id] ?? item.record, by: req.principal, scope: scope)
                || (item.isNew && !NetworkPolicy.canEdit(item.record, by: req.principal, scope: scope))
            {
                issues.append(
                    ImportIssue(
                        line: item.line, column: "werkgebied",
                        message: "U mag deze organisatie niet wijzigen: zij werkt niet in uw gebied."))
            }
            organisations = plan.records.map {
                keepingAbsentFields($0, existing: network.organisations[$0.id], columns: plan.columns)
            }
            checked = (issues.isEmpty && plan.isValid, plan.items.count, issues.sorted { $0.line < $1.line })
        case .aanbod:
            let plan = NetworkImport.planServices(
                csv: data, organisations: NetworkImport.organisationLookup(network.organisationList),
                knownNeeds: Set(network.taxonomy.terms.map(\.code)), knownMunicipalities: municipalities, now: req.now)
            var issues = plan.issues
            for item in plan.items {
                guard let org = network.organisations[item.record.organisationID],
                    NetworkPolicy.canEdit(item.record, of: org, by: req.principal, scope: scope)
                else {
                    issues.append(
                        ImportIssue(
                            line: item.line, column: "organisatie",
                            message: "U mag het aanbod van deze organisatie niet wijzigen."))
                    continue
                }
                services.append(keepingAbsentFields(item.record, existing: network.services[item.record.id], columns: plan.columns))
            }
            checked = (issues.isEmpty && plan.isValid, plan.items.count, issues.sorted { $0.line < $1.line })
        }
        guard checked.valid, upload.actie == "importeren" else {
            return NetworkImportView.render(
                req.shell, kind: kind, checked: checked, committed: nil, status: checked.valid ? .ok : .unprocessableEntity)
        }
        let result = try await req.stores.network.importNetwork(
            organisations: organisations, services: services, zorgpaden: [],
            source: file.filename, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return NetworkImportView.render(req.shell, kind: kind, checked: checked, committed: (result.created, result.updated))
    }

    /// A file without the professional columns (a public export) leaves those fields as they are.
    static func keepingAbsentFields(_ record: ServiceRecord, existing: ServiceRecord?, columns: Set<String>) -> ServiceRecord {
        guard let existing else { return record }
        var merged = record
        if !columns.contains("beschrijving_professionals") { merged.professionalDescription = existing.professionalDescription }
        if ["contact_naam", "contact_rol", "contact_telefoon", "contact_email"].allSatisfy({ !columns.contains($0) }) {
            merged.professionalContact = existing.professionalContact
        }
        if !columns.contains("naam_ouders") { merged.parentName = existing.parentName }
        // A file from before coordinates (or without them) keeps the ones Wieg has for the same place.
        if !columns.contains("locatie_breedtegraad"), !columns.contains("locatie_lengtegraad") {
            merged.locations = merged.locations.map { keepingPosition($0, from: existing.locations) }
        }
        return merged
    }

    /// An organisations file without the address for checks (the public export) or without
    /// coordinates leaves those as they are.
    static func keepingAbsentFields(_ record: OrganisationRecord, existing: OrganisationRecord?, columns: Set<String>) -> OrganisationRecord
    {
        guard let existing else { return record }
        var merged = record
        if !columns.contains("controle_email") { merged.checkEmail = existing.checkEmail }
        if !columns.contains("breedtegraad"), !columns.contains("lengtegraad") {
            merged.addresses = merged.addresses.map { keepingPosition($0, from: existing.addresses) }
        }
        return merged
    }

    /// The address with the coordinates of the same address (street, postcode, place) among `known`.
    static func keepingPosition(_ address: AddressRecord, from known: [AddressRecord]) -> AddressRecord {
        guard address.position == nil,
            let same = known.first(where: { $0.street == address.street && $0.postcode == address.postcode && $0.city == address.city })
        else { return address }
        var kept = address
        kept.latitude = same.latitude
        kept.longitude = same.longitude
        return kept
    }

    @Sendable static func exportOrganisations(req: Request) async throws -> Response {
        Download.csv(NetworkExport.organisationsCSV(try await req.network().organisationList), filename: "organisaties.csv")
    }

    /// Signed-in users get the professional columns too; the public export has none.
    @Sendable static func exportServices(req: Request) async throws -> Response {
        let network = try await req.network()
        let services = network.services.values.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
        return Download.csv(
            NetworkExport.servicesCSV(
                services, organisationNames: network.organisations.mapValues(\.name),
                includeProfessional: req.principal != nil), filename: "aanbod.csv")
    }
}
