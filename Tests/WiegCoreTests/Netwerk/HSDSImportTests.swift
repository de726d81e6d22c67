import Foundation
import Testing

@testable import WiegCore

@Suite("HSDS import")
struct HSDSImportTests {
    /// The sample dataset as a mutable JSON tree, to break one thing at a time.
    func dataset() throws -> [[String: Any]] {
        try #require(try HSDSSamples.object(HSDSSamples.datasetJSON()) as? [[String: Any]])
    }

    func plan(_ tree: Any) throws -> HSDSImportPlan {
        HSDSImport.plan(json: try JSONSerialization.data(withJSONObject: tree), needs: HSDSSamples.needs)
    }

    @Test("records → HSDS → records is identical except the professional-only fields")
    func roundTrip() throws {
        let plan = HSDSImport.plan(json: try HSDSSamples.datasetJSON(), needs: HSDSSamples.needs)
        #expect(plan.issues == [])
        #expect(plan.isValid)
        #expect(plan.organisations == [HSDSSamples.organisation])
        #expect(plan.services == [HSDSSamples.publicService])
    }

    @Test("two services of one organisation: the organisation once; a bare organization_id refers to it")
    func sharedOrganisation() throws {
        var second = HSDSSamples.service
        second.id = UUID()
        second.name = "Budgetcursus"
        let services = HSDSSamples.export.dataset(services: [HSDSSamples.service, second], organisations: [HSDSSamples.organisation])
        var tree = try #require(try HSDSSamples.object(HSDSExport.encode(services)) as? [[String: Any]])
        tree[1]["organization"] = nil
        let plan = try plan(tree)
        #expect(plan.issues == [])
        #expect(plan.organisations.count == 1 && plan.services.count == 2)

        tree[0]["organization"] = nil
        #expect(try self.plan(tree).issues.map(\.column) == ["services[0].organization_id", "services[1].organization_id"])
    }

    @Test("missing required fields, wrong types and bad UUIDs are reported by path")
    func fieldProblems() throws {
        var tree = try dataset()
        tree[0]["name"] = nil
        tree[0]["status"] = "open"
        tree[0]["minimum_age"] = "nul"
        tree[0]["organization_id"] = "not-a-uuid"
        var organization = try #require(tree[0]["organization"] as? [String: Any])
        organization["name"] = 42
        organization["description"] = nil
        tree[0]["organization"] = organization
        var languages = try #require(tree[0]["languages"] as? [[String: Any]])
        languages[1]["code"] = "eng"
        tree[0]["languages"] = languages
        let issues = try plan(tree).issues
        #expect(issues.allSatisfy { $0.line == 1 })
        #expect(
            Set(issues.compactMap(\.column)) == [
                "services[0].name", "services[0].status", "services[0].minimum_age",
                "services[0].organization_id", "services[0].organization.name",
                "services[0].organization.description", "services[0].languages[1].code"
            ])
        #expect(issues.contains { $0.message == "Verplicht veld name ontbreekt." })
        #expect(issues.contains { $0.message.contains("geen geldige UUID") })
        #expect(issues.contains { $0.message == "Het veld name moet tekst zijn, geen een getal." })
    }

    @Test("unknown taxonomy terms and terms on the wrong entity are reported")
    func unknownTerms() throws {
        var tree = try dataset()
        var attributes = try #require(tree[0]["attributes"] as? [[String: Any]])
        var need = try #require(attributes[2]["taxonomy_term"] as? [String: Any])
        need["code"] = "vliegangst"
        attributes[2]["taxonomy_term"] = need
        let n = attributes.count
        attributes.append(["id": UUID().uuidString, "taxonomy_term_id": WiegTaxonomy.domeinen.termID("medisch").hsdsString])
        attributes.append([
            "id": UUID().uuidString,
            "taxonomy_term": [
                "id": UUID().uuidString, "name": "x", "description": "y",
                "taxonomy": "open-eligibility", "code": "food"
            ]
        ])
        tree[0]["attributes"] = attributes
        let issues = try plan(tree).issues
        #expect(
            issues.map(\.column) == [
                "services[0].attributes[2].taxonomy_term", "services[0].attributes[\(n)].taxonomy_term",
                "services[0].attributes[\(n + 1)].taxonomy_term"
            ])
        #expect(issues[0].message.contains("code 'vliegangst'"))
        #expect(issues[1].message == "De term 'medisch' van wieg-domeinen hoort niet bij een dienst.")
    }

    @Test("a foreign service without Wieg attributes imports with defaults taken from HSDS fields")
    func foreignService() throws {
        let json = """
            [{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Counselling", "status": "defunct",
              "minimum_age": 1, "maximum_age": 3.5, "assured_date": "2024-02-29", "last_modified": "2024-03-01T10:00:00+01:00",
              "description": null,
              "organization": {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": "Org", "description": "",
                               "phones": [{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "number": "020 123"}]}}]
            """
        let plan = HSDSImport.plan(json: Data(json.utf8), needs: [])
        #expect(plan.issues == [])
        let service = try #require(plan.services.first)
        #expect(service.status == .inactief && service.ageFromMonths == 12 && service.ageToMonths == 42)
        #expect(service.lastVerified == HSDSDates.parseDay("2024-02-29") && service.publicDescription == "")
        #expect(service.updatedAt == Date(timeIntervalSince1970: 1_709_283_600))
        #expect(plan.organisations.first?.phone == "020 123" && plan.organisations.first?.type == .overig)
    }

    @Test("JSON values keep booleans apart from the numbers 0 and 1")
    func jsonValues() throws {
        let value = try JSONValue.parse(Data(#"[true, 1, 0, 1.5, false, null, "a", {"b": [false]}]"#.utf8))
        #expect(
            value
                == .array([
                    .bool(true), .number(1), .number(0), .number(1.5), .bool(false), .null, .string("a"),
                    .object(["b": .array([.bool(false)])])
                ]))
    }

    @Test("whole-file problems: not JSON, not an array, empty, duplicate ids, deep nesting")
    func fileProblems() throws {
        func messages(_ text: String) -> [String] { HSDSImport.plan(json: Data(text.utf8), needs: []).issues.map(\.message) }
        #expect(messages("{\"id\": 1") == ["Het bestand is geen geldige JSON (UTF-8)."])
        #expect(messages("{}") == ["Het bestand moet een JSON-lijst van diensten zijn ([...]), geen een object."])
        #expect(messages("[]") == ["Het bestand bevat geen diensten."])
        #expect(messages("[1, null]") == ["Hier hoort een object, geen een getal.", "Verplicht object ontbreekt."])
        #expect(!messages(String(repeating: "[", count: 100_000)).isEmpty)
        let tree = try dataset()
        let issues = try plan(tree + tree).issues
        #expect(
            issues == [
                ImportIssue(
                    line: 2, column: "services[1].id",
                    message:
                        "Dienst 0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9 staat ook al op plaats 1.")
            ])
    }
}

@Suite struct HSDSTimestampTests {
    @Test(
        "RFC 3339 spellings are read: Z, offsets, fractions of any length",
        arguments: [
            "2026-01-01T00:00:00Z", "2026-01-01T01:00:00+01:00", "2026-01-01T00:00:00.5Z", "5467-12-13T17:28:42.1-22:45"
        ])
    func timestamps(_ text: String) {
        #expect(HSDSDates.parseTimestamp(text) != nil)
    }

    @Test func notATimestamp() {
        #expect(HSDSDates.parseTimestamp("gisteren") == nil)
        #expect(HSDSDates.parseTimestamp("2026-13-01T00:00:00Z") == nil)
    }
}
