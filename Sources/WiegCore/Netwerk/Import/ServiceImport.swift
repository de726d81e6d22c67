import Foundation

extension NetworkImport {
    /// Dry run of a services (aanbod) file; only organisatie and naam are required, an
    /// empty cell takes the default of `ServiceRecord.init` (e.g. talen → nl).
    /// `organisations`: lowercased name or lowercased UUID → id, of the organisations a line
    /// may refer to (see `organisationLookup`); `knownNeeds`: the need codes of the taxonomy.
    public static func planServices(
        csv: Data, organisations: [String: UUID], knownNeeds: Set<String>,
        knownMunicipalities: Set<String>, now: Date
    ) -> NetworkImportPlan<ServiceRecord> {
        let prepared: Prepared<ServiceColumn>
        switch prepare(csv, noun: "aanbod") as Result<Prepared<ServiceColumn>, StopIssues> {
        case .success(let p): prepared = p
        case .failure(let stop): return .failed(stop.issues, encoding: stop.encoding)
        }
        var checker = ServiceChecker(
            columns: prepared.columns, organisations: organisations, needs: knownNeeds,
            municipalities: knownMunicipalities, now: now)
        for row in prepared.rows {
            checker.check(row, headerWidth: prepared.table.header.count, delimiter: prepared.table.delimiter)
        }
        let issues = sorted(prepared.columns.issues + checker.issues, header: prepared.table.header)
        return NetworkImportPlan(
            items: checker.items, issues: issues,
            encoding: prepared.table.encoding, columns: prepared.presentColumns)
    }
}

/// Checks service lines one by one; remembers ids and (organisation, name) pairs.
struct ServiceChecker {
    let columns: ImportColumns<ServiceColumn>
    let organisations: [String: UUID]
    let organisationIDs: Set<UUID>
    let needs: Set<String>
    let municipalities: Set<String>
    let now: Date
    var items: [NetworkImportItem<ServiceRecord>] = []
    var issues: [ImportIssue] = []
    private var idLines: [UUID: Int] = [:]
    private var nameLines: [String: Int] = [:]

    init(
        columns: ImportColumns<ServiceColumn>, organisations: [String: UUID], needs: Set<String>,
        municipalities: Set<String>, now: Date
    ) {
        self.columns = columns
        self.organisations = organisations
        self.organisationIDs = Set(organisations.values)
        self.needs = needs
        self.municipalities = municipalities
        self.now = now
    }

    mutating func check(_ row: CSVRow, headerWidth: Int, delimiter: Character) {
        var r = NetworkRowReader(columns: columns, row: row)
        r.checkWidth(header: headerWidth, delimiter: delimiter)
        let id = r.id(.id, noun: "regel aanbod")
        if let id {
            if let first = idLines[id] {
                r.report(.id, "Id \(id.uuidString.lowercased()) staat ook al op regel \(first).")
            } else {
                idLines[id] = row.line
            }
        }
        let organisation = organisationID(&r)
        let name = r.text(.naam, "Naam", max: Limits.name, required: true)
        if let organisation, !name.isEmpty {
            let key = organisation.uuidString + "|" + name.lowercased()
            if let first = nameLines[key] {
                r.report(.naam, "Aanbod '\(name)' van deze organisatie staat ook al op regel \(first).")
            } else {
                nameLines[key] = row.line
            }
        }
        let parentName = r.text(.naamOuders, "Naam voor ouders", max: Limits.name)
        let forParents = r.text(.beschrijvingOuders, "Beschrijving voor ouders", max: Limits.description)
        r.plainWords(.naamOuders, "Naam voor ouders", parentName)
        r.plainWords(.beschrijvingOuders, "Beschrijving voor ouders", forParents)
        let forProfessionals = r.text(.beschrijvingProfessionals, "Beschrijving voor professionals", max: Limits.description)
        let phases = ServiceFields.phases(&r)
        let (from, to) = ServiceFields.ages(&r)
        let targetGroup = r.text(.doelgroep, "Doelgroep", max: Limits.short)
        let needCodes = ServiceFields.needs(&r, known: needs)
        let access = r.choice(.toegang, "Toegang", fallback: ServiceAccess.zelfAanmelden) { [$0.dutchName, $0.englishName] }
        let cost = r.text(.kosten, "Kosten", max: Limits.short)
        let languages = ServiceFields.languages(&r)
        let recognition = r.choice(.erkenning, "Erkenning", fallback: Recognition.nietBeoordeeld) { [$0.dutchName, $0.englishName] }
        let areas = r.municipalities(.gemeenten, known: municipalities)
        let website = r.website(.website)
        let contact = ProfessionalContact(
            name: r.optionalText(.contactNaam, "Naam van de contactpersoon", max: Limits.name),
            role: r.optionalText(.contactRol, "Rol van de contactpersoon", max: Limits.name),
            phone: r.phone(.contactTelefoon), email: r.email(.contactEmail))
        let status = r.choice(.status, "Status", fallback: ServiceStatus.actief) { s in s == .actief ? ["active"] : ["inactive"] }
        let editorial = r.choice(.redactie, "Redactiestatus", fallback: EditorialStatus.concept) { [$0.dutchName] }
        let verified = r.date(.laatstGecontroleerd, now: now)
        let street = r.text(.locatieStraat, "Straat van de locatie", max: Limits.name)
        let postcode = r.postcode(.locatiePostcode)
        let city = r.text(.locatiePlaats, "Plaats van de locatie", max: Limits.name)
        if city.isEmpty, !(street.isEmpty && r.cell(.locatiePostcode).isEmpty) {
            r.report(.locatiePlaats, "Plaats van de locatie ontbreekt; een adres heeft een plaats nodig.")
        }
        let position = r.position(latitude: .locatieBreedtegraad, longitude: .locatieLengtegraad)
        if city.isEmpty, position != nil {
            r.report(.locatiePlaats, "Plaats van de locatie ontbreekt; een locatie met coördinaten heeft een plaats nodig.")
        }
        let demo = r.demo(.demo)

        issues += r.issues
        guard r.issues.isEmpty, let organisation, let access, let recognition, let status, let editorial else { return }
        let record = ServiceRecord(
            id: id ?? UUID(), organisationID: organisation, name: name, parentName: parentName, publicDescription: forParents,
            professionalDescription: forProfessionals, phases: phases, ageFromMonths: from, ageToMonths: to,
            targetGroup: targetGroup, needs: needCodes, access: access, cost: cost, languages: languages,
            recognition: recognition, areaCodes: areas,
            locations: city.isEmpty
                ? []
                : [
                    AddressRecord(
                        street: street, postcode: postcode, city: city, latitude: position?.latitude, longitude: position?.longitude)
                ],
            website: website, professionalContact: contact, status: status, lastVerified: verified,
            editorial: editorial, demo: demo)
        items.append(NetworkImportItem(record: record, isNew: id == nil, line: row.line))
    }

    /// The organisation a line belongs to, by id or (case-insensitive) name.
    private func organisationID(_ r: inout NetworkRowReader<ServiceColumn>) -> UUID? {
        let value = r.cell(.organisatie)
        guard !value.isEmpty else {
            r.report(.organisatie, "Organisatie ontbreekt; vul de naam of het id van de organisatie in.")
            return nil
        }
        if let uuid = UUID(uuidString: value), organisationIDs.contains(uuid) { return uuid }
        if let id = organisations[value.lowercased()] { return id }
        r.report(.organisatie, "Organisatie '\(value)' bestaat niet (niet in het organisatiebestand en niet in Wieg).")
        return nil
    }
}
