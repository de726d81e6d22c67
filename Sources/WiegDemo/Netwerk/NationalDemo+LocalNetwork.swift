import Foundation
import WiegCore

/// One municipality of the national demo while it is built: its organisations, services and
/// which organisation and service stand for each kind and template (for the zorgpaden).
struct LocalNetwork {
    let municipality: NationalMunicipality
    let dates: DemoDates
    /// Four postcode digits shared by the municipality's addresses.
    let postcodeDigits: Int
    /// Names the regular demo already uses; a generated name that clashes gets a suffix.
    let takenNames: Set<String>
    var organisations: [OrganisationRecord] = []
    var services: [ServiceRecord] = []
    /// Organisation indexes (into `organisations`) per kind.
    private(set) var byKind: [NationalOrgKind: [Int]] = [:]
    /// The first service made from each template, by template key.
    var firstService: [String: ServiceRecord] = [:]
    private var slugs: [UUID: String] = [:]

    /// Neighbourhoods for services offered at more than one location.
    static let locations = ["Noord", "Zuid", "Oost"]
    /// Templates that are offered at several locations of one organisation.
    static let multiLocation: Set<String> = [
        "consultatiebureau", "opvoedspreekuur", "taalcafe", "geldcafe",
        "ontmoeting", "voorlezen", "beweeggroep", "sociaal-team"
    ]
    static let streets = [
        "Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianalaan",
        "Wilhelminastraat", "Beatrixlaan", "Marktplein", "Zuiderweg", "Raadhuisplein", "Lindelaan"
    ]
    static let postcodeLetters = Array("ABCEGHJKLMNPRTVWXZ")

    init(municipality: NationalMunicipality, index: Int, dates: DemoDates, takenNames: Set<String> = []) {
        self.municipality = municipality
        self.dates = dates
        self.takenNames = takenNames
        postcodeDigits = 1000 + (index * 26) % 9000
    }

    /// `{p}` replaced by the place.
    func fill(_ text: String) -> String {
        text.contains("{p}") ? text.replacingOccurrences(of: "{p}", with: municipality.place) : text
    }

    /// The organisations of `kind`, in creation order.
    func organisations(of kind: NationalOrgKind) -> [OrganisationRecord] {
        (byKind[kind] ?? []).map { organisations[$0] }
    }

    /// Every kind's usual number of organisations, then 0–2 extra midwives, GPs or childcare.
    mutating func addOrganisations(_ rng: inout SplitMix64) {
        var pools: [NationalOrgKind: [String]] = [:]
        for kind in NationalOrgKind.allCases {
            var pool = rng.shuffled(kind.names)
            for _ in 0..<kind.count { addOrganisation(kind, name: pool.removeFirst(), &rng) }
            pools[kind] = pool
        }
        for _ in 0..<rng.int(NationalDemo.extraOrganisations) {
            let kind = rng.pick(NationalOrgKind.extras)
            guard let name = pools[kind]?.first else { continue }
            pools[kind]?.removeFirst()
            addOrganisation(kind, name: name, &rng)
        }
    }

    private mutating func addOrganisation(_ kind: NationalOrgKind, name pattern: String, _ rng: inout SplitMix64) {
        let filled = fill(pattern)
        let id = rng.uuid()
        let name = takenNames.contains(filled) ? "\(filled) (wijkvestiging)" : filled
        let slug = Self.slug(name)
        let days = rng.int(0...NationalDemo.maxVerifiedDaysAgo)
        let address = self.address(&rng)
        byKind[kind, default: []].append(organisations.count)
        slugs[id] = slug
        organisations.append(
            OrganisationRecord(
                id: id, name: name, type: kind.type, domain: kind == .voedselbank ? .sociaal : nil,
                description: fill(kind.description), website: "https://\(slug).example.org", phone: NetworkDemo.phone(id),
                email: "info@\(slug).example.org", addresses: [address], workingArea: [municipality.code],
                lastVerified: dates.dates[days], demo: true, updatedAt: dates.dates[days]))
    }

    /// An invented address in this municipality.
    func address(_ rng: inout SplitMix64, name: String? = nil) -> AddressRecord {
        let letters = String([rng.pick(Self.postcodeLetters), rng.pick(Self.postcodeLetters)])
        return AddressRecord(
            name: name, street: "\(rng.pick(Self.streets)) \(rng.int(1...120))",
            postcode: "\(postcodeDigits) \(letters)", city: municipality.place,
            municipalityCode: municipality.code)
    }

    /// Lower-case letters and digits joined by single hyphens, for fake web and mail addresses.
    static func slug(_ name: String) -> String {
        var result = ""
        var hyphen = false
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if hyphen && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                hyphen = false
            } else {
                hyphen = true
            }
        }
        return result
    }

    func slug(of organisation: UUID) -> String { slugs[organisation] ?? "wieg-demo" }
}
