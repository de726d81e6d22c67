/// Checks the form for a need of the taxonomy: a new code must be kebab-case and unused;
/// names are required; an existing code never changes (published codes are stable).
public enum NeedTermForm {
    public static func check(fields: [String: String], existingCode: String?, taxonomy: NeedTaxonomy) -> FormCheck<NeedTerm> {
        var issues: [ImportIssue] = []
        func value(_ field: String) -> String { (fields[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func issue(_ field: String, _ message: String) { issues.append(ImportIssue(line: 2, column: field, message: message)) }
        let code = existingCode ?? value("code")
        if existingCode == nil {
            if !NeedTaxonomy.isValidCode(code) {
                issue("code", "Een code bestaat uit kleine letters, cijfers en streepjes, zoals 'geldzorgen' of 'taal-tolk'.")
            } else if taxonomy.contains(code) {
                issue("code", "De code '\(code)' bestaat al.")
            }
        }
        let domain = NeedDomain(rawValue: value("domein"))
        if domain == nil { issue("domein", "Kies een domein.") }
        for (field, label) in [("naam_nl", "Nederlandse naam"), ("naam_en", "Engelse naam")] {
            if value(field).isEmpty {
                issue(field, "Vul de \(label) in.")
            } else if value(field).count > Limits.name {
                issue(field, "De \(label) is te lang (hoogstens \(Limits.name) tekens).")
            }
        }
        for field in ["beschrijving_nl", "beschrijving_en"] where value(field).count > Limits.description {
            issue(field, "De beschrijving is te lang (hoogstens \(Limits.description) tekens).")
        }
        // One list, separated by commas; lines (a browser sends \r\n) count as commas.
        let words = value("woorden").split(whereSeparator: { $0 == "," || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ", ")
        if words.count > Limits.description {
            issue("woorden", "De lijst met woorden is te lang (hoogstens \(Limits.description) tekens).")
        } else if let long = words.split(whereSeparator: { $0 == "," || $0.isNewline }).first(where: { $0.count > Limits.name }) {
            issue("woorden", "'\(long.prefix(40))…' is te lang voor één woord of zinnetje (hoogstens \(Limits.name) tekens).")
        }
        guard issues.isEmpty, let domain else { return FormCheck(record: nil, issues: issues) }
        return FormCheck(
            record: NeedTerm(
                code: code, dutchName: value("naam_nl"), englishName: value("naam_en"), domain: domain,
                dutchDescription: value("beschrijving_nl"), englishDescription: value("beschrijving_en"),
                parentWords: words.isEmpty || words == ParentWords.seeded.text(of: code) ? nil : words),
            issues: [])
    }

    public static func fields(_ term: NeedTerm) -> [String: String] {
        [
            "code": term.code, "domein": term.domain.rawValue, "naam_nl": term.dutchName, "naam_en": term.englishName,
            "beschrijving_nl": term.dutchDescription, "beschrijving_en": term.englishDescription,
            "woorden": term.parentWords ?? ParentWords.seeded.text(of: term.code)
        ]
    }
}
