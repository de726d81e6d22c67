import Foundation

/// The risk form: the risk is required, responsible parties one per line or separated by
/// commas, the status defaults to actief. Problems name the field.
public enum RiskForm {
    public enum Field: String, CaseIterable, Sendable {
        case risico, beheersmaatregel, verantwoordelijken, status
    }

    public static func check(fields: [String: String], id: UUID) -> FormCheck<Risk> {
        var form = FormReader(fields)
        let risk = form.text(Field.risico.rawValue, label: "Het risico", required: true)
        let mitigation = form.text(Field.beheersmaatregel.rawValue, label: "De beheersmaatregel")
        let parties = form.items(Field.verantwoordelijken.rawValue)
        for party in parties where party.count > Limits.name {
            form.issue(
                Field.verantwoordelijken.rawValue, "Verantwoordelijke '\(party.prefix(40))…' is te lang (hoogstens \(Limits.name) tekens).")
        }
        let status = form.choice(Field.status.rawValue, label: "de status", fallback: RiskStatus.actief) { [$0.rawValue, $0.englishName] }
        guard form.issues.isEmpty, let status else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: Risk(
                id: id, risk: risk, mitigation: mitigation, responsibleParties: parties,
                status: status), issues: [])
    }

    public static func fields(_ r: Risk) -> [String: String] {
        [
            Field.risico.rawValue: r.risk, Field.beheersmaatregel.rawValue: r.mitigation,
            Field.verantwoordelijken.rawValue: r.responsibleParties.joined(separator: "\n"), Field.status.rawValue: r.status.rawValue
        ]
    }
}
