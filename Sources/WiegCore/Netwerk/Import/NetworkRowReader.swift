import Foundation

/// Reads the cells of one line of a social-map file, checking each value and collecting
/// a Dutch issue (with the header name as written in the file) for every problem.
struct NetworkRowReader<Column: ImportColumn> {
    let columns: ImportColumns<Column>
    let row: CSVRow
    private(set) var issues: [ImportIssue] = []

    init(columns: ImportColumns<Column>, row: CSVRow) {
        self.columns = columns
        self.row = row
    }

    mutating func report(_ column: Column?, _ message: String) {
        issues.append(ImportIssue(line: row.line, column: column.map(columns.name), message: message))
    }

    /// The trimmed cell, with a formula guard apostrophe of an export removed.
    func cell(_ column: Column) -> String {
        SpreadsheetCell.unguarded(columns.value(column, in: row))
    }

    /// Reports values beyond the header's width (usually a delimiter that should have been quoted).
    mutating func checkWidth(header: Int, delimiter: Character) {
        guard row.fields.count > header, row.fields[header...].contains(where: { !$0.trimmingWhitespace.isEmpty }) else { return }
        let name =
            switch delimiter {
            case ";": "puntkomma"
            case "\t": "tab"
            default: "komma"
            }
        report(
            nil,
            "Deze regel heeft \(row.fields.count) velden en de kopregel maar \(header); "
                + "zet een waarde met een \(name) erin tussen aanhalingstekens.")
    }

    /// Free text of at most `max` characters; `label` names it in messages ("Naam").
    mutating func text(_ column: Column, _ label: String, max: Int, required: Bool = false) -> String {
        let value = cell(column)
        if required, value.isEmpty { report(column, "\(label) ontbreekt.") }
        if value.count > max { report(column, "\(label) is te lang: \(value.count) tekens, maximaal \(max).") }
        return value
    }

    /// Like `text`, nil when empty.
    mutating func optionalText(_ column: Column, _ label: String, max: Int) -> String? {
        let value = text(column, label, max: max)
        return value.isEmpty ? nil : value
    }

    /// The id column: nil when empty; a valid UUID otherwise. `noun` is what a line describes.
    mutating func id(_ column: Column, noun: String) -> UUID? {
        let value = cell(column)
        guard !value.isEmpty else { return nil }
        guard let id = UUID(uuidString: value) else {
            report(
                column,
                "Id '\(value)' is geen geldige UUID (zoals 3f2504e0-4f89-11d3-9a0c-0305e82c3301); "
                    + "laat id leeg voor een nieuwe \(noun).")
            return nil
        }
        return id
    }

    mutating func website(_ column: Column) -> String? {
        let value = cell(column)
        guard !value.isEmpty else { return nil }
        guard NetworkFields.isWebsite(value) else {
            report(
                column,
                "Website '\(value)' klopt niet; schrijf een volledig adres dat begint met https:// of http://, "
                    + "zoals https://www.voorbeeld.nl.")
            return nil
        }
        return value
    }

    mutating func email(_ column: Column) -> String? {
        let value = cell(column)
        guard !value.isEmpty else { return nil }
        guard NetworkFields.isEmail(value) else {
            report(column, "E-mailadres '\(value)' klopt niet; schrijf het als naam@voorbeeld.nl.")
            return nil
        }
        return value
    }

    mutating func phone(_ column: Column) -> String? {
        let value = cell(column)
        guard !value.isEmpty else { return nil }
        guard NetworkFields.isPhone(value) else {
            report(
                column,
                "Telefoonnummer '\(value)' klopt niet; gebruik 10 cijfers (zoals 0522-123456) "
                    + "of +31 gevolgd door 9 cijfers, met alleen spaties of streepjes ertussen.")
            return nil
        }
        return value
    }

    /// A Dutch postcode, normalised to `1234 AB`; "" when empty.
    mutating func postcode(_ column: Column) -> String {
        let value = cell(column)
        guard !value.isEmpty else { return "" }
        guard let postcode = NetworkFields.postcode(value) else {
            report(column, "Postcode '\(value)' klopt niet; schrijf vier cijfers en twee letters, zoals 7941 AB.")
            return ""
        }
        return postcode
    }

    /// Text meant for parents: refuses the professionals' words parents do not know.
    mutating func plainWords(_ column: Column, _ label: String, _ value: String) {
        let jargon = ParentJargon.found(in: value)
        guard !jargon.isEmpty else { return }
        report(
            column,
            "\(label) bevat vaktaal die ouders vaak niet kennen: \(jargon.map { "'\($0)'" }.joined(separator: ", ")). "
                + "Schrijf het in gewone woorden, bijvoorbeeld 'hulp als je je somber voelt' in plaats van 'GGZ'.")
    }

    /// Latitude and longitude in decimal degrees (WGS 84; a comma as decimal sign is fine):
    /// both or neither, within the Netherlands and its border region.
    mutating func position(latitude: Column, longitude: Column) -> GeoCoordinate? {
        let land = GeoBounds.netherlands
        func degrees(_ column: Column, _ label: String, _ range: ClosedRange<Double>, example: String) -> Double? {
            let value = cell(column)
            guard !value.isEmpty else { return nil }
            guard let number = Double(value.replacingOccurrences(of: ",", with: ".")) else {
                report(column, "\(label) '\(value)' is geen getal; schrijf graden, zoals \(example).")
                return nil
            }
            guard range.contains(number) else {
                report(
                    column,
                    "\(label) \(value) ligt niet in Nederland (tussen \(range.lowerBound) en \(range.upperBound)); "
                        + "schrijf graden (WGS 84), zoals \(example), geen RD-meters.")
                return nil
            }
            return number
        }
        let lat = degrees(latitude, "Breedtegraad", land.minLatitude...land.maxLatitude, example: "52.6967")
        let lon = degrees(longitude, "Lengtegraad", land.minLongitude...land.maxLongitude, example: "6.1944")
        switch (lat, lon) {
        case (let lat?, let lon?): return GeoCoordinate(longitude: lon, latitude: lat)
        case (.some, nil) where cell(longitude).isEmpty:
            report(longitude, "Lengtegraad ontbreekt; vul beide coördinaten in of geen van beide.")
        case (nil, .some) where cell(latitude).isEmpty:
            report(latitude, "Breedtegraad ontbreekt; vul beide coördinaten in of geen van beide.")
        default: break
        }
        return nil
    }

    /// A date of a check: existing, not after `now`; nil when empty.
    mutating func date(_ column: Column, now: Date) -> Date? {
        let value = cell(column)
        guard !value.isEmpty else { return nil }
        switch NetworkDates.parse(value) {
        case .failure(.format):
            report(column, "Datum '\(value)' klopt niet; schrijf dd-mm-jjjj (zoals 15-03-2024) of jjjj-mm-dd.")
        case .failure(.nonexistent):
            report(column, "Datum '\(value)' bestaat niet.")
        case .success(let date) where date > now:
            report(column, "Datum \(value) ligt in de toekomst; vul de datum van de laatste controle in.")
        case .success(let date):
            return date
        }
        return nil
    }

    /// Municipality codes separated by `|`, each GMxxxx and known in Wieg.
    mutating func municipalities(_ column: Column, known: Set<String>) -> [String] {
        var codes: [String] = []
        for value in NetworkFields.list(cell(column)) {
            if let code = NetworkFields.municipalityCode(value) {
                if known.contains(code) {
                    if !codes.contains(code) { codes.append(code) }
                } else {
                    report(column, "Gemeente \(code) is onbekend in Wieg; importeer eerst de gebieden of controleer de code.")
                }
            } else {
                report(column, "Gemeentecode '\(value)' klopt niet; schrijf GM gevolgd door 4 cijfers, zoals GM0119.")
            }
        }
        return codes
    }

    /// An enum value by code or name; `fallback` when empty (nil fallback: required).
    /// `unknown` starts the message for a value that is none of them ("Onbekende soort").
    mutating func choice<T: CaseIterable & RawRepresentable>(
        _ column: Column, _ label: String, unknown: String? = nil,
        fallback: T?, names: (T) -> [String]
    ) -> T? where T.RawValue == String {
        let value = cell(column)
        let allowed = "gebruik een van: " + T.allCases.map(\.rawValue).joined(separator: ", ") + "."
        if value.isEmpty {
            if fallback == nil { report(column, "\(label) ontbreekt; \(allowed)") }
            return fallback
        }
        guard let parsed = NetworkFields.choice(value, names: { [$0.rawValue] + names($0) }) else {
            report(column, "\(unknown ?? "Onbekende \(label.lowercased())") '\(value)'; \(allowed)")
            return nil
        }
        return parsed
    }

    mutating func demo(_ column: Column) -> Bool {
        let value = cell(column)
        guard let flag = NetworkFields.bool(value) else {
            report(column, "Ongeldige waarde '\(value)' bij demo; gebruik ja of nee.")
            return false
        }
        return flag
    }
}
