import Foundation

/// A postal address (of an organisation or a service location).
public struct AddressRecord: Sendable, Equatable, Codable, Hashable {
    public var name: String?
    public var street: String
    public var postcode: String
    public var city: String
    /// The municipality the address lies in (GMxxxx), when known.
    public var municipalityCode: String?
    /// Where it is (WGS 84 degrees), when known: for "about 3 km away".
    public var latitude: Double?
    public var longitude: Double?

    public init(
        name: String? = nil, street: String, postcode: String, city: String, municipalityCode: String? = nil,
        latitude: Double? = nil, longitude: Double? = nil
    ) {
        self.name = name
        self.street = street
        self.postcode = postcode
        self.city = city
        self.municipalityCode = municipalityCode
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The position, when both coordinates are known.
    public var position: GeoCoordinate? { latitude.flatMap { lat in longitude.map { GeoCoordinate(longitude: $0, latitude: lat) } } }
}

/// A contact for professionals. Never shown publicly, never in public JSON or HSDS.
public struct ProfessionalContact: Sendable, Equatable, Codable, Hashable {
    public var name: String?
    public var role: String?
    public var phone: String?
    public var email: String?

    public init(name: String? = nil, role: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
    }

    public var isEmpty: Bool { [name, role, phone, email].allSatisfy { ($0 ?? "").isEmpty } }
}

/// An organisation of the social map.
public struct OrganisationRecord: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    public var type: OrganisationType
    public var domain: NetworkDomain
    public var description: String
    public var website: String?
    public var phone: String?
    public var email: String?
    /// Where Wieg sends reminders to check the entries and "klopt er iets niet?" reports;
    /// nil: `email`. Never shown publicly.
    public var checkEmail: String?
    public var addresses: [AddressRecord]
    /// Municipality codes (GMxxxx) the organisation works in.
    public var workingArea: [String]
    public var lastVerified: Date?
    /// Invented (demo) data is marked as such wherever it is shown.
    public var demo: Bool
    public var updatedAt: Date?

    /// Where mail about the entries goes: the check address, else the general one.
    public var mailForChecks: String? { checkEmail ?? email }

    public init(
        id: UUID = UUID(), name: String, type: OrganisationType, domain: NetworkDomain? = nil,
        description: String = "", website: String? = nil, phone: String? = nil, email: String? = nil,
        checkEmail: String? = nil, addresses: [AddressRecord] = [], workingArea: [String] = [], lastVerified: Date? = nil,
        demo: Bool = false, updatedAt: Date? = nil
    ) {
        self.checkEmail = checkEmail
        self.id = id
        self.name = name
        self.type = type
        self.domain = domain ?? type.usualDomain
        self.description = description
        self.website = website
        self.phone = phone
        self.email = email
        self.addresses = addresses
        self.workingArea = workingArea
        self.lastVerified = lastVerified
        self.demo = demo
        self.updatedAt = updatedAt
    }
}

/// A service (aanbod) of an organisation.
public struct ServiceRecord: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var organisationID: UUID
    /// The name professionals use.
    public var name: String
    /// The name in parents' words (B1, no jargon); empty: parents see `name`.
    public var parentName: String
    /// Plain language (B1) for parents.
    public var publicDescription: String
    /// For professionals only.
    public var professionalDescription: String
    public var phases: [Phase]
    /// Age range in months: -9 (start of pregnancy) … 48.
    public var ageFromMonths: Int
    public var ageToMonths: Int
    public var targetGroup: String
    /// Codes of needs (taxonomy terms) the service addresses.
    public var needs: [String]
    public var access: ServiceAccess
    /// Free text, e.g. "gratis" or "eigen bijdrage € 25".
    public var cost: String
    /// ISO 639-1 codes of the languages offered.
    public var languages: [String]
    public var recognition: Recognition
    /// Municipality codes (GMxxxx) covered.
    public var areaCodes: [String]
    public var locations: [AddressRecord]
    public var website: String?
    public var professionalContact: ProfessionalContact
    public var status: ServiceStatus
    public var lastVerified: Date?
    public var editorial: EditorialStatus
    public var demo: Bool
    public var updatedAt: Date?

    public init(
        id: UUID = UUID(), organisationID: UUID, name: String, parentName: String = "", publicDescription: String = "",
        professionalDescription: String = "", phases: [Phase] = [], ageFromMonths: Int = -9,
        ageToMonths: Int = 48, targetGroup: String = "", needs: [String] = [],
        access: ServiceAccess = .zelfAanmelden, cost: String = "", languages: [String] = ["nl"],
        recognition: Recognition = .nietBeoordeeld, areaCodes: [String] = [],
        locations: [AddressRecord] = [], website: String? = nil,
        professionalContact: ProfessionalContact = ProfessionalContact(), status: ServiceStatus = .actief,
        lastVerified: Date? = nil, editorial: EditorialStatus = .concept, demo: Bool = false,
        updatedAt: Date? = nil
    ) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.parentName = parentName
        self.publicDescription = publicDescription
        self.professionalDescription = professionalDescription
        self.phases = phases
        self.ageFromMonths = ageFromMonths
        self.ageToMonths = ageToMonths
        self.targetGroup = targetGroup
        self.needs = needs
        self.access = access
        self.cost = cost
        self.languages = languages
        self.recognition = recognition
        self.areaCodes = areaCodes
        self.locations = locations
        self.website = website
        self.professionalContact = professionalContact
        self.status = status
        self.lastVerified = lastVerified
        self.editorial = editorial
        self.demo = demo
        self.updatedAt = updatedAt
    }

    /// The valid age range in months.
    public static let ageRange = -9...48
}

/// The kind of a step in a care path.
public enum ZorgpadStepKind: String, CaseIterable, Codable, Sendable {
    case signaal, contact, aanbod, escalatie

    public var dutchName: String {
        switch self {
        case .signaal: "signaleren"
        case .contact: "contact opnemen"
        case .aanbod: "aanbod inzetten"
        case .escalatie: "opschalen"
        }
    }

    public var englishName: String {
        switch self {
        case .signaal: "signal"
        case .contact: "contact"
        case .aanbod: "deploy a service"
        case .escalatie: "escalate"
        }
    }
}

/// One step of a care path, in order.
public struct ZorgpadStep: Sendable, Equatable, Codable {
    public var kind: ZorgpadStepKind
    public var text: String
    public var organisationID: UUID?
    public var serviceID: UUID?

    public init(kind: ZorgpadStepKind, text: String, organisationID: UUID? = nil, serviceID: UUID? = nil) {
        self.kind = kind
        self.text = text
        self.organisationID = organisationID
        self.serviceID = serviceID
    }
}

/// A care path: what a professional does, here, for one need.
public struct ZorgpadRecord: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    /// A municipality (GMxxxx) or a region code.
    public var areaCode: String
    public var needCode: String
    public var title: String
    public var summary: String
    public var steps: [ZorgpadStep]
    /// The cooperation agreements that govern the path (titles until Coalitie links them).
    public var agreements: [String]
    public var responsible: ProfessionalContact
    public var lastVerified: Date?
    public var demo: Bool

    public init(
        id: UUID = UUID(), areaCode: String, needCode: String, title: String, summary: String = "",
        steps: [ZorgpadStep] = [], agreements: [String] = [], responsible: ProfessionalContact = ProfessionalContact(),
        lastVerified: Date? = nil, demo: Bool = false
    ) {
        self.id = id
        self.areaCode = areaCode
        self.needCode = needCode
        self.title = title
        self.summary = summary
        self.steps = steps
        self.agreements = agreements
        self.responsible = responsible
        self.lastVerified = lastVerified
        self.demo = demo
    }
}
