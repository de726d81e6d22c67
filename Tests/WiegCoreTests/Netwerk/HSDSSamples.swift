import Foundation

@testable import WiegCore

/// Records and need terms shared by the HSDS tests.
enum HSDSSamples {
    static let needs = [
        NeedTermInfo(code: "gezondheid", name: "Gezondheid"),
        NeedTermInfo(
            code: "stoppen-met-roken", name: "Stoppen met roken", parentCode: "gezondheid",
            description: "Hulp bij stoppen met roken tijdens en na de zwangerschap."),
        NeedTermInfo(code: "geldzorgen", name: "Geldzorgen")
    ]

    static let verified = Date(timeIntervalSince1970: 1_714_557_600.25)
    static let updated = Date(timeIntervalSince1970: 1_717_236_000.5)

    static let organisation = OrganisationRecord(
        id: UUID(uuidString: "6F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8")!, name: "Verloskundigenpraktijk De Wieg",
        type: .verloskundigenpraktijk, description: "Praktijk voor verloskunde in Zwolle.",
        website: "https://dewieg.example.nl", phone: "038 123 45 67", email: "info@dewieg.example.nl",
        addresses: [
            AddressRecord(name: "Praktijk", street: "Kerkstraat 1", postcode: "8011 AA", city: "Zwolle", municipalityCode: "GM0193")
        ],
        workingArea: ["GM0193", "GM0148"], lastVerified: verified, demo: true, updatedAt: updated)

    static let service = ServiceRecord(
        id: UUID(uuidString: "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9")!, organisationID: organisation.id,
        name: "Stoppen met roken in de zwangerschap", publicDescription: "Wij helpen u stoppen met roken.",
        professionalDescription: "Interventie volgens de V-MIS-methode.", phases: [.tijdens, .na],
        ageFromMonths: -9, ageToMonths: 6, targetGroup: "Zwangeren die roken en hun partners",
        needs: ["stoppen-met-roken"], access: .viaHuisarts, cost: "gratis", languages: ["nl", "en", "tr"],
        recognition: .goedOnderbouwd, areaCodes: ["GM0193"],
        locations: [
            AddressRecord(
                name: "Gezondheidscentrum Zuid", street: "Zuiderweg 12", postcode: "8012 BB", city: "Zwolle", municipalityCode: "GM0193"),
            AddressRecord(street: "Markt 3", postcode: "8011 CC", city: "Zwolle")
        ],
        website: "https://dewieg.example.nl/roken",
        professionalContact: ProfessionalContact(
            name: "J. Jansen", role: "verloskundige", phone: "06 12345678", email: "j.jansen@dewieg.example.nl"),
        status: .actief, lastVerified: verified, editorial: .gecontroleerd, demo: true, updatedAt: updated)

    /// `service` as it comes back from HSDS: without its professional-only fields.
    static var publicService: ServiceRecord {
        var s = service
        s.professionalDescription = ""
        s.professionalContact = ProfessionalContact()
        return s
    }

    static let export = HSDSExport(
        needs: needs, areaNames: ["GM0193": "Zwolle", "GM0148": "Dalfsen"],
        provinces: ["GM0193": "Overijssel"])

    /// The JSON of a dataset with the sample service.
    static func datasetJSON() throws -> Data {
        try HSDSExport.encode(export.dataset(services: [service], organisations: [organisation]))
    }

    /// A JSON value as a Foundation object tree, to look at keys.
    static func object(_ data: Data) throws -> Any { try JSONSerialization.jsonObject(with: data) }
}
