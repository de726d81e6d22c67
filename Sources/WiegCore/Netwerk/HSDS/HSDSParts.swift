import Foundation

/// A service at a location, with the location nested (`service_at_location.json`).
public struct HSDSServiceAtLocation: Codable, Sendable, Equatable {
    public var id: String
    public var serviceID: String?
    public var locationID: String?
    public var location: HSDSLocation?

    enum CodingKeys: String, CodingKey {
        case id, location
        case serviceID = "service_id"
        case locationID = "location_id"
    }

    public init(id: String, serviceID: String? = nil, locationID: String? = nil, location: HSDSLocation? = nil) {
        self.id = id
        self.serviceID = serviceID
        self.locationID = locationID
        self.location = location
    }
}

/// A location (`location.json`); Wieg emits physical locations only.
public struct HSDSLocation: Codable, Sendable, Equatable {
    public var id: String
    /// `physical`, `postal` or `virtual`.
    public var locationType: String
    public var organizationID: String?
    public var name: String?
    public var latitude: Double?
    public var longitude: Double?
    public var addresses: [HSDSAddress]?

    enum CodingKeys: String, CodingKey {
        case id, name, addresses, latitude, longitude
        case locationType = "location_type"
        case organizationID = "organization_id"
    }

    public init(
        id: String, locationType: String = "physical", organizationID: String? = nil, name: String? = nil,
        latitude: Double? = nil, longitude: Double? = nil, addresses: [HSDSAddress]? = nil
    ) {
        self.latitude = latitude
        self.longitude = longitude
        self.id = id
        self.locationType = locationType
        self.organizationID = organizationID
        self.name = name
        self.addresses = addresses
    }
}

/// An address (`address.json`). Every field but `region` and `attributes` is required.
public struct HSDSAddress: Codable, Sendable, Equatable {
    public var id: String
    public var locationID: String?
    public var address1: String
    public var city: String
    /// The municipality's name, when known.
    public var region: String?
    /// The province's name, or "" when unknown (required by the schema).
    public var stateProvince: String
    public var postalCode: String
    /// ISO 3166-1 alpha-2: "NL".
    public var country: String
    public var addressType: String
    public var attributes: [HSDSAttribute]?

    enum CodingKeys: String, CodingKey {
        case id, city, region, country, attributes
        case locationID = "location_id"
        case address1 = "address_1"
        case stateProvince = "state_province"
        case postalCode = "postal_code"
        case addressType = "address_type"
    }

    public init(
        id: String, locationID: String? = nil, address1: String, city: String, region: String? = nil,
        stateProvince: String = "", postalCode: String, country: String = "NL",
        addressType: String = "physical", attributes: [HSDSAttribute]? = nil
    ) {
        self.id = id
        self.locationID = locationID
        self.address1 = address1
        self.city = city
        self.region = region
        self.stateProvince = stateProvince
        self.postalCode = postalCode
        self.country = country
        self.addressType = addressType
        self.attributes = attributes
    }
}

/// A phone number (`phone.json`).
public struct HSDSPhone: Codable, Sendable, Equatable {
    public var id: String
    public var organizationID: String?
    public var number: String

    enum CodingKeys: String, CodingKey {
        case id, number
        case organizationID = "organization_id"
    }

    public init(id: String, organizationID: String? = nil, number: String) {
        self.id = id
        self.organizationID = organizationID
        self.number = number
    }
}

/// An area a service covers (`service_area.json`); Wieg uses CBS municipality codes.
public struct HSDSServiceArea: Codable, Sendable, Equatable {
    public var id: String
    public var serviceID: String?
    public var name: String?
    /// The CBS code, e.g. "GM0363".
    public var extent: String?
    /// "cbs_gemeentecode".
    public var extentType: String?

    enum CodingKeys: String, CodingKey {
        case id, name, extent
        case serviceID = "service_id"
        case extentType = "extent_type"
    }

    public init(id: String, serviceID: String? = nil, name: String? = nil, extent: String? = nil, extentType: String? = nil) {
        self.id = id
        self.serviceID = serviceID
        self.name = name
        self.extent = extent
        self.extentType = extentType
    }
}

/// A language a service is offered in (`language.json`).
public struct HSDSLanguage: Codable, Sendable, Equatable {
    public var id: String
    public var serviceID: String?
    public var name: String?
    /// ISO 639-1.
    public var code: String?

    enum CodingKeys: String, CodingKey {
        case id, name, code
        case serviceID = "service_id"
    }

    public init(id: String, serviceID: String? = nil, name: String? = nil, code: String? = nil) {
        self.id = id
        self.serviceID = serviceID
        self.name = name
        self.code = code
    }
}
