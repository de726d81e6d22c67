/// The fixed vocabularies of a coalition's plan. Raw values are the Dutch codes used in
/// URLs and the API; `dutchName`/`englishName` are for people.

/// A local coalition works in one municipality, a regional one in a region.
public enum CoalitionKind: String, CaseIterable, Codable, Sendable {
    case lokaal, regionaal

    public var dutchName: String { self == .lokaal ? "lokale coalitie" : "regionale coalitie" }
    public var englishName: String { self == .lokaal ? "local coalition" : "regional coalition" }
}

/// A way of involving the people it is about (002, minimum requirement 3).
public enum InvolvementForm: String, CaseIterable, Codable, Sendable {
    case klankbordgroep, ouderraad, ervaringsdeskundigen, interviews, sleutelfiguren

    public var dutchName: String {
        switch self {
        case .klankbordgroep: "klankbord- of spiegelgroep"
        case .ouderraad: "ouderraad / moederraad"
        case .ervaringsdeskundigen: "inzet van ervaringsdeskundigen"
        case .interviews: "interviews met (aanstaande) ouders"
        case .sleutelfiguren: "sleutelfiguren"
        }
    }

    public var englishName: String {
        switch self {
        case .klankbordgroep: "sounding board group"
        case .ouderraad: "parents' / mothers' council"
        case .ervaringsdeskundigen: "experts by experience"
        case .interviews: "interviews with (expectant) parents"
        case .sleutelfiguren: "key figures"
        }
    }
}

/// Where an activity stands.
public enum ActivityStatus: String, CaseIterable, Codable, Sendable {
    case gepland, loopt, gerealiseerd, vertraagd, gestopt

    public var dutchName: String { rawValue }

    public var englishName: String {
        switch self {
        case .gepland: "planned"
        case .loopt: "running"
        case .gerealiseerd: "realised"
        case .vertraagd: "delayed"
        case .gestopt: "stopped"
        }
    }
}

/// The implementation phase of an intervention (003): see, think, do, keep doing.
public enum ImplementationPhase: String, CaseIterable, Codable, Sendable {
    case zien
    case erOverDenken = "erover-denken"
    case doen
    case blijvenDoen = "blijven-doen"

    public var dutchName: String {
        switch self {
        case .zien: "Zien"
        case .erOverDenken: "Erover denken"
        case .doen: "Doen"
        case .blijvenDoen: "Blijven doen"
        }
    }

    public var englishName: String {
        switch self {
        case .zien: "See"
        case .erOverDenken: "Think about it"
        case .doen: "Do"
        case .blijvenDoen: "Keep doing"
        }
    }
}

/// The level a cooperation agreement is made at (002, minimum requirement 8).
public enum AgreementLevel: String, CaseIterable, Codable, Sendable {
    case uitvoering, beleid, bestuurlijk

    public var dutchName: String {
        switch self {
        case .uitvoering: "uitvoeringsniveau"
        case .beleid: "beleidsniveau"
        case .bestuurlijk: "bestuurlijk niveau"
        }
    }

    public var englishName: String {
        switch self {
        case .uitvoering: "execution level"
        case .beleid: "policy level"
        case .bestuurlijk: "governance level"
        }
    }
}
