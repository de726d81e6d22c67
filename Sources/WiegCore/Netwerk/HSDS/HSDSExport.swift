import Foundation

/// Turns Wieg's records into HSDS 3.0 objects. Wieg fields without an HSDS field travel
/// as attributes of Wieg's taxonomies (see `WiegTaxonomy`), so that importing an export
/// gives the same records back — except the professional-only fields
/// (`professionalDescription`, `professionalContact`), which are never exported and come
/// back empty. Empty optional strings are omitted and come back as nil.
public struct HSDSExport: Sendable {
    public let vocabulary: HSDSVocabulary
    /// Municipality code → name, for service area names and address regions.
    public var areaNames: [String: String]
    /// Municipality code → province name, for `state_province`.
    public var provinces: [String: String]

    public init(needs: [NeedTermInfo], areaNames: [String: String] = [:], provinces: [String: String] = [:]) {
        vocabulary = HSDSVocabulary(needs: needs)
        self.areaNames = areaNames
        self.provinces = provinces
    }

    /// The fully nested service of `/services/{id}` and of an import dataset.
    public func service(_ s: ServiceRecord, organisation: OrganisationRecord?) -> HSDSService {
        let id = s.id.hsdsString
        var attributes = s.phases.map { attribute(id, "service", .fasen, $0.rawValue) }
        attributes += s.needs.map { attribute(id, "service", .behoeften, $0) }
        attributes += [
            attribute(id, "service", .toegang, s.access.rawValue),
            attribute(id, "service", .erkenning, s.recognition.rawValue),
            attribute(id, "service", .redactie, s.editorial.rawValue),
            kenmerk(id, "service", .leeftijdVanaf, String(s.ageFromMonths)),
            kenmerk(id, "service", .leeftijdTot, String(s.ageToMonths))
        ]
        if let date = s.lastVerified { attributes.append(kenmerk(id, "service", .laatstGecontroleerd, HSDSDates.timestamp(date))) }
        if s.demo { attributes.append(kenmerk(id, "service", .demo, "true")) }

        return HSDSService(
            id: id, organizationID: s.organisationID.hsdsString, name: s.name, alternateName: nonEmpty(s.parentName),
            description: nonEmpty(s.publicDescription),
            url: nonEmpty(s.website), status: s.status == .actief ? "active" : "inactive",
            applicationProcess: s.access.dutchName, feesDescription: nonEmpty(s.cost),
            accreditations: s.recognition == .nietBeoordeeld ? nil : "Erkenning: \(s.recognition.dutchName)",
            eligibilityDescription: nonEmpty(s.targetGroup),
            minimumAge: years(s.ageFromMonths), maximumAge: years(s.ageToMonths),
            assuredDate: s.lastVerified.map(HSDSDates.day), lastModified: s.updatedAt.map(HSDSDates.timestamp),
            serviceAreas: s.areaCodes.map { code in
                HSDSServiceArea(
                    id: UUID.hsds("service-area:\(id):\(code)").hsdsString, serviceID: id,
                    name: areaNames[code] ?? code, extent: code, extentType: HSDSExport.extentType)
            },
            serviceAtLocations: s.locations.enumerated().map { i, address in
                let location = self.location(address, key: "\(id):\(i)", organisationID: nil)
                return HSDSServiceAtLocation(
                    id: UUID.hsds("service-at-location:\(id):\(i)").hsdsString,
                    serviceID: id, locationID: location.id, location: location)
            },
            languages: s.languages.map { code in
                HSDSLanguage(
                    id: UUID.hsds("language:\(id):\(code)").hsdsString, serviceID: id,
                    name: Locale(identifier: "nl").localizedString(forLanguageCode: code), code: code)
            },
            organization: organisation.map { organization($0) },
            attributes: attributes)
    }

    /// The organization nested in a service, or of `/organizations/{id}` when `services`
    /// is given (listed with their one-to-one fields only).
    public func organization(_ o: OrganisationRecord, services: [ServiceRecord]? = nil) -> HSDSOrganization {
        let id = o.id.hsdsString
        var attributes = [
            attribute(id, "organization", .organisatietypen, o.type.rawValue),
            attribute(id, "organization", .domeinen, o.domain.rawValue)
        ]
        attributes += o.workingArea.map { kenmerk(id, "organization", .werkgebied, $0) }
        if let date = o.lastVerified { attributes.append(kenmerk(id, "organization", .laatstGecontroleerd, HSDSDates.timestamp(date))) }
        if let date = o.updatedAt { attributes.append(kenmerk(id, "organization", .laatstGewijzigd, HSDSDates.timestamp(date))) }
        if o.demo { attributes.append(kenmerk(id, "organization", .demo, "true")) }
        return HSDSOrganization(
            id: id, name: o.name, description: o.description, email: nonEmpty(o.email), website: nonEmpty(o.website),
            phones: nonEmpty(o.phone).map { [HSDSPhone(id: UUID.hsds("phone:\(id)").hsdsString, organizationID: id, number: $0)] } ?? [],
            locations: o.addresses.enumerated().map { i, address in location(address, key: "\(id):\(i)", organisationID: id) },
            attributes: attributes,
            services: services?.map { service($0, organisation: nil).listItem })
    }

    /// An import dataset: every service fully nested, with its organisation.
    public func dataset(services: [ServiceRecord], organisations: [OrganisationRecord]) -> [HSDSService] {
        let byID = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return services.map { service($0, organisation: byID[$0.organisationID]) }
    }

    /// The API root, for an API served at `baseURL` (e.g. "https://wieg.nl/api/v1/hsds").
    public static func root(baseURL: String, profile: String = "https://wieg.nl/hsds/profiel") -> HSDSRoot {
        HSDSRoot(profile: profile, openapiURL: baseURL + "/openapi.json")
    }

    /// JSON as Wieg serves it: sorted keys, slashes unescaped.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// `extent_type` of Wieg's service areas: the extent is a CBS municipality code.
    public static let extentType = "cbs_gemeentecode"

    private func location(_ a: AddressRecord, key: String, organisationID: String?) -> HSDSLocation {
        let locationID = UUID.hsds("location:\(key)").hsdsString
        let addressID = UUID.hsds("address:\(key)").hsdsString
        let attributes = a.municipalityCode.map { [kenmerk(addressID, "address", .gemeentecode, $0)] }
        let address = HSDSAddress(
            id: addressID, locationID: locationID, address1: a.street, city: a.city,
            region: a.municipalityCode.flatMap { areaNames[$0] },
            stateProvince: a.municipalityCode.flatMap { provinces[$0] } ?? "",
            postalCode: a.postcode, attributes: attributes)
        return HSDSLocation(
            id: locationID, organizationID: organisationID, name: nonEmpty(a.name), latitude: a.position?.latitude,
            longitude: a.position?.longitude,
            addresses: [address])
    }

    private func attribute(_ linkID: String, _ entity: String, _ taxonomy: WiegTaxonomy, _ code: String, value: String? = nil)
        -> HSDSAttribute
    {
        let term =
            vocabulary.term(taxonomy, code)
            ?? HSDSTaxonomyTerm(
                id: taxonomy.termID(code).hsdsString, code: code, name: code, description: code,
                taxonomy: taxonomy.rawValue, taxonomyID: taxonomy.id.hsdsString, language: "nld")
        return HSDSAttribute(
            id: UUID.hsds("attribute:\(linkID):\(term.id):\(value ?? "")").hsdsString, linkID: linkID,
            linkEntity: entity, taxonomyTermID: term.id, value: value, taxonomyTerm: term)
    }

    private func kenmerk(_ linkID: String, _ entity: String, _ kenmerk: WiegKenmerk, _ value: String) -> HSDSAttribute {
        attribute(linkID, entity, .kenmerken, kenmerk.rawValue, value: value)
    }

    /// Months → years for HSDS `minimum_age`/`maximum_age`; pregnancy counts as 0.
    private func years(_ months: Int) -> Double { (Double(max(0, months)) / 12 * 100).rounded() / 100 }
}

func nonEmpty(_ s: String?) -> String? { (s ?? "").isEmpty ? nil : s }
