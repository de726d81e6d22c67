import Foundation

/// One area as read from a geography import file.
public struct AreaRecord: Sendable, Equatable, Codable {
    public var code: String
    public var kind: AreaKind
    public var name: String
    /// The parent area's code; nil for land and regio.
    public var parentCode: String?
    /// Municipality codes of a regio; empty for every other kind.
    public var members: [String]
    public var synthetic: Bool

    public init(
        code: String, kind: AreaKind, name: String, parentCode: String? = nil,
        members: [String] = [], synthetic: Bool = false
    ) {
        self.code = code
        self.kind = kind
        self.name = name
        self.parentCode = parentCode
        self.members = members
        self.synthetic = synthetic
    }
}

/// The outcome of checking a geography file: what would be imported and what is wrong.
public struct GeographyImportPlan: Sendable, Equatable {
    public let records: [AreaRecord]
    public let issues: [ImportIssue]
    /// The file's encoding; nil when it could not be read as CSV.
    public let encoding: CSVEncoding?
    public var isValid: Bool { issues.isEmpty && !records.isEmpty }

    public init(records: [AreaRecord], issues: [ImportIssue], encoding: CSVEncoding?) {
        self.records = records
        self.issues = issues
        self.encoding = encoding
    }
}

/// Validates the geography CSV: `code;naam;soort;ouder;leden;synthetisch`.
public enum GeographyImport {
    /// Checks every line and reports every problem. `existing` = areas already in the
    /// database, code → kind. Parents and members may be in the file or in `existing`.
    public static func plan(csv: Data, existing: [String: AreaKind]) -> GeographyImportPlan {
        let table: CSVTable
        do {
            table = try CSVReader.parse(csv)
        } catch {
            return GeographyImportPlan(records: [], issues: [error.issue], encoding: nil)
        }
        var columns = GeoColumns(header: table.header)
        guard columns.missing.isEmpty else {
            return GeographyImportPlan(records: [], issues: columns.issues, encoding: table.encoding)
        }
        let rows = table.rows.filter { !$0.fields.allSatisfy { $0.trimmingWhitespace.isEmpty } }
        if rows.isEmpty {
            columns.issues.append(ImportIssue(line: 1, column: nil, message: "Het bestand bevat geen gebieden, alleen een kopregel."))
        }

        // First pass: what the file declares, so rows may refer to areas defined further down.
        var declared: [String: AreaKind] = [:]
        for row in rows {
            let code = columns.value(.code, in: row)
            if !code.isEmpty, declared[code] == nil,
                let kind = parseKind(columns.value(.soort, in: row)) ?? AreaCode.kind(of: code)
            {
                declared[code] = kind
            }
        }
        var checker = RowChecker(columns: columns, declared: declared, existing: existing, delimiter: table.delimiter)
        for row in rows { checker.check(row, headerWidth: table.header.count) }
        return GeographyImportPlan(records: checker.records, issues: columns.issues + checker.issues, encoding: table.encoding)
    }

    /// `soort` value (Dutch or English, any case) → kind.
    static func parseKind(_ value: String) -> AreaKind? {
        switch value.lowercased() {
        case "land", "country": .land
        case "provincie", "province": .provincie
        case "regio", "region": .regio
        case "gemeente", "municipality": .gemeente
        case "wijk", "neighbourhood", "neighborhood": .wijk
        case "pc4", "postcode4": .pc4
        default: nil
        }
    }

    /// `synthetisch` value → Bool; empty is false, nil when unrecognised.
    static func parseBool(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "ja", "true", "1", "yes": true
        case "nee", "false", "0", "no", "": false
        default: nil
        }
    }

    /// What a valid code of this kind looks like, for messages.
    static func codeFormat(_ kind: AreaKind) -> String {
        switch kind {
        case .land: "landcode (alleen NL)"
        case .provincie: "provinciecode (PV gevolgd door 20 t/m 31)"
        case .regio: "regiocode (2 tot 40 kleine letters, cijfers of streepjes, beginnend met een letter)"
        case .gemeente: "gemeentecode (GM gevolgd door 4 cijfers)"
        case .wijk: "wijkcode (WK gevolgd door 6 cijfers)"
        case .pc4: "PC4-code (PC4- gevolgd door 4 cijfers, vanaf 1000)"
        }
    }
}

/// The known columns and where they are in the header.
enum GeoColumn: String, ImportColumn {
    case code, naam, soort, ouder, leden, synthetisch

    var names: [String] {
        switch self {
        case .code: ["code"]
        case .naam: ["naam", "name"]
        case .soort: ["soort", "kind"]
        case .ouder: ["ouder", "parent"]
        case .leden: ["leden", "members"]
        case .synthetisch: ["synthetisch", "synthetic"]
        }
    }

    static let required: [GeoColumn] = [.code, .naam, .soort]
    static let allText = "code, naam, soort, ouder, leden en synthetisch"
    static let requiredText = "code, naam en soort"
}

typealias GeoColumns = ImportColumns<GeoColumn>

/// Checks data rows one by one, collecting records and issues.
struct RowChecker {
    let columns: GeoColumns
    /// Code → kind for every area the file declares (first occurrence).
    let declared: [String: AreaKind]
    let existing: [String: AreaKind]
    let delimiter: Character
    var records: [AreaRecord] = []
    var issues: [ImportIssue] = []
    private var firstLine: [String: Int] = [:]

    init(columns: GeoColumns, declared: [String: AreaKind], existing: [String: AreaKind], delimiter: Character) {
        self.columns = columns
        self.declared = declared
        self.existing = existing
        self.delimiter = delimiter
    }

    mutating func check(_ row: CSVRow, headerWidth: Int) {
        func report(_ column: GeoColumn?, _ message: String) {
            issues.append(ImportIssue(line: row.line, column: column.map(columns.name), message: message))
        }
        if row.fields.count > headerWidth,
            row.fields[headerWidth...].contains(where: { !$0.trimmingWhitespace.isEmpty })
        {
            let name =
                switch delimiter {
                case ";": "puntkomma"
                case "\t": "tab"
                default: "komma"
                }
            report(
                nil,
                "Deze regel heeft \(row.fields.count) velden en de kopregel maar \(headerWidth); "
                    + "zet een waarde met een \(name) erin tussen aanhalingstekens.")
        }

        let code = columns.value(.code, in: row)
        let subject = code.isEmpty ? "deze regel" : code
        var isNew = false
        if code.isEmpty {
            report(.code, "Code ontbreekt.")
        } else if let first = firstLine[code] {
            report(.code, "Code \(code) staat ook al op regel \(first).")
        } else {
            firstLine[code] = row.line
            isNew = true
        }

        let name = columns.value(.naam, in: row)
        if name.isEmpty {
            report(.naam, "Naam ontbreekt.")
        } else if name.count > Limits.name {
            report(.naam, "Naam is te lang: \(name.count) tekens, maximaal \(Limits.name).")
        }

        let kindText = columns.value(.soort, in: row)
        let kind = GeographyImport.parseKind(kindText)
        if let kind {
            if !code.isEmpty, AreaCode.kind(of: code) != kind {
                report(.code, "Code '\(code)' is geen geldige \(GeographyImport.codeFormat(kind)).")
            }
            if let old = existing[code], old != kind {
                report(.soort, "Code \(code) bestaat al in Wieg als \(old.dutchName); de soort kan niet veranderen in \(kind.dutchName).")
            }
        } else {
            let choices = "gebruik land, provincie, regio, gemeente, wijk of pc4."
            report(.soort, kindText.isEmpty ? "Soort ontbreekt; \(choices)" : "Onbekende soort '\(kindText)'; \(choices)")
        }

        let parent = columns.value(.ouder, in: row)
        if let kind, let needed = kind.parentKind {
            if parent.isEmpty {
                report(.ouder, "Een \(kind.dutchName) hoort bij een \(needed.dutchName); vul bij ouder de code daarvan in.")
            } else if let actual = declared[parent] ?? existing[parent] {
                if actual != needed {
                    report(
                        .ouder,
                        "Een \(kind.dutchName) hoort bij een \(needed.dutchName), maar \(subject) verwijst naar \(parent) (\(actual.dutchName))."
                    )
                }
            } else {
                report(.ouder, "Bovenliggend gebied \(parent) bestaat niet (niet in het bestand en niet in Wieg).")
            }
        } else if let kind, !parent.isEmpty {
            report(.ouder, "Een \(kind.dutchName) heeft geen bovenliggend gebied; laat ouder leeg.")
        }

        let members = Self.splitMembers(columns.value(.leden, in: row))
        if kind == .regio {
            if members.isEmpty {
                report(.leden, "Een regio heeft minstens één gemeente als lid nodig; vul de gemeentecodes in bij leden.")
            }
            for member in members {
                if let actual = declared[member] ?? existing[member] {
                    if actual != .gemeente { report(.leden, "Lid \(member) is geen gemeente maar een \(actual.dutchName).") }
                } else {
                    report(.leden, "Lid \(member) bestaat niet (niet in het bestand en niet in Wieg).")
                }
            }
        } else if let kind, !members.isEmpty {
            report(.leden, "Alleen een regio heeft leden; laat leden leeg voor een \(kind.dutchName).")
        }

        let syntheticText = columns.value(.synthetisch, in: row)
        let synthetic = GeographyImport.parseBool(syntheticText)
        if synthetic == nil {
            report(.synthetisch, "Ongeldige waarde '\(syntheticText)' bij synthetisch; gebruik ja of nee.")
        }

        if isNew, let kind {
            records.append(
                AreaRecord(
                    code: code, kind: kind, name: name,
                    parentCode: kind.parentKind == nil || parent.isEmpty ? nil : parent,
                    members: kind == .regio ? members : [], synthetic: synthetic ?? false))
        }
    }

    /// Member codes separated by whitespace, `|` or `,`; duplicates dropped, order kept.
    static func splitMembers(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "," })
            .map(String.init)
            .filter { seen.insert($0).inserted }
    }
}
