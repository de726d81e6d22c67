import Foundation

/// CSV exports of the social map that Excel-NL opens correctly: `;` between fields, a
/// UTF-8 BOM, CRLF line ends, quotes where needed, dates as dd-mm-jjjj, and a leading
/// apostrophe before cells a spreadsheet would run as a formula. The columns are those
/// of the import, so an export can be edited and imported again. The file holds one
/// address per organisation and one location per service (the first).
public enum NetworkExport {
    /// A public export (`includePrivate: false`) leaves out the address for data checks.
    public static func organisationsCSV(_ organisations: [OrganisationRecord], includePrivate: Bool = false) -> Data {
        let columns = OrganisationColumn.allCases.filter { includePrivate || !OrganisationColumn.privateColumns.contains($0) }
        return csv(
            header: columns.map(\.rawValue),
            rows: organisations.map { o in
                columns.map { cell($0, of: o) }
            })
    }

    /// `organisationNames` gives the `organisatie` cell; an organisation without a name
    /// there, or whose name is shared with another, is written by its id. A public export
    /// (`includeProfessional: false`) leaves out the professional description and contact.
    public static func servicesCSV(_ services: [ServiceRecord], organisationNames: [UUID: String], includeProfessional: Bool) -> Data {
        let columns = ServiceColumn.allCases.filter { includeProfessional || !ServiceColumn.professional.contains($0) }
        var nameCount: [String: Int] = [:]
        for name in organisationNames.values { nameCount[name.lowercased(), default: 0] += 1 }
        func organisation(_ id: UUID) -> String {
            guard let name = organisationNames[id], nameCount[name.lowercased()] == 1, UUID(uuidString: name) == nil
            else { return id.uuidString.lowercased() }
            return name
        }
        return csv(
            header: columns.map(\.rawValue),
            rows: services.map { s in
                columns.map { $0 == .organisatie ? organisation(s.organisationID) : cell($0, of: s) }
            })
    }

    static func cell(_ column: OrganisationColumn, of o: OrganisationRecord) -> String {
        let address = o.addresses.first
        return switch column {
        case .id: o.id.uuidString.lowercased()
        case .naam: o.name
        case .soort: o.type.rawValue
        case .domein: o.domain.rawValue
        case .website: o.website ?? ""
        case .telefoon: o.phone ?? ""
        case .email: o.email ?? ""
        case .controleEmail: o.checkEmail ?? ""
        case .straat: address?.street ?? ""
        case .postcode: address?.postcode ?? ""
        case .plaats: address?.city ?? ""
        case .breedtegraad: address?.latitude.map { String($0) } ?? ""
        case .lengtegraad: address?.longitude.map { String($0) } ?? ""
        case .werkgebied: o.workingArea.joined(separator: "|")
        case .beschrijving: o.description
        case .laatstGecontroleerd: o.lastVerified.map { NetworkDates.format($0) } ?? ""
        case .demo: o.demo ? "ja" : "nee"
        }
    }

    static func cell(_ column: ServiceColumn, of s: ServiceRecord) -> String {
        let location = s.locations.first
        return switch column {
        case .id: s.id.uuidString.lowercased()
        case .organisatie: s.organisationID.uuidString.lowercased()
        case .naam: s.name
        case .naamOuders: s.parentName
        case .beschrijvingOuders: s.publicDescription
        case .beschrijvingProfessionals: s.professionalDescription
        case .fasen: s.phases.map(\.rawValue).joined(separator: "|")
        case .leeftijdVan: String(s.ageFromMonths)
        case .leeftijdTot: String(s.ageToMonths)
        case .doelgroep: s.targetGroup
        case .behoeften: s.needs.joined(separator: "|")
        case .toegang: s.access.rawValue
        case .kosten: s.cost
        case .talen: s.languages.joined(separator: "|")
        case .erkenning: s.recognition.rawValue
        case .gemeenten: s.areaCodes.joined(separator: "|")
        case .website: s.website ?? ""
        case .contactNaam: s.professionalContact.name ?? ""
        case .contactRol: s.professionalContact.role ?? ""
        case .contactTelefoon: s.professionalContact.phone ?? ""
        case .contactEmail: s.professionalContact.email ?? ""
        case .status: s.status.rawValue
        case .redactie: s.editorial.rawValue
        case .laatstGecontroleerd: s.lastVerified.map { NetworkDates.format($0) } ?? ""
        case .locatieStraat: location?.street ?? ""
        case .locatiePostcode: location?.postcode ?? ""
        case .locatiePlaats: location?.city ?? ""
        case .locatieBreedtegraad: location?.latitude.map { String($0) } ?? ""
        case .locatieLengtegraad: location?.longitude.map { String($0) } ?? ""
        case .demo: s.demo ? "ja" : "nee"
        }
    }

    /// BOM, header and rows, `;`-separated, CRLF-terminated.
    static func csv(header: [String], rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for fields in [header] + rows {
            text += fields.map { quoted(SpreadsheetCell.guarded($0)) }.joined(separator: ";") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// A field in double quotes (inner quotes doubled) when it holds `;`, `"`, a line
    /// break, or starts or ends with whitespace; as it is otherwise.
    static func quoted(_ field: String) -> String {
        let needsQuotes =
            field.contains { $0 == ";" || $0 == "\"" || $0.isNewline }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
