import Foundation

/// Checks the zorgpad form: steps are written one per line as `soort: tekst` (signaal,
/// contact, aanbod, escalatie), agreements one per line. Problems name the field.
public enum ZorgpadForm {
    public static func check(
        fields: [String: String], id: UUID, existing: ZorgpadRecord?, allowedAreas: Set<String>?,
        knownAreas: Set<String>, knownNeeds: Set<String>, now: Date
    ) -> FormCheck<ZorgpadRecord> {
        var issues: [ImportIssue] = []
        func issue(_ field: String, _ message: String) { issues.append(ImportIssue(line: 2, column: field, message: message)) }
        func value(_ field: String) -> String { (fields[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

        let title = value("titel")
        let area = value("gebied")
        let need = value("behoefte")
        if title.isEmpty {
            issue("titel", "Vul een titel in.")
        } else if title.count > Limits.name {
            issue("titel", "De titel is te lang (hoogstens \(Limits.name) tekens).")
        }
        if !knownAreas.contains(area) {
            issue("gebied", area.isEmpty ? "Kies een gemeente of regio." : "Gebied '\(area)' bestaat niet.")
        } else if let allowed = allowedAreas, !allowed.contains(area) {
            issue("gebied", "U mag alleen zorgpaden van uw eigen gemeente of regio beheren.")
        }
        if !knownNeeds.contains(need) { issue("behoefte", need.isEmpty ? "Kies een behoefte." : "Behoefte '\(need)' bestaat niet.") }

        var steps: [ZorgpadStep] = []
        for (n, raw) in value("stappen").split(whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let kind = ZorgpadStepKind(rawValue: parts[0].lowercased()), !parts[1].isEmpty else {
                issue(
                    "stappen",
                    "Stap \(n + 1) ('\(line.prefix(40))') moet de vorm 'soort: tekst' hebben, met als soort signaal, contact, aanbod of escalatie."
                )
                continue
            }
            guard parts[1].count <= Limits.short else {
                issue("stappen", "Stap \(n + 1) is te lang (\(parts[1].count) tekens); hoogstens \(Limits.short) tekens per stap.")
                continue
            }
            // A step whose text is unchanged keeps its links to an organisation or service.
            let previous = existing?.steps.first { $0.kind == kind && $0.text == parts[1] }
            steps.append(ZorgpadStep(kind: kind, text: parts[1], organisationID: previous?.organisationID, serviceID: previous?.serviceID))
        }
        if steps.isEmpty && !issues.contains(where: { $0.column == "stappen" }) { issue("stappen", "Beschrijf ten minste één stap.") }
        if steps.count > Limits.zorgpadSteps {
            issue(
                "stappen",
                "Een zorgpad heeft hoogstens \(Limits.zorgpadSteps) stappen; dit zijn er \(steps.count). Splits het in meer zorgpaden.")
        }
        let email = value("verantwoordelijke_email")
        if !email.isEmpty && !NetworkFields.isEmail(email) { issue("verantwoordelijke_email", "'\(email)' is geen geldig e-mailadres.") }
        guard issues.isEmpty else { return FormCheck(record: nil, issues: issues) }

        func optional(_ field: String) -> String? { value(field).isEmpty ? nil : value(field) }
        let record = ZorgpadRecord(
            id: id, areaCode: area, needCode: need, title: title, summary: value("samenvatting"), steps: steps,
            agreements: value("afspraken").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            },
            responsible: ProfessionalContact(
                name: optional("verantwoordelijke_naam"), role: optional("verantwoordelijke_rol"),
                phone: optional("verantwoordelijke_telefoon"), email: optional("verantwoordelijke_email")),
            lastVerified: now, demo: existing?.demo ?? false)
        return FormCheck(record: record, issues: [])
    }

    /// The form's fields for an existing path.
    public static func fields(_ p: ZorgpadRecord) -> [String: String] {
        [
            "titel": p.title, "gebied": p.areaCode, "behoefte": p.needCode, "samenvatting": p.summary,
            "stappen": p.steps.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: "\n"),
            "afspraken": p.agreements.joined(separator: "\n"), "verantwoordelijke_naam": p.responsible.name ?? "",
            "verantwoordelijke_rol": p.responsible.role ?? "", "verantwoordelijke_telefoon": p.responsible.phone ?? "",
            "verantwoordelijke_email": p.responsible.email ?? ""
        ]
    }
}
