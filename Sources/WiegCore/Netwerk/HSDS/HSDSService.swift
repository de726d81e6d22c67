import Foundation

/// An HSDS 3.0 service as Wieg emits it (`schema/compiled/service.json`). Keys are the
/// schema's snake_case names; nil fields are omitted (the schema's types do not include
/// null). In list form every array and `organization` is nil.
public struct HSDSService: Codable, Sendable, Equatable {
    public var id: String
    public var organizationID: String?
    public var name: String
    /// Wieg: the name in parents' words.
    public var alternateName: String?
    public var description: String?
    public var url: String?
    /// `active`, `inactive`, `defunct` or `temporarily closed`.
    public var status: String
    public var applicationProcess: String?
    public var feesDescription: String?
    public var accreditations: String?
    public var eligibilityDescription: String?
    /// Years; Wieg's exact age range in months is in the attributes.
    public var minimumAge: Double?
    public var maximumAge: Double?
    /// "YYYY-MM-DD".
    public var assuredDate: String?
    /// ISO 8601 date-time in UTC.
    public var lastModified: String?
    public var serviceAreas: [HSDSServiceArea]?
    public var serviceAtLocations: [HSDSServiceAtLocation]?
    public var languages: [HSDSLanguage]?
    public var organization: HSDSOrganization?
    public var attributes: [HSDSAttribute]?

    enum CodingKeys: String, CodingKey {
        case id, name, description, url, status, accreditations, languages, organization, attributes
        case organizationID = "organization_id"
        case alternateName = "alternate_name"
        case applicationProcess = "application_process"
        case feesDescription = "fees_description"
        case eligibilityDescription = "eligibility_description"
        case minimumAge = "minimum_age"
        case maximumAge = "maximum_age"
        case assuredDate = "assured_date"
        case lastModified = "last_modified"
        case serviceAreas = "service_areas"
        case serviceAtLocations = "service_at_locations"
    }

    public init(
        id: String, organizationID: String? = nil, name: String, alternateName: String? = nil, description: String? = nil,
        url: String? = nil,
        status: String, applicationProcess: String? = nil, feesDescription: String? = nil,
        accreditations: String? = nil, eligibilityDescription: String? = nil, minimumAge: Double? = nil,
        maximumAge: Double? = nil, assuredDate: String? = nil, lastModified: String? = nil,
        serviceAreas: [HSDSServiceArea]? = nil, serviceAtLocations: [HSDSServiceAtLocation]? = nil,
        languages: [HSDSLanguage]? = nil, organization: HSDSOrganization? = nil, attributes: [HSDSAttribute]? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.alternateName = alternateName
        self.description = description
        self.url = url
        self.status = status
        self.applicationProcess = applicationProcess
        self.feesDescription = feesDescription
        self.accreditations = accreditations
        self.eligibilityDescription = eligibilityDescription
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.assuredDate = assuredDate
        self.lastModified = lastModified
        self.serviceAreas = serviceAreas
        self.serviceAtLocations = serviceAtLocations
        self.languages = languages
        self.organization = organization
        self.attributes = attributes
    }

    /// The one-to-one fields only, as in a page of `/services`.
    public var listItem: HSDSService {
        HSDSService(
            id: id, organizationID: organizationID, name: name, alternateName: alternateName, description: description, url: url,
            status: status, applicationProcess: applicationProcess, feesDescription: feesDescription,
            accreditations: accreditations, eligibilityDescription: eligibilityDescription,
            minimumAge: minimumAge, maximumAge: maximumAge, assuredDate: assuredDate, lastModified: lastModified)
    }
}

/// An HSDS organization (`schema/compiled/organization.json`). `services` is only set on
/// `/organizations/{id}`, with the services in list form.
public struct HSDSOrganization: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// Required by the schema; may be "".
    public var description: String
    public var email: String?
    public var website: String?
    public var phones: [HSDSPhone]?
    public var locations: [HSDSLocation]?
    public var attributes: [HSDSAttribute]?
    public var services: [HSDSService]?

    public init(
        id: String, name: String, description: String, email: String? = nil, website: String? = nil,
        phones: [HSDSPhone]? = nil, locations: [HSDSLocation]? = nil, attributes: [HSDSAttribute]? = nil,
        services: [HSDSService]? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.email = email
        self.website = website
        self.phones = phones
        self.locations = locations
        self.attributes = attributes
        self.services = services
    }

    /// The one-to-one fields only, as in a page of `/organizations`.
    public var listItem: HSDSOrganization {
        HSDSOrganization(id: id, name: name, description: description, email: email, website: website)
    }
}
