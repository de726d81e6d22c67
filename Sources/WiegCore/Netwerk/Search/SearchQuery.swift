/// A facet of the social map search: a property a result list can be narrowed by.
public enum SearchFacet: String, CaseIterable, Sendable, Hashable {
    case phase, need, domain, municipality, access, recognition, language

    public var dutchName: String {
        switch self {
        case .phase: "fase"
        case .need: "hulpvraag"
        case .domain: "domein"
        case .municipality: "gemeente"
        case .access: "toegang"
        case .recognition: "erkenning"
        case .language: "taal"
        }
    }

    public var englishName: String {
        switch self {
        case .phase: "phase"
        case .need: "need"
        case .domain: "domain"
        case .municipality: "municipality"
        case .access: "access"
        case .recognition: "recognition"
        case .language: "language"
        }
    }

    /// The values (raw codes) a document has for this facet.
    public func values(of document: SearchDocument) -> [String] {
        switch self {
        case .phase: document.phases.map(\.rawValue)
        case .need: document.needs
        case .domain: [document.domain.rawValue]
        case .municipality: document.municipalities
        case .access: [document.access.rawValue]
        case .recognition: [document.recognition.rawValue]
        case .language: document.languages
        }
    }
}

/// Filters of a search. Within a facet any chosen value will do (OR); every facet with
/// a choice must be satisfied (AND). An empty set does not filter.
public struct SearchFilters: Sendable, Equatable {
    public var phases: Set<Phase>
    public var needs: Set<String>
    public var domains: Set<NetworkDomain>
    public var municipalities: Set<String>
    public var access: Set<ServiceAccess>
    public var recognitions: Set<Recognition>
    public var languages: Set<String>

    public init(
        phases: Set<Phase> = [], needs: Set<String> = [], domains: Set<NetworkDomain> = [],
        municipalities: Set<String> = [], access: Set<ServiceAccess> = [],
        recognitions: Set<Recognition> = [], languages: Set<String> = []
    ) {
        self.phases = phases
        self.needs = needs
        self.domains = domains
        self.municipalities = municipalities
        self.access = access
        self.recognitions = recognitions
        self.languages = languages
    }

    /// The chosen values (raw codes) of a facet.
    public func values(for facet: SearchFacet) -> Set<String> {
        switch facet {
        case .phase: Set(phases.map(\.rawValue))
        case .need: needs
        case .domain: Set(domains.map(\.rawValue))
        case .municipality: municipalities
        case .access: Set(access.map(\.rawValue))
        case .recognition: Set(recognitions.map(\.rawValue))
        case .language: languages
        }
    }

    /// Whether a document satisfies every filter.
    public func matches(_ document: SearchDocument) -> Bool {
        SearchFacet.allCases.allSatisfy { facet in
            let chosen = values(for: facet)
            return chosen.isEmpty || facet.values(of: document).contains(where: chosen.contains)
        }
    }
}

/// A search of the social map: words (empty lists everything by name), filters and a page.
public struct SearchQuery: Sendable, Equatable {
    public var text: String
    public var filters: SearchFilters
    public var page: PageQuery
    /// Inactive services are only found when asked (by editors).
    public var includeInactive: Bool

    public init(
        text: String = "", filters: SearchFilters = SearchFilters(), page: PageQuery = PageQuery(),
        includeInactive: Bool = false
    ) {
        self.text = text
        self.filters = filters
        self.page = page
        self.includeInactive = includeInactive
    }
}
