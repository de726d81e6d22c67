/// A column an importer knows, with the header names it accepts (Dutch first).
protocol ImportColumn: CaseIterable, Hashable, RawRepresentable where RawValue == String {
    var names: [String] { get }
    static var required: [Self] { get }
    /// For messages: every column, and the required ones, as Dutch text.
    static var allText: String { get }
    static var requiredText: String { get }
}

/// Where each known column is in a header, with the header's problems as issues.
struct ImportColumns<Column: ImportColumn> {
    private var index: [Column: Int] = [:]
    private let header: [String]
    var issues: [ImportIssue] = []
    var missing: [Column] { Column.required.filter { index[$0] == nil } }

    /// `extra` decides about a name no column claims (e.g. a period in a wide file);
    /// without it such a name is an unknown column.
    init(header: [String], extra: (String) -> Bool = { _ in false }) {
        self.header = header
        for (i, name) in header.enumerated() where !name.isEmpty {
            guard let column = Column.allCases.first(where: { $0.names.contains(name.lowercased()) }) else {
                if !extra(name) {
                    issues.append(ImportIssue(line: 1, column: name, message: "Onbekende kolom '\(name)'; gebruik \(Column.allText)."))
                }
                continue
            }
            if index[column] != nil {
                issues.append(ImportIssue(line: 1, column: name, message: "De kolom \(column.rawValue) staat twee keer in de kopregel."))
            } else {
                index[column] = i
            }
        }
        for column in missing {
            issues.append(
                ImportIssue(
                    line: 1, column: nil,
                    message:
                        "De verplichte kolom \(column.rawValue) ontbreekt in de kopregel (verplicht: \(Column.requiredText))."))
        }
    }

    func has(_ column: Column) -> Bool { index[column] != nil }

    /// The trimmed value of `column` in `row`, "" when the column is absent.
    func value(_ column: Column, in row: CSVRow) -> String {
        guard let i = index[column], i < row.fields.count else { return "" }
        return row.fields[i].trimmingWhitespace
    }

    /// The header name as written in the file, or the Dutch name when the column is absent.
    func name(_ column: Column) -> String {
        index[column].map { header[$0] } ?? column.rawValue
    }
}
