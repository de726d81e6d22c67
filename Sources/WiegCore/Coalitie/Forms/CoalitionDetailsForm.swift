import Foundation

/// The coalition's own details: the project leader (a role, or a name as professional
/// contact), the start date, how the target group is involved (`TargetGroupForm`'s
/// fields) and, optionally, the RIVM-monitoring answer for one year (`MonitoringForm`'s
/// fields, only when `jaar` is filled in). Returns the coalition with them applied;
/// every problem names its field.
public enum CoalitionDetailsForm {
    public enum Field: String, CaseIterable, Sendable {
        case projectleider, startdatum
    }

    public static func check(
        fields: [String: String], coalition: CoalitionRecord,
        calendar: Calendar = .dutch
    ) -> FormCheck<CoalitionRecord> {
        var form = FormReader(fields)
        let leader = form.text(Field.projectleider.rawValue, label: "De projectleider", limit: Limits.name)
        form.guardPersonalData(Field.projectleider.rawValue, label: "De projectleider", anyDate: true)
        let start = form.value(Field.startdatum.rawValue).isEmpty ? nil : form.date(Field.startdatum.rawValue, calendar: calendar)
        var issues = form.issues
        let involvement = TargetGroupForm.check(fields: fields)
        issues += involvement.issues
        var monitoring: MonitoringAnswer?
        if !(fields[MonitoringForm.Field.jaar.rawValue] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            let answer = MonitoringForm.check(fields: fields)
            issues += answer.issues
            monitoring = answer.record
        }
        guard issues.isEmpty, let involved = involvement.record else { return FormCheck(record: nil, issues: issues) }
        var record = involved.applied(to: coalition)
        record.projectLeader = leader.isEmpty ? nil : leader
        record.startDate = start
        if let monitoring { record = monitoring.applied(to: record) }
        return FormCheck(record: record, issues: [])
    }

    /// The form's fields for a coalition (the monitoring part empty: one year at a time).
    public static func fields(_ c: CoalitionRecord, calendar: Calendar = .dutch) -> [String: String] {
        var result = TargetGroupForm.fields(TargetGroupInvolvement(c))
        result[Field.projectleider.rawValue] = c.projectLeader ?? ""
        result[Field.startdatum.rawValue] = c.startDate.map { NetworkDates.format($0, calendar: calendar) } ?? ""
        return result
    }
}
