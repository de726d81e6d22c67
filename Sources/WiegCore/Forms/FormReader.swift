import Foundation

/// The shared reading of the forms of every pillar (the coalition's plan and work, stories):
/// trimmed values by field name, and problems named by field, reported like a one-line
/// import (`ImportIssue` on line 2 with the field as column) so the web shows them the way
/// it shows the network forms. Dutch years, dates and amounts are in `FormReaderValues`.
struct FormReader {
    let fields: [String: String]
    private(set) var issues: [ImportIssue] = []

    init(_ fields: [String: String]) { self.fields = fields }

    func value(_ field: String) -> String { (fields[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    mutating func issue(_ field: String, _ message: String) {
        issues.append(ImportIssue(line: 2, column: field, message: message))
    }

    /// Text of at most `limit` characters (see `Limits`); `label` names the field in the message ("De titel").
    mutating func text(_ field: String, label: String, required: Bool = false, limit: Int = Limits.description) -> String {
        let text = value(field)
        if required && text.isEmpty {
            issue(field, "Vul \(label.lowercased()) in.")
        } else if text.count > limit {
            issue(field, "\(label) is te lang (hoogstens \(limit) tekens, nu \(text.count)).")
        }
        return text
    }

    /// One of an enum's values by its code or Dutch name, any case; `fallback` when empty.
    mutating func choice<T: CaseIterable>(_ field: String, label: String, fallback: T?, codes: (T) -> [String]) -> T? {
        let text = value(field)
        if text.isEmpty {
            if fallback == nil { issue(field, "Kies \(label).") }
            return fallback
        }
        if let found = T.allCases.first(where: { codes($0).contains { $0.lowercased() == text.lowercased() } }) { return found }
        let options = T.allCases.compactMap { codes($0).first }.joined(separator: ", ")
        issue(field, "'\(text)' is geen geldige keuze voor \(label); kies uit \(options).")
        return fallback
    }

    /// Items separated by newlines, `;` or (when `commas`) `,`: trimmed, empties and repeats
    /// dropped; at most `Limits.listItems` items of at most `Limits.short` characters.
    mutating func items(_ field: String, commas: Bool = true) -> [String] {
        var seen = Set<String>()
        let items = value(field).split { $0.isNewline || $0 == ";" || (commas && $0 == ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        if items.count > Limits.listItems {
            issue(field, "Deze lijst heeft \(items.count) regels; hoogstens \(Limits.listItems).")
        }
        if let long = items.firstIndex(where: { $0.count > Limits.short }) {
            issue(field, "Regel \(long + 1) is te lang (hoogstens \(Limits.short) tekens, nu \(items[long].count)).")
        }
        return items
    }

    /// Ids from a list field (one per line, or separated by commas or semicolons, or as the
    /// `|`-joined values of ticked checkboxes); each must be in `known`. `noun` names one ("organisatie").
    mutating func ids(_ field: String, known: Set<UUID>, noun: String) -> [UUID] {
        var result: [UUID] = []
        let items = value(field).split { $0.isNewline || $0 == ";" || $0 == "," || $0 == "|" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for item in items {
            if let id = UUID(uuidString: item), known.contains(id) {
                if !result.contains(id) { result.append(id) }
            } else {
                issue(field, "De \(noun) '\(item.prefix(40))' bestaat niet.")
            }
        }
        return result
    }

    /// One optional id that must be in `known`.
    mutating func id(_ field: String, known: Set<UUID>, noun: String) -> UUID? {
        let text = value(field)
        guard !text.isEmpty else { return nil }
        if let id = UUID(uuidString: text), known.contains(id) { return id }
        issue(field, "De \(noun) '\(text.prefix(40))' bestaat niet.")
        return nil
    }
}
