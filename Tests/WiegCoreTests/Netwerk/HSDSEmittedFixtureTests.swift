import Foundation
import Testing

@testable import WiegCore

/// Writes sample API answers to `Fixtures/hsds/emitted/` on every run, for
/// `Tests/hsds/validate.py` to check against the official HSDS 3.0 schemas.
@Suite("HSDS emitted fixtures")
struct HSDSEmittedFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hsds/emitted", isDirectory: true)

    /// A second, sparse service: inactive, no optional fields, an organisation without contact details.
    static let bareOrganisation = OrganisationRecord(
        id: UUID(uuidString: "5E7A1B2C-3D4E-4F50-9162-738495A6B7C8")!,
        name: "Bibliotheek Zwolle", type: .bibliotheek)
    static let bareService = ServiceRecord(
        id: UUID(uuidString: "1C2D3E4F-5A6B-4C7D-8E9F-A0B1C2D3E4F5")!,
        organisationID: bareOrganisation.id, name: "Voorlezen voor baby's",
        languages: [], status: .inactief)

    func write<T: Encodable>(_ value: T, _ name: String) throws -> Data {
        let data = try HSDSExport.encode(value, pretty: true)
        try data.write(to: Self.folder.appendingPathComponent(name))
        return data
    }

    @Test("writes a root, pages, a full service and organization, taxonomies and terms, and a dataset that imports cleanly")
    func emit() throws {
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        let export = HSDSSamples.export
        let services = [HSDSSamples.service, Self.bareService]
        let organisations = [HSDSSamples.organisation, Self.bareOrganisation]
        let full = export.dataset(services: services, organisations: organisations)

        _ = try write(HSDSExport.root(baseURL: "https://wieg.example.nl/api/v1/hsds"), "root.json")
        _ = try write(HSDSPage(Paged(items: full.map(\.listItem), number: 1, size: 50, total: 2)), "services.json")
        _ = try write(full[0], "service.json")
        _ = try write(
            HSDSPage(Paged(items: organisations.map { export.organization($0).listItem }, number: 1, size: 50, total: 2)),
            "organizations.json")
        _ = try write(export.organization(HSDSSamples.organisation, services: [HSDSSamples.service]), "organization.json")
        _ = try write(
            HSDSPage(Paged(items: export.vocabulary.taxonomies, number: 1, size: 50, total: WiegTaxonomy.allCases.count)),
            "taxonomies.json")
        let terms = export.vocabulary.terms
        _ = try write(HSDSPage(Paged(items: Array(terms.prefix(20)), number: 1, size: 20, total: terms.count)), "taxonomy_terms.json")
        _ = try write(HSDSPage(Paged(items: [HSDSService](), number: 3, size: 50, total: 2)), "services_empty.json")
        let dataset = try write(full, "dataset.json")

        let plan = HSDSImport.plan(json: dataset, needs: HSDSSamples.needs)
        #expect(plan.issues == [])
        #expect(plan.services == [HSDSSamples.publicService, Self.bareService])
        #expect(plan.organisations == organisations)
        let page = try JSONDecoder().decode(
            HSDSPage<HSDSService>.self,
            from: Data(contentsOf: Self.folder.appendingPathComponent("services.json")))
        #expect(page.contents.map(\.name) == services.map(\.name) && page.lastPage && !page.empty)
        let written = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }
        #expect(written.count >= 9)
    }
}
