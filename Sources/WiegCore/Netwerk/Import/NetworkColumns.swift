/// The columns of an organisations file. Raw values are the Dutch header names the
/// export writes; `names` lists every accepted spelling (lowercase, English aliases).
enum OrganisationColumn: String, ImportColumn {
    case id, naam, soort, domein, website, telefoon, email
    case controleEmail = "controle_email"
    case straat, postcode, plaats
    case breedtegraad, lengtegraad
    case werkgebied, beschrijving
    case laatstGecontroleerd = "laatst_gecontroleerd"
    case demo

    var names: [String] {
        switch self {
        case .id: ["id", "uuid"]
        case .naam: ["naam", "name"]
        case .soort: ["soort", "type"]
        case .domein: ["domein", "domain"]
        case .website: ["website", "url"]
        case .telefoon: ["telefoon", "telefoonnummer", "phone"]
        case .email: ["email", "e-mail", "e-mailadres"]
        case .controleEmail: ["controle_email", "check_email"]
        case .straat: ["straat", "adres", "street", "address"]
        case .postcode: ["postcode", "postal_code", "zip"]
        case .plaats: ["plaats", "woonplaats", "city"]
        case .breedtegraad: ["breedtegraad", "latitude"]
        case .lengtegraad: ["lengtegraad", "longitude"]
        case .werkgebied: ["werkgebied", "gemeenten", "working_area"]
        case .beschrijving: ["beschrijving", "omschrijving", "description"]
        case .laatstGecontroleerd: ["laatst_gecontroleerd", "laatst gecontroleerd", "last_verified"]
        case .demo: ["demo"]
        }
    }

    /// Not for the public export: where reminders and reports go.
    static let privateColumns: [OrganisationColumn] = [.controleEmail]

    static let required: [OrganisationColumn] = [.naam, .soort]
    static let allText =
        "id, naam, soort, domein, website, telefoon, email, controle_email, straat, postcode, plaats, breedtegraad, lengtegraad, "
        + "werkgebied, beschrijving, laatst_gecontroleerd en demo"
    static let requiredText = "naam en soort"
}

/// The columns of a services (aanbod) file, one service per line with at most one location.
enum ServiceColumn: String, ImportColumn {
    case id, organisatie, naam
    case naamOuders = "naam_ouders"
    case beschrijvingOuders = "beschrijving_ouders"
    case beschrijvingProfessionals = "beschrijving_professionals"
    case fasen
    case leeftijdVan = "leeftijd_van"
    case leeftijdTot = "leeftijd_tot"
    case doelgroep, behoeften
    case toegang, kosten, talen, erkenning, gemeenten, website
    case contactNaam = "contact_naam"
    case contactRol = "contact_rol"
    case contactTelefoon = "contact_telefoon"
    case contactEmail = "contact_email"
    case status, redactie
    case laatstGecontroleerd = "laatst_gecontroleerd"
    case locatieStraat = "locatie_straat"
    case locatiePostcode = "locatie_postcode"
    case locatiePlaats = "locatie_plaats"
    case locatieBreedtegraad = "locatie_breedtegraad"
    case locatieLengtegraad = "locatie_lengtegraad"
    case demo

    var names: [String] {
        switch self {
        case .id: ["id", "uuid"]
        case .organisatie: ["organisatie", "organisation", "organization"]
        case .naam: ["naam", "name"]
        case .naamOuders: ["naam_ouders", "parent_name", "alternate_name"]
        case .beschrijvingOuders: ["beschrijving_ouders", "beschrijving", "public_description"]
        case .beschrijvingProfessionals: ["beschrijving_professionals", "professional_description"]
        case .fasen: ["fasen", "fase", "phases"]
        case .leeftijdVan: ["leeftijd_van", "age_from"]
        case .leeftijdTot: ["leeftijd_tot", "age_to"]
        case .doelgroep: ["doelgroep", "target_group"]
        case .behoeften: ["behoeften", "needs"]
        case .toegang: ["toegang", "access"]
        case .kosten: ["kosten", "cost"]
        case .talen: ["talen", "languages"]
        case .erkenning: ["erkenning", "recognition"]
        case .gemeenten: ["gemeenten", "werkgebied", "municipalities"]
        case .website: ["website", "url"]
        case .contactNaam: ["contact_naam", "contact_name"]
        case .contactRol: ["contact_rol", "contact_role"]
        case .contactTelefoon: ["contact_telefoon", "contact_phone"]
        case .contactEmail: ["contact_email", "contact_e-mail"]
        case .status: ["status"]
        case .redactie: ["redactie", "editorial"]
        case .laatstGecontroleerd: ["laatst_gecontroleerd", "laatst gecontroleerd", "last_verified"]
        case .locatieStraat: ["locatie_straat", "location_street"]
        case .locatiePostcode: ["locatie_postcode", "location_postcode"]
        case .locatiePlaats: ["locatie_plaats", "location_city"]
        case .locatieBreedtegraad: ["locatie_breedtegraad", "location_latitude", "latitude"]
        case .locatieLengtegraad: ["locatie_lengtegraad", "location_longitude", "longitude"]
        case .demo: ["demo"]
        }
    }

    /// Columns for professionals only: left out of public exports.
    static let professional: [ServiceColumn] = [.beschrijvingProfessionals, .contactNaam, .contactRol, .contactTelefoon, .contactEmail]

    static let required: [ServiceColumn] = [.organisatie, .naam]
    static let allText =
        "id, organisatie, naam, naam_ouders, beschrijving_ouders, beschrijving_professionals, fasen, leeftijd_van, "
        + "leeftijd_tot, doelgroep, behoeften, toegang, kosten, talen, erkenning, gemeenten, website, contact_naam, "
        + "contact_rol, contact_telefoon, contact_email, status, redactie, laatst_gecontroleerd, locatie_straat, "
        + "locatie_postcode, locatie_plaats, locatie_breedtegraad, locatie_lengtegraad en demo"
    static let requiredText = "organisatie en naam"
}
