import Fluent
import Foundation
import WiegCore

/// A service (aanbod) of an organisation. Lists are JSON text (see `JSONColumn`):
/// filtering happens in the in-memory search index, not in SQL.
public final class ServiceRow: Model, @unchecked Sendable {
    public static let schema = "services"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationRow
    @Field(key: "name") public var name: String
    @Field(key: "parent_name") public var parentName: String
    @Field(key: "public_description") public var publicDescription: String
    @Field(key: "professional_description") public var professionalDescription: String
    @Field(key: "phases") public var phasesJSON: String
    @Field(key: "age_from") public var ageFrom: Int
    @Field(key: "age_to") public var ageTo: Int
    @Field(key: "target_group") public var targetGroup: String
    @Field(key: "needs") public var needsJSON: String
    @Field(key: "access") public var access: String
    @Field(key: "cost") public var cost: String
    @Field(key: "languages") public var languagesJSON: String
    @Field(key: "recognition") public var recognition: String
    @Field(key: "area_codes") public var areaCodesJSON: String
    @Field(key: "locations") public var locationsJSON: String
    @OptionalField(key: "website") public var website: String?
    @Field(key: "professional_contact") public var professionalContactJSON: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "last_verified") public var lastVerified: Date?
    @Field(key: "editorial") public var editorial: String
    @Field(key: "demo") public var demo: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(_ record: ServiceRecord) {
        self.id = record.id
        apply(record)
    }

    public func apply(_ r: ServiceRecord) {
        $organisation.id = r.organisationID
        name = r.name
        parentName = r.parentName
        publicDescription = r.publicDescription
        professionalDescription = r.professionalDescription
        phasesJSON = JSONColumn.encode(r.phases)
        ageFrom = r.ageFromMonths
        ageTo = r.ageToMonths
        targetGroup = r.targetGroup
        needsJSON = JSONColumn.encode(r.needs)
        access = r.access.rawValue
        cost = r.cost
        languagesJSON = JSONColumn.encode(r.languages)
        recognition = r.recognition.rawValue
        areaCodesJSON = JSONColumn.encode(r.areaCodes)
        locationsJSON = JSONColumn.encode(r.locations)
        website = r.website
        professionalContactJSON = JSONColumn.encode(r.professionalContact)
        status = r.status.rawValue
        lastVerified = r.lastVerified
        editorial = r.editorial.rawValue
        demo = r.demo
    }

    public var record: ServiceRecord {
        ServiceRecord(
            id: id ?? UUID(), organisationID: $organisation.id, name: name, parentName: parentName, publicDescription: publicDescription,
            professionalDescription: professionalDescription, phases: JSONColumn.decode(phasesJSON) ?? [],
            ageFromMonths: ageFrom, ageToMonths: ageTo, targetGroup: targetGroup,
            needs: JSONColumn.decode(needsJSON) ?? [], access: ServiceAccess(rawValue: access) ?? .zelfAanmelden,
            cost: cost, languages: JSONColumn.decode(languagesJSON) ?? [],
            recognition: Recognition(rawValue: recognition) ?? .nietBeoordeeld,
            areaCodes: JSONColumn.decode(areaCodesJSON) ?? [], locations: JSONColumn.decode(locationsJSON) ?? [],
            website: website, professionalContact: JSONColumn.decode(professionalContactJSON) ?? ProfessionalContact(),
            status: ServiceStatus(rawValue: status) ?? .actief, lastVerified: lastVerified,
            editorial: EditorialStatus(rawValue: editorial) ?? .concept, demo: demo, updatedAt: updatedAt)
    }
}
