/// The fixed vocabularies of the social map. Raw values are the Dutch codes used in
/// imports, URLs and the API; `dutchName`/`englishName` are for people.

/// The domain an organisation works in (the coalition test asks for medisch + sociaal).
public enum NetworkDomain: String, CaseIterable, Codable, Sendable {
    case medisch, sociaal
    case publiekeGezondheid = "publieke-gezondheid"
    case onderwijsOpvang = "onderwijs-opvang"
    case overig

    public var dutchName: String {
        switch self {
        case .medisch: "medisch"
        case .sociaal: "sociaal"
        case .publiekeGezondheid: "publieke gezondheid"
        case .onderwijsOpvang: "onderwijs en opvang"
        case .overig: "overig"
        }
    }

    public var englishName: String {
        switch self {
        case .medisch: "medical"
        case .sociaal: "social"
        case .publiekeGezondheid: "public health"
        case .onderwijsOpvang: "education and childcare"
        case .overig: "other"
        }
    }
}

/// What kind of organisation it is; each type has a usual domain.
public enum OrganisationType: String, CaseIterable, Codable, Sendable {
    case verloskundigenpraktijk, ziekenhuis
    case popPoli = "pop-poli"
    case kraamzorg, jgz, cjg, huisarts
    case sociaalTeam = "sociaal-team"
    case welzijn, schuldhulpverlening, ggz, verslavingszorg
    case veiligThuis = "veilig-thuis"
    case bibliotheek, kinderopvang, gemeente, ggd, vsv
    case zorgverzekeraar, ouderraad, overig

    public var dutchName: String {
        switch self {
        case .verloskundigenpraktijk: "verloskundigenpraktijk"
        case .ziekenhuis: "gynaecologie / ziekenhuis"
        case .popPoli: "POP-poli"
        case .kraamzorg: "kraamzorg"
        case .jgz: "JGZ / consultatiebureau"
        case .cjg: "CJG"
        case .huisarts: "huisarts"
        case .sociaalTeam: "sociaal (wijk)team"
        case .welzijn: "welzijn"
        case .schuldhulpverlening: "schuldhulpverlening"
        case .ggz: "GGZ"
        case .verslavingszorg: "verslavingszorg"
        case .veiligThuis: "Veilig Thuis"
        case .bibliotheek: "bibliotheek"
        case .kinderopvang: "kinderopvang"
        case .gemeente: "gemeente"
        case .ggd: "GGD"
        case .vsv: "VSV"
        case .zorgverzekeraar: "zorgverzekeraar"
        case .ouderraad: "cliënten- / ouderraad"
        case .overig: "overig"
        }
    }

    public var englishName: String {
        switch self {
        case .verloskundigenpraktijk: "midwifery practice"
        case .ziekenhuis: "obstetrics / hospital"
        case .popPoli: "POP clinic"
        case .kraamzorg: "maternity home care"
        case .jgz: "youth health care (JGZ)"
        case .cjg: "centre for youth and family (CJG)"
        case .huisarts: "general practitioner"
        case .sociaalTeam: "social (neighbourhood) team"
        case .welzijn: "welfare work"
        case .schuldhulpverlening: "debt counselling"
        case .ggz: "mental health care"
        case .verslavingszorg: "addiction care"
        case .veiligThuis: "Veilig Thuis (domestic violence)"
        case .bibliotheek: "library"
        case .kinderopvang: "childcare"
        case .gemeente: "municipality"
        case .ggd: "public health service (GGD)"
        case .vsv: "obstetric partnership (VSV)"
        case .zorgverzekeraar: "health insurer"
        case .ouderraad: "client / parents' council"
        case .overig: "other"
        }
    }

    /// The domain an organisation of this type usually belongs to.
    public var usualDomain: NetworkDomain {
        switch self {
        case .verloskundigenpraktijk, .ziekenhuis, .popPoli, .kraamzorg, .huisarts, .ggz, .verslavingszorg, .vsv: .medisch
        case .sociaalTeam, .welzijn, .schuldhulpverlening, .veiligThuis, .gemeente: .sociaal
        case .jgz, .cjg, .ggd: .publiekeGezondheid
        case .bibliotheek, .kinderopvang: .onderwijsOpvang
        case .zorgverzekeraar, .ouderraad, .overig: .overig
        }
    }
}

/// How a parent gets to a service.
public enum ServiceAccess: String, CaseIterable, Codable, Sendable {
    case zelfAanmelden = "zelf-aanmelden"
    case verwijzing
    case viaHuisarts = "via-huisarts"
    case viaJGZ = "via-jgz"

    public var dutchName: String {
        switch self {
        case .zelfAanmelden: "zelf aanmelden"
        case .verwijzing: "verwijzing nodig"
        case .viaHuisarts: "via de huisarts"
        case .viaJGZ: "via de JGZ"
        }
    }

    public var englishName: String {
        switch self {
        case .zelfAanmelden: "sign up yourself"
        case .verwijzing: "referral needed"
        case .viaHuisarts: "through your GP"
        case .viaJGZ: "through youth health care"
        }
    }
}

/// Recognition of an intervention (Loket Gezond Leven / NJi levels).
public enum Recognition: String, CaseIterable, Codable, Sendable, Comparable {
    case nietBeoordeeld = "niet-beoordeeld"
    case goedBeschreven = "goed-beschreven"
    case goedOnderbouwd = "goed-onderbouwd"
    case effectiefEerste = "effectief-eerste"
    case effectiefGoede = "effectief-goede"
    case effectiefSterke = "effectief-sterke"

    public static func < (lhs: Recognition, rhs: Recognition) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var dutchName: String {
        switch self {
        case .nietBeoordeeld: "niet beoordeeld"
        case .goedBeschreven: "goed beschreven"
        case .goedOnderbouwd: "goed onderbouwd"
        case .effectiefEerste: "effectief (eerste aanwijzingen)"
        case .effectiefGoede: "effectief (goede aanwijzingen)"
        case .effectiefSterke: "effectief (sterke aanwijzingen)"
        }
    }

    public var englishName: String {
        switch self {
        case .nietBeoordeeld: "not assessed"
        case .goedBeschreven: "well described"
        case .goedOnderbouwd: "well founded"
        case .effectiefEerste: "effective (first indications)"
        case .effectiefGoede: "effective (good indications)"
        case .effectiefSterke: "effective (strong indications)"
        }
    }
}

public enum ServiceStatus: String, CaseIterable, Codable, Sendable {
    case actief, inactief
}

/// Where an entry stands editorially.
public enum EditorialStatus: String, CaseIterable, Codable, Sendable {
    case concept, gecontroleerd
    case aandachtNodig = "aandacht-nodig"

    public var dutchName: String {
        switch self {
        case .concept: "concept"
        case .gecontroleerd: "gecontroleerd"
        case .aandachtNodig: "aandacht nodig"
        }
    }
}
