import Foundation
import Testing
import Vapor
import WiegCore

@testable import WiegWeb

@Suite("Hand-written JSON")
struct JSONTextTests {
    func parsed(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test(
        "a service written by hand decodes to exactly what JSONEncoder gives, with and without optional fields",
        arguments: [true, false])
    func sameAsCodable(_ full: Bool) throws {
        let org = UUID()
        var service = ServiceRecord(
            organisationID: org, name: "Taal\"café\" \\ 𝄞\n\t\u{01}", publicDescription: "Één keer per week",
            phases: [.voor, .na], ageFromMonths: -9, ageToMonths: 48, needs: ["taal-tolk"], languages: ["nl", "ar"],
            areaCodes: ["GM0119"], lastVerified: Date(timeIntervalSince1970: 1_790_000_000), demo: true)
        if full {
            service.locations = [
                AddressRecord(name: "Bieb", street: "Kerkplein 1", postcode: "7941 AA", city: "Meppel", municipalityCode: "GM0119")
            ]
            service.website = "https://example.org/taal?x=1&y=2"
            service.professionalDescription = "Alleen voor \"professionals\""
            service.professionalContact = ProfessionalContact(name: "Team", role: nil, phone: "0123-456789", email: "t@example.org")
        }
        let value = ServiceJSON(
            service, organisationName: full ? "Bibliotheek Meppel" : nil, professional: full,
            now: Date(timeIntervalSince1970: 1_800_000_000))
        var text = JSONText()
        value.write(to: &text)
        let byHand = try parsed(Data(text.bytes))
        let byEncoder = try parsed(try JSONEncoder().encode(value))
        #expect(byHand == byEncoder)
        #expect((byHand["professional"] != nil) == full)
    }

    @Test("facet values are escaped as member names; empty objects and arrays are valid")
    func namesAndEmpties() throws {
        var text = JSONText()
        text.object { json in
            json.dynamicMember("a\"b") { $0.int(1) }
            json.member("leeg") { $0.object { _ in } }
            json.member("lijst") { $0.strings([]) }
        }
        let object = try parsed(Data(text.bytes))
        #expect(object["a\"b"] as? Int == 1)
        #expect((object["leeg"] as? NSDictionary)?.count == 0 && (object["lijst"] as? NSArray)?.count == 0)
    }
}
