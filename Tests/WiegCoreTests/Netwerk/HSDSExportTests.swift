import Foundation
import Testing

@testable import WiegCore

@Suite("HSDS export")
struct HSDSExportTests {
    @Test("SHA-1 and v5 UUIDs match the reference values (Python hashlib and uuid)")
    func nameBasedIDs() {
        let hex = SHA1.digest(Array(repeating: UInt8(ascii: "a"), count: 1000)).map { String(format: "%02x", $0) }.joined()
        #expect(hex == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(UUID(name: "python.org", namespace: dns).hsdsString == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(UUID.hsdsNamespace.hsdsString == "afafb76d-65d3-55cc-8c29-02b460d7014c")
        #expect(WiegTaxonomy.fasen.termID("voor").hsdsString == "04e765d9-abd8-5ea9-8a4c-9dc2dfe07510")
        #expect(WiegTaxonomy.behoeften.id.hsdsString == "d95cf41a-acc4-5f5b-9923-48b89d481a9b")
    }

    @Test("a service is written with the schema's snake_case keys and Wieg's fields as attributes")
    func serviceKeys() throws {
        let data = try HSDSExport.encode(HSDSSamples.export.service(HSDSSamples.service, organisation: HSDSSamples.organisation))
        let json = try #require(try HSDSSamples.object(data) as? [String: Any])
        #expect(
            Set(json.keys) == [
                "id", "organization_id", "name", "description", "url", "status", "application_process",
                "fees_description", "accreditations", "eligibility_description", "minimum_age", "maximum_age",
                "assured_date", "last_modified", "service_areas", "service_at_locations", "languages",
                "organization", "attributes"
            ])
        #expect(json["id"] as? String == "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9")
        #expect(json["status"] as? String == "active")
        #expect(json["assured_date"] as? String == "2024-05-01")
        #expect(json["last_modified"] as? String == "2024-06-01T10:00:00.500Z")
        #expect(json["minimum_age"] as? Double == 0 && json["maximum_age"] as? Double == 0.5)
        let sal = try #require((json["service_at_locations"] as? [[String: Any]])?.first)
        let address = try #require(((sal["location"] as? [String: Any])?["addresses"] as? [[String: Any]])?.first)
        #expect(
            Set(address.keys) == [
                "id", "location_id", "address_1", "city", "region", "state_province", "postal_code",
                "country", "address_type", "attributes"
            ])
        #expect(address["state_province"] as? String == "Overijssel" && address["country"] as? String == "NL")
        let area = try #require((json["service_areas"] as? [[String: Any]])?.first)
        #expect(area["extent"] as? String == "GM0193" && area["name"] as? String == "Zwolle")
        let terms = (json["attributes"] as? [[String: Any]] ?? []).compactMap { $0["taxonomy_term"] as? [String: Any] }
        let codes = terms.map { "\($0["taxonomy"] ?? ""):\($0["code"] ?? "")" }
        #expect(
            codes.prefix(6) == [
                "wieg-fasen:tijdens", "wieg-fasen:na", "wieg-behoeften:stoppen-met-roken",
                "wieg-toegang:via-huisarts", "wieg-erkenning:goed-onderbouwd", "wieg-redactiestatus:gecontroleerd"
            ])
        let need = try #require(terms.first { $0["code"] as? String == "stoppen-met-roken" })
        #expect(need["parent_id"] as? String == WiegTaxonomy.behoeften.termID("gezondheid").hsdsString)
    }

    @Test("professional-only fields never appear in the output")
    func noProfessionalFields() throws {
        let text = String(decoding: try HSDSSamples.datasetJSON(), as: UTF8.self)
        for secret in ["V-MIS", "J. Jansen", "06 12345678", "j.jansen@", "contacts"] {
            #expect(!text.contains(secret), "\(secret) leaked into HSDS")
        }
    }

    @Test("an organization page lists one-to-one fields; empty optionals are omitted, not null")
    func organizationListAndNulls() throws {
        var bare = OrganisationRecord(name: "Bibliotheek", type: .bibliotheek)
        bare.website = ""
        let full = HSDSSamples.export.organization(bare, services: [HSDSSamples.service])
        #expect(full.services?.first?.attributes == nil && full.services?.first?.name == HSDSSamples.service.name)
        let page = HSDSPage(Paged(items: [full.listItem], number: 2, size: 1, total: 3))
        let json = try #require(try HSDSSamples.object(HSDSExport.encode(page)) as? [String: Any])
        #expect(json["total_items"] as? Int == 3 && json["total_pages"] as? Int == 3 && json["page_number"] as? Int == 2)
        #expect(json["size"] as? Int == 1 && json["first_page"] as? Bool == false && json["last_page"] as? Bool == false)
        #expect(json["empty"] as? Bool == false)
        let item = try #require((json["contents"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["id", "name", "description"])
        #expect(!String(decoding: try HSDSExport.encode(full), as: UTF8.self).contains("null"))
    }

    @Test("dates: Amsterdam days, UTC timestamps with milliseconds, and odd dates do not trap")
    func dates() {
        #expect(HSDSDates.day(Date(timeIntervalSince1970: 1_711_929_600)) == "2024-04-01")  // 00:00 UTC = 02:00 in Amsterdam
        #expect(HSDSDates.parseDay("2024-02-30") == nil && HSDSDates.parseDay("2024-2-3") == nil)
        #expect(HSDSDates.timestamp(Date(timeIntervalSince1970: -0.25)) == "1969-12-31T23:59:59.750Z")
        #expect(HSDSDates.parseTimestamp("1969-12-31T23:59:59.750Z") == Date(timeIntervalSince1970: -0.25))
        #expect(!HSDSDates.timestamp(Date(timeIntervalSince1970: .infinity)).isEmpty)
        #expect(!HSDSDates.timestamp(Date(timeIntervalSince1970: .nan)).isEmpty)
    }

    @Test("every published term has a stable id, a description, and its taxonomy")
    func vocabulary() {
        let vocabulary = HSDSVocabulary(needs: HSDSSamples.needs)
        #expect(Set(vocabulary.terms.map(\.id)).count == vocabulary.terms.count)
        #expect(vocabulary.terms.allSatisfy { !$0.description.isEmpty && $0.taxonomyID != nil })
        #expect(vocabulary.term(.fasen, "tijdens")?.id == WiegTaxonomy.fasen.termID("tijdens").hsdsString)
        #expect(vocabulary.term(id: WiegTaxonomy.fasen.termID("tijdens").uuidString)?.code == "tijdens")
        #expect(vocabulary.taxonomies.map(\.name).contains("wieg-behoeften"))
        #expect(HSDSExport.root(baseURL: "https://wieg.nl/api/v1/hsds").openapiURL == "https://wieg.nl/api/v1/hsds/openapi.json")
    }
}
