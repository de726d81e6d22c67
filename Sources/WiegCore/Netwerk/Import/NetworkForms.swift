import Foundation

/// Web forms for organisations and services follow exactly the rules of an import line:
/// the form's field names are the import's column names, and the form is checked as a
/// one-line file. So a value the form accepts, an import accepts, and the other way round.
extension NetworkImport {
    public static func organisation(
        form fields: [(name: String, value: String)], id: UUID, knownMunicipalities: Set<String>,
        now: Date
    ) -> FormCheck<OrganisationRecord> {
        let (columns, row) = table(fields, id: id, as: OrganisationColumn.self)
        var checker = OrganisationChecker(columns: columns, known: knownMunicipalities, now: now)
        checker.check(row, headerWidth: row.fields.count, delimiter: ";")
        let issues = columns.issues + checker.issues
        return FormCheck(record: issues.isEmpty ? checker.items.first?.record : nil, issues: issues)
    }

    public static func service(
        form fields: [(name: String, value: String)], id: UUID, organisationID: UUID, knownNeeds: Set<String>,
        knownMunicipalities: Set<String>, now: Date
    ) -> FormCheck<ServiceRecord> {
        let (columns, row) = table(fields + [("organisatie", organisationID.uuidString)], id: id, as: ServiceColumn.self)
        var checker = ServiceChecker(
            columns: columns, organisations: [organisationID.uuidString.lowercased(): organisationID],
            needs: knownNeeds, municipalities: knownMunicipalities, now: now)
        checker.check(row, headerWidth: row.fields.count, delimiter: ";")
        let issues = columns.issues + checker.issues
        return FormCheck(record: issues.isEmpty ? checker.items.first?.record : nil, issues: issues)
    }

    /// The fields as a header and one data line (line 2), with the record's id.
    static func table<Column: ImportColumn>(
        _ fields: [(name: String, value: String)], id: UUID,
        as: Column.Type
    ) -> (ImportColumns<Column>, CSVRow) {
        let known = fields.filter { field in Column.allCases.contains { $0.names.contains(field.name) } && field.name != "id" }
        let header = ["id"] + known.map(\.name)
        return (ImportColumns<Column>(header: header), CSVRow(line: 2, fields: [id.uuidString] + known.map(\.value)))
    }
}
