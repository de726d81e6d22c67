import Foundation

/// The form for one of Pharos' ten points in one year: the status (code or label, default
/// niet gestart), "waar staan we" and "wat willen we ontwikkelen". The year and point come
/// from the page, not the form. Problems name the field.
public enum PointForm {
    public enum Field: String, CaseIterable, Sendable {
        case status
        case waarStaanWe = "waar-staan-we"
        case watWillenWeOntwikkelen = "wat-willen-we-ontwikkelen"
    }

    public static func check(fields: [String: String], year: Int, point: PharosPoint) -> FormCheck<PointAssessment> {
        var form = FormReader(fields)
        let status = form.choice(Field.status.rawValue, label: "de status", fallback: PointStatus.nietGestart) { [$0.label, $0.rawValue] }
        let now = form.text(Field.waarStaanWe.rawValue, label: "Waar staan we")
        form.guardPersonalData(Field.waarStaanWe.rawValue, label: "Waar staan we")
        let next = form.text(Field.watWillenWeOntwikkelen.rawValue, label: "Wat willen we ontwikkelen")
        form.guardPersonalData(Field.watWillenWeOntwikkelen.rawValue, label: "Wat willen we ontwikkelen")
        if !QuarterText.years.contains(year) {
            form.issue("jaar", "\(year) is geen geldig jaar voor de 10 punten.")
        }
        guard form.issues.isEmpty, let status else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: PointAssessment(
                year: year, point: point, status: status, waarStaanWe: now,
                watWillenWeOntwikkelen: next), issues: [])
    }

    public static func fields(_ a: PointAssessment) -> [String: String] {
        [
            Field.status.rawValue: a.status.rawValue, Field.waarStaanWe.rawValue: a.waarStaanWe,
            Field.watWillenWeOntwikkelen.rawValue: a.watWillenWeOntwikkelen
        ]
    }
}
