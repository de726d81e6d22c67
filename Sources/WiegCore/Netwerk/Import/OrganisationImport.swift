import Foundation

extension NetworkImport {
    /// Dry run of an organisations file (`id;naam;soort;domein;website;telefoon;email;
    /// straat;postcode;plaats;werkgebied;beschrijving;laatst_gecontroleerd;demo`; only
    /// naam and soort are required). `knownMunicipalities` = GMxxxx codes in Wieg; dates
    /// after `now` are refused. Every problem is reported, sorted by line.
    public static func planOrganisations(csv: Data, knownMunicipalities: Set<String>, now: Date) -> NetworkImportPlan<OrganisationRecord> {
        let prepared: Prepared<OrganisationColumn>
        switch prepare(csv, noun: "organisaties") as Result<Prepared<OrganisationColumn>, StopIssues> {
        case .success(let p): prepared = p
        case .failure(let stop): return .failed(stop.issues, encoding: stop.encoding)
        }
        var checker = OrganisationChecker(columns: prepared.columns, known: knownMunicipalities, now: now)
        for row in prepared.rows {
            checker.check(row, headerWidth: prepared.table.header.count, delimiter: prepared.table.delimiter)
        }
        let issues = sorted(prepared.columns.issues + checker.issues, header: prepared.table.header)
        return NetworkImportPlan(
            items: checker.items, issues: issues,
            encoding: prepared.table.encoding, columns: prepared.presentColumns)
    }
}

/// Checks organisation lines one by one; remembers names and ids to report duplicates.
struct OrganisationChecker {
    let columns: ImportColumns<OrganisationColumn>
    let known: Set<String>
    let now: Date
    var items: [NetworkImportItem<OrganisationRecord>] = []
    var issues: [ImportIssue] = []
    private var nameLines: [String: Int] = [:]
    private var idLines: [UUID: Int] = [:]

    init(columns: ImportColumns<OrganisationColumn>, known: Set<String>, now: Date) {
        self.columns = columns
        self.known = known
        self.now = now
    }

    mutating func check(_ row: CSVRow, headerWidth: Int, delimiter: Character) {
        var r = NetworkRowReader(columns: columns, row: row)
        r.checkWidth(header: headerWidth, delimiter: delimiter)
        let id = r.id(.id, noun: "organisatie")
        if let id {
            if let first = idLines[id] {
                r.report(.id, "Id \(id.uuidString.lowercased()) staat ook al op regel \(first).")
            } else {
                idLines[id] = row.line
            }
        }
        let name = r.text(.naam, "Naam", max: Limits.name, required: true)
        if !name.isEmpty {
            if let first = nameLines[name.lowercased()] {
                r.report(.naam, "Organisatie '\(name)' staat ook al op regel \(first).")
            } else {
                nameLines[name.lowercased()] = row.line
            }
        }
        let type = r.choice(.soort, "Soort", fallback: nil) { (t: OrganisationType) in [t.dutchName, t.englishName] }
        let domain = r.choice(.domein, "Domein", unknown: "Onbekend domein", fallback: type?.usualDomain ?? .overig) {
            (d: NetworkDomain) in [d.dutchName, d.englishName]
        }
        let website = r.website(.website)
        let phone = r.phone(.telefoon)
        let email = r.email(.email)
        let checkEmail = r.email(.controleEmail)
        let street = r.text(.straat, "Straat", max: Limits.name)
        let postcode = r.postcode(.postcode)
        let city = r.text(.plaats, "Plaats", max: Limits.name)
        if city.isEmpty, !(street.isEmpty && r.cell(.postcode).isEmpty) {
            r.report(.plaats, "Plaats ontbreekt; een adres heeft een plaats nodig.")
        }
        let position = r.position(latitude: .breedtegraad, longitude: .lengtegraad)
        if city.isEmpty, position != nil {
            r.report(.plaats, "Plaats ontbreekt; een adres met coördinaten heeft een plaats nodig.")
        }
        let area = r.municipalities(.werkgebied, known: known)
        let description = r.text(.beschrijving, "Beschrijving", max: Limits.description)
        let verified = r.date(.laatstGecontroleerd, now: now)
        let demo = r.demo(.demo)

        issues += r.issues
        guard r.issues.isEmpty, let type, let domain else { return }
        let addresses =
            city.isEmpty
            ? []
            : [AddressRecord(street: street, postcode: postcode, city: city, latitude: position?.latitude, longitude: position?.longitude)]
        let record = OrganisationRecord(
            id: id ?? UUID(), name: name, type: type, domain: domain, description: description,
            website: website, phone: phone, email: email, checkEmail: checkEmail, addresses: addresses,
            workingArea: area, lastVerified: verified, demo: demo)
        items.append(NetworkImportItem(record: record, isNew: id == nil, line: row.line))
    }
}
