import Foundation
import Vapor
import WiegCore

/// Organisations, services and care paths as Wieg's own JSON. Professional-only
/// fields are present only in the `professional` variants, which only signed-in
/// users get; the public JSON has no such keys at all.
struct OrganisationJSON: Content {
    var id: UUID
    var name: String
    var type: String
    var domain: String
    var description: String
    var website: String?
    var phone: String?
    var email: String?
    var addresses: [AddressRecord]
    var workingArea: [String]
    var lastVerified: String?
    var freshness: String
    var demo: Bool

    init(_ r: OrganisationRecord, now: Date) {
        id = r.id
        name = r.name
        type = r.type.rawValue
        domain = r.domain.rawValue
        description = r.description
        website = r.website
        phone = r.phone
        email = r.email
        addresses = r.addresses
        workingArea = r.workingArea
        lastVerified = r.lastVerified.map(HSDSDates.day)
        freshness = Freshness.of(lastVerified: r.lastVerified, now: now).rawValue
        demo = r.demo
    }
}

struct ServiceJSON: Content {
    struct Professional: Content {
        var description: String
        var contact: ProfessionalContact
    }
    var id: UUID
    var organisationId: UUID
    var organisationName: String?
    var name: String
    var description: String
    var phases: [String]
    var ageFromMonths: Int
    var ageToMonths: Int
    var targetGroup: String
    var needs: [String]
    var access: String
    var cost: String
    var languages: [String]
    var recognition: String
    var municipalities: [String]
    var locations: [AddressRecord]
    var website: String?
    var status: String
    var lastVerified: String?
    var freshness: String
    var demo: Bool
    /// Only for signed-in users; absent (not null) in public responses.
    var professional: Professional?

    init(_ r: ServiceRecord, organisationName: String?, professional: Bool, now: Date) {
        self.init(r, organisationName: organisationName, professional: professional, freshness: Freshness.Boundaries(now: now))
    }

    init(_ r: ServiceRecord, organisationName: String?, professional: Bool, freshness boundaries: Freshness.Boundaries) {
        id = r.id
        organisationId = r.organisationID
        self.organisationName = organisationName
        name = r.name
        description = r.publicDescription
        phases = r.phases.map(\.rawValue)
        ageFromMonths = r.ageFromMonths
        ageToMonths = r.ageToMonths
        targetGroup = r.targetGroup
        needs = r.needs
        access = r.access.rawValue
        cost = r.cost
        languages = r.languages
        recognition = r.recognition.rawValue
        municipalities = r.areaCodes
        locations = r.locations
        website = r.website
        status = r.status.rawValue
        lastVerified = r.lastVerified.map(HSDSDates.day)
        freshness = boundaries.of(r.lastVerified).rawValue
        demo = r.demo
        self.professional = professional ? Professional(description: r.professionalDescription, contact: r.professionalContact) : nil
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(organisationId, forKey: .organisationId)
        try c.encodeIfPresent(organisationName, forKey: .organisationName)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(phases, forKey: .phases)
        try c.encode(ageFromMonths, forKey: .ageFromMonths)
        try c.encode(ageToMonths, forKey: .ageToMonths)
        try c.encode(targetGroup, forKey: .targetGroup)
        try c.encode(needs, forKey: .needs)
        try c.encode(access, forKey: .access)
        try c.encode(cost, forKey: .cost)
        try c.encode(languages, forKey: .languages)
        try c.encode(recognition, forKey: .recognition)
        try c.encode(municipalities, forKey: .municipalities)
        try c.encode(locations, forKey: .locations)
        try c.encodeIfPresent(website, forKey: .website)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(lastVerified, forKey: .lastVerified)
        try c.encode(freshness, forKey: .freshness)
        try c.encode(demo, forKey: .demo)
        try c.encodeIfPresent(professional, forKey: .professional)
    }
}

extension AddressRecord {
    func write(to json: inout JSONText) {
        json.object { json in
            json.member("street") { $0.string(street) }
            json.member("postcode") { $0.string(postcode) }
            json.member("city") { $0.string(city) }
            json.optional("name", name)
            json.optional("municipalityCode", municipalityCode)
        }
    }
}

extension ServiceJSON {
    /// The same JSON as `encode(to:)`, written by hand for the search API.
    func write(to json: inout JSONText) {
        json.object { json in
            json.member("id") { $0.string(id.uuidString) }
            json.member("organisationId") { $0.string(organisationId.uuidString) }
            json.optional("organisationName", organisationName)
            json.member("name") { $0.string(name) }
            json.member("description") { $0.string(description) }
            json.member("phases") { $0.strings(phases) }
            json.member("ageFromMonths") { $0.int(ageFromMonths) }
            json.member("ageToMonths") { $0.int(ageToMonths) }
            json.member("targetGroup") { $0.string(targetGroup) }
            json.member("needs") { $0.strings(needs) }
            json.member("access") { $0.string(access) }
            json.member("cost") { $0.string(cost) }
            json.member("languages") { $0.strings(languages) }
            json.member("recognition") { $0.string(recognition) }
            json.member("municipalities") { $0.strings(municipalities) }
            json.member("locations") { $0.array(locations) { json, address in address.write(to: &json) } }
            json.optional("website", website)
            json.member("status") { $0.string(status) }
            json.optional("lastVerified", lastVerified)
            json.member("freshness") { $0.string(freshness) }
            json.member("demo") { $0.bool(demo) }
            if let professional {
                json.member("professional") { json in
                    json.object { json in
                        json.member("description") { $0.string(professional.description) }
                        json.member("contact") { json in
                            let c = professional.contact
                            json.object { json in
                                json.optional("name", c.name)
                                json.optional("role", c.role)
                                json.optional("phone", c.phone)
                                json.optional("email", c.email)
                            }
                        }
                    }
                }
            }
        }
    }
}

struct ZorgpadJSON: Content {
    var id: UUID
    var areaCode: String
    var need: String
    var title: String
    var summary: String
    var steps: [ZorgpadStep]
    var agreements: [String]
    var responsible: ProfessionalContact
    var lastVerified: String?
    var freshness: String
    var demo: Bool

    init(_ r: ZorgpadRecord, now: Date) {
        id = r.id
        areaCode = r.areaCode
        need = r.needCode
        title = r.title
        summary = r.summary
        steps = r.steps
        agreements = r.agreements
        responsible = r.responsible
        lastVerified = r.lastVerified.map(HSDSDates.day)
        freshness = Freshness.of(lastVerified: r.lastVerified, now: now).rawValue
        demo = r.demo
    }
}
