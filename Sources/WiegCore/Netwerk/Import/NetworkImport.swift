import Foundation

/// Imports the social map from CSV, in two steps: a dry run (`planOrganisations`,
/// `planServices`) that reports every problem with line, column and a Dutch message,
/// and a commit by the store of the plan's items, all or nothing, when the plan is valid.
/// Files may be UTF-8 (with or without BOM) or Windows-1252, with `;` or `,`.
public enum NetworkImport {
    /// The parsed file, its columns and its non-blank rows; or the issues that stop the import.
    struct Prepared<Column: ImportColumn> {
        let table: CSVTable
        let columns: ImportColumns<Column>
        let rows: [CSVRow]
        var presentColumns: Set<String> { Set(Column.allCases.filter(columns.has).map(\.rawValue)) }
    }

    /// Reads `csv`; `noun` (plural) names what the lines hold, for the header-only message.
    static func prepare<Column: ImportColumn>(_ csv: Data, noun: String) -> Result<Prepared<Column>, StopIssues> {
        let table: CSVTable
        do {
            table = try CSVReader.parse(csv)
        } catch {
            return .failure(StopIssues(issues: [error.issue], encoding: nil))
        }
        let columns = ImportColumns<Column>(header: table.header)
        guard columns.missing.isEmpty else { return .failure(StopIssues(issues: columns.issues, encoding: table.encoding)) }
        let rows = table.rows.filter { !$0.fields.allSatisfy { $0.trimmingWhitespace.isEmpty } }
        guard !rows.isEmpty else {
            let issue = ImportIssue(line: 1, column: nil, message: "Het bestand bevat geen \(noun), alleen een kopregel.")
            return .failure(StopIssues(issues: columns.issues + [issue], encoding: table.encoding))
        }
        return .success(Prepared(table: table, columns: columns, rows: rows))
    }

    struct StopIssues: Error {
        let issues: [ImportIssue]
        let encoding: CSVEncoding?
    }

    /// Issues by line, and within a line as the columns stand in `header`: whole-line
    /// issues first, issues about a column the file lacks last.
    static func sorted(_ issues: [ImportIssue], header: [String]) -> [ImportIssue] {
        func key(_ i: Int, _ issue: ImportIssue) -> (Int, Int, Int) {
            (issue.line, issue.column.map { header.firstIndex(of: $0) ?? Int.max } ?? -1, i)
        }
        return issues.enumerated().sorted { key($0.offset, $0.element) < key($1.offset, $1.element) }.map(\.element)
    }
}
