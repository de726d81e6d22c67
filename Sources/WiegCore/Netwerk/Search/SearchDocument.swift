import Foundation

/// What the search index holds of one service: its searchable text, in weighted
/// fields, and the facets it can be filtered on.
public struct SearchDocument: Sendable, Equatable, Identifiable {
    /// A searchable text field and how much a match in it counts.
    public enum Field: CaseIterable, Sendable {
        case name, organisationName, needs, publicDescription, professionalDescription, targetGroup

        public var weight: Float {
            switch self {
            case .name: 3
            case .organisationName, .needs: 2
            case .publicDescription, .professionalDescription, .targetGroup: 1
            }
        }
    }

    /// The service's id.
    public var id: UUID
    public var organisationID: UUID
    public var name: String
    public var organisationName: String
    /// The labels of the needs the service addresses (e.g. "Geldzorgen").
    public var needLabels: [String]
    public var publicDescription: String
    public var professionalDescription: String
    public var targetGroup: String

    public var phases: [Phase]
    /// Need codes.
    public var needs: [String]
    public var domain: NetworkDomain
    /// Municipality codes (GMxxxx).
    public var municipalities: [String]
    public var access: ServiceAccess
    public var recognition: Recognition
    public var status: ServiceStatus
    /// ISO 639-1 codes.
    public var languages: [String]

    public init(
        id: UUID, organisationID: UUID, name: String, organisationName: String = "",
        needLabels: [String] = [], publicDescription: String = "", professionalDescription: String = "",
        targetGroup: String = "", phases: [Phase] = [], needs: [String] = [], domain: NetworkDomain = .overig,
        municipalities: [String] = [], access: ServiceAccess = .zelfAanmelden,
        recognition: Recognition = .nietBeoordeeld, status: ServiceStatus = .actief, languages: [String] = ["nl"]
    ) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.organisationName = organisationName
        self.needLabels = needLabels
        self.publicDescription = publicDescription
        self.professionalDescription = professionalDescription
        self.targetGroup = targetGroup
        self.phases = phases
        self.needs = needs
        self.domain = domain
        self.municipalities = municipalities
        self.access = access
        self.recognition = recognition
        self.status = status
        self.languages = languages
    }

    /// The document of a service. A service without area codes covers the working area
    /// of its organisation. Leave out the professional description for an index that
    /// answers the public, so no result turns up for words a parent cannot see.
    public init(
        service: ServiceRecord, organisation: OrganisationRecord, needLabels: [String],
        includeProfessionalDescription: Bool = true
    ) {
        self.init(
            id: service.id, organisationID: service.organisationID, name: service.name,
            organisationName: organisation.name, needLabels: needLabels,
            publicDescription: service.publicDescription,
            professionalDescription: includeProfessionalDescription ? service.professionalDescription : "",
            targetGroup: service.targetGroup, phases: service.phases, needs: service.needs,
            domain: organisation.domain,
            municipalities: service.areaCodes.isEmpty ? organisation.workingArea : service.areaCodes,
            access: service.access, recognition: service.recognition, status: service.status,
            languages: service.languages)
    }

    /// The texts of a field (one per need label; phrases never run across two).
    public func texts(of field: Field) -> [String] {
        switch field {
        case .name: [name]
        case .organisationName: [organisationName]
        case .needs: needLabels
        case .publicDescription: [publicDescription]
        case .professionalDescription: [professionalDescription]
        case .targetGroup: [targetGroup]
        }
    }
}
