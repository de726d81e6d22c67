import Fluent
import Foundation
import Testing
import WiegCore
import WiegStore
import WiegTestSupport

@Suite("Network store")
struct NetworkStoreTests {
    static let date = Date(timeIntervalSince1970: 1_800_000_000)

    static func sample() -> (OrganisationRecord, ServiceRecord, ZorgpadRecord) {
        let org = OrganisationRecord(
            name: "Verloskundig Centrum Test", type: .verloskundigenpraktijk, website: "https://example.org",
            phone: "0123-456789",
            addresses: [AddressRecord(street: "Hoofdstraat 1", postcode: "7941 AA", city: "Meppel", municipalityCode: "GM0119")],
            workingArea: ["GM0119"], lastVerified: date, demo: true)
        let service = ServiceRecord(
            organisationID: org.id, name: "Zwangerschapsbegeleiding", publicDescription: "Wij helpen u.",
            professionalDescription: "Alleen voor professionals.", phases: [.tijdens, .na], ageFromMonths: -9, ageToMonths: 1,
            needs: ["schulden"], access: .verwijzing, cost: "gratis", languages: ["nl", "en"],
            recognition: .goedOnderbouwd, areaCodes: ["GM0119"],
            locations: [AddressRecord(street: "Hoofdstraat 1", postcode: "7941 AA", city: "Meppel")],
            professionalContact: ProfessionalContact(name: "Team", role: "verloskundige", phone: "0123-456780"),
            lastVerified: date, editorial: .gecontroleerd, demo: true)
        let path = ZorgpadRecord(
            areaCode: "GM0119", needCode: "schulden", title: "Geldzorgen",
            steps: [
                ZorgpadStep(kind: .signaal, text: "Vraag naar geldzorgen."),
                ZorgpadStep(kind: .aanbod, text: "Verwijs.", organisationID: org.id, serviceID: service.id)
            ],
            agreements: ["Convenant vroegsignalering"], responsible: ProfessionalContact(role: "sociaal team"), demo: true)
        return (org, service, path)
    }

    @Test("records round-trip through the database, with an audit record per change", arguments: TestDatabase.allCases)
    func roundTrip(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                let store = FluentNetworkStore(db: db)
                let (org, service, path) = Self.sample()
                try await store.save(org, by: .cli, at: Self.date)
                try await store.save(service, by: .cli, at: Self.date)
                try await store.save(path, by: .cli, at: Self.date)
                var loaded = try #require(try await store.organisation(org.id))
                loaded.updatedAt = nil
                #expect(loaded == org)
                var loadedService = try #require(try await store.service(service.id))
                loadedService.updatedAt = nil
                #expect(loadedService == service)
                #expect(try await store.zorgpaden(areaCodes: ["GM0119"], needCode: "schulden") == [path])
                #expect(try await store.zorgpaden(areaCodes: ["GM0983"], needCode: nil).isEmpty)

                var renamed = service
                renamed.name = "Begeleiding bij zwangerschap"
                try await store.save(renamed, by: .cli, at: Self.date)
                #expect(try await store.service(service.id)?.name == "Begeleiding bij zwangerschap")
                try await store.deleteService(service.id, by: .cli, at: Self.date)
                #expect(try await store.service(service.id) == nil)
                let actions = try await AuditEventRow.query(on: db).filter(\.$entityType == "service").sort(\.$at).all().map(\.action)
                #expect(actions == [.create, .update, .delete])
                let slug = try #require(try await OrganisationRow.find(org.id, on: db)).slug
                #expect(slug == "verloskundig-centrum-test")
            }
        }
    }

    @Test("an import inserts and updates by id in one transaction; a failing import writes nothing", arguments: TestDatabase.allCases)
    func importAllOrNothing(_ kind: TestDatabase) async throws {
        try await kind.withFreshLocation { location in
            try await withDatabases(location, migrate: true) { db in
                let store = FluentNetworkStore(db: db)
                let (org, service, path) = Self.sample()
                let orgs = [org] + (1...600).map { OrganisationRecord(name: "Organisatie \($0)", type: .welzijn) }
                let services = [service] + orgs.dropFirst().map { ServiceRecord(organisationID: $0.id, name: "Aanbod van \($0.name)") }
                let first = try await store.importNetwork(
                    organisations: orgs, services: services, zorgpaden: [path],
                    source: "netwerk.csv", by: .cli, at: Self.date)
                #expect(first == NetworkImportResult(created: 1203, updated: 0))
                var changed = service
                changed.cost = "eigen bijdrage"
                let second = try await store.importNetwork(
                    organisations: [], services: [changed], zorgpaden: [],
                    source: "netwerk-2.csv", by: .cli, at: Self.date)
                #expect(second == NetworkImportResult(created: 0, updated: 1))
                #expect(try await store.service(service.id)?.cost == "eigen bijdrage")
                let revision = try await store.revision()
                #expect(revision.organisations == 601 && revision.services == 601 && revision.zorgpaden == 1)

                // A service of an organisation that does not exist fails on the foreign key,
                // after hundreds of valid rows were written in the same transaction.
                let more =
                    (1...700).map { ServiceRecord(organisationID: org.id, name: "Extra \($0)") }
                    + [ServiceRecord(organisationID: UUID(), name: "Wees")]
                await #expect(throws: (any Error).self) {
                    try await store.importNetwork(
                        organisations: [OrganisationRecord(name: "Nieuw", type: .ggd)], services: more,
                        zorgpaden: [], source: "fout.csv", by: .cli, at: Self.date)
                }
                #expect(try await store.revision().services == 601)
                #expect(try await store.revision().organisations == 601)
                #expect(try await AuditEventRow.query(on: db).filter(\.$entityType == "network_import").count() == 2)
            }
        }
    }
}
