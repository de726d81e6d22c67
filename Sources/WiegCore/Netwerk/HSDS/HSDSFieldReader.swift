import Foundation

/// Reads fields of one service of an import file and collects issues, each with the
/// service's 1-based position as `line` and the JSON path of the field as `column`.
/// `null` counts as absent: many producers write it for empty optional fields.
struct HSDSFieldReader {
    let line: Int
    var issues: [ImportIssue] = []

    mutating func report(_ path: String, _ message: String) {
        issues.append(ImportIssue(line: line, column: path, message: message))
    }

    /// The value as an object; reports anything else (absent only when `required`).
    mutating func object(_ value: JSONValue?, at path: String, required: Bool = true) -> [String: JSONValue]? {
        switch value {
        case .object(let o): return o
        case nil, .null: if required { report(path, "Verplicht object ontbreekt.") }
        case let other?: report(path, "Hier hoort een object, geen \(other.dutchTypeName).")
        }
        return nil
    }

    /// The objects of an array field; an absent array is empty.
    mutating func objects(_ o: [String: JSONValue], _ key: String, at path: String) -> [(path: String, object: [String: JSONValue])] {
        switch o[key] {
        case nil, .null: return []
        case .array(let items):
            return items.enumerated().compactMap { i, item in
                let itemPath = "\(path).\(key)[\(i)]"
                return object(item, at: itemPath).map { (itemPath, $0) }
            }
        case let other?:
            report("\(path).\(key)", "Hier hoort een lijst, geen \(other.dutchTypeName).")
            return []
        }
    }

    mutating func string(_ o: [String: JSONValue], _ key: String, at path: String, required: Bool = false) -> String? {
        switch o[key] {
        case .string(let s):
            // Every text has a maximum (Limits), as in the CSV import and the forms.
            let limit = Limits.hsds(key)
            guard s.count <= limit else {
                report("\(path).\(key)", "Het veld \(key) is te lang (\(s.count) tekens); hoogstens \(limit) tekens.")
                return nil
            }
            return s
        case nil, .null: if required { report("\(path).\(key)", "Verplicht veld \(key) ontbreekt.") }
        case let other?: report("\(path).\(key)", "Het veld \(key) moet tekst zijn, geen \(other.dutchTypeName).")
        }
        return nil
    }

    /// A web address: empty is absent; anything but a full http(s) address is reported,
    /// as in the CSV import and the forms.
    mutating func website(_ o: [String: JSONValue], _ key: String, at path: String) -> String? {
        guard let value = string(o, key, at: path), !value.isEmpty else { return nil }
        guard NetworkFields.isWebsite(value) else {
            report(
                "\(path).\(key)",
                "Website '\(value.prefix(80))' klopt niet; schrijf een volledig adres dat begint met https:// of http://, "
                    + "zoals https://www.voorbeeld.nl.")
            return nil
        }
        return value
    }

    /// A required string that must not be empty after trimming.
    mutating func name(_ o: [String: JSONValue], _ key: String, at path: String) -> String? {
        guard let s = string(o, key, at: path, required: true) else { return nil }
        if s.trimmingWhitespace.isEmpty { report("\(path).\(key)", "Het veld \(key) is leeg.") }
        return s
    }

    mutating func number(_ o: [String: JSONValue], _ key: String, at path: String) -> Double? {
        switch o[key] {
        case .number(let n): return n
        case nil, .null: return nil
        case let other?: report("\(path).\(key)", "Het veld \(key) moet een getal zijn, geen \(other.dutchTypeName).")
        }
        return nil
    }

    mutating func uuid(_ o: [String: JSONValue], _ key: String, at path: String, required: Bool = false) -> UUID? {
        guard let s = string(o, key, at: path, required: required) else { return nil }
        guard let id = HSDSFieldReader.parseUUID(s) else {
            report("\(path).\(key)", "'\(s.prefix(60))' is geen geldige UUID (zoals 3f7b145d-84af-42d7-8fae-eaca714b02b2).")
            return nil
        }
        return id
    }

    /// Only the canonical 8-4-4-4-12 hexadecimal form, in either case.
    static func parseUUID(_ s: String) -> UUID? {
        guard s.utf8.count == 36 else { return nil }
        return UUID(uuidString: s)
    }
}
