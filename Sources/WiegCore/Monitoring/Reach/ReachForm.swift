import Foundation

/// Checks the reach form: fields `aanbod` (the service id), `kwartaal` (`2025-K2`),
/// optional `activiteit` (an id), and one field per measure (`ReachMeasure.formField`).
/// A count is a whole number from 0 to 1,000,000 (Dutch thousands points allowed); an
/// empty count is 0, but at least one must be filled in. The quarter may not lie in the
/// future. Problems name the field, in Dutch.
public enum ReachForm {
    public static let maximumCount = 1_000_000

    public static func check(
        fields: [String: String], now: Date, calendar: Calendar = .dutch,
        knownServices: Set<UUID>? = nil
    ) -> FormCheck<ReachEntry> {
        var issues: [ImportIssue] = []
        func issue(_ field: String, _ message: String) { issues.append(ImportIssue(line: 2, column: field, message: message)) }
        func value(_ field: String) -> String { (fields[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

        let serviceText = value("aanbod")
        let service = UUID(uuidString: serviceText)
        if serviceText.isEmpty {
            issue("aanbod", "Kies het aanbod.")
        } else if service == nil {
            issue("aanbod", "'\(serviceText.prefix(40))' is geen geldige aanbod-id.")
        } else if let knownServices, !knownServices.contains(service!) {
            issue("aanbod", "Dit aanbod bestaat niet (meer).")
        }

        let quarterText = value("kwartaal")
        let quarter = ReachQuarter.parse(quarterText)
        if quarterText.isEmpty {
            issue("kwartaal", "Kies een kwartaal.")
        } else if quarter == nil {
            issue("kwartaal", "Kwartaal '\(quarterText.prefix(20))' klopt niet; schrijf bijvoorbeeld 2025-K2.")
        } else if let current = ReachQuarter.containing(now, calendar: calendar), quarter! > current {
            issue("kwartaal", "Het \(quarter!.dutchLabel) ligt in de toekomst; registreer bereik pas als het kwartaal begonnen is.")
        }

        let activityText = value("activiteit")
        let activity = UUID(uuidString: activityText)
        if !activityText.isEmpty && activity == nil { issue("activiteit", "'\(activityText.prefix(40))' is geen geldige activiteit-id.") }

        var counts: [ReachMeasure: Int] = [:]
        var filled = 0
        for measure in ReachMeasure.allCases {
            let text = value(measure.formField)
            guard !text.isEmpty else {
                counts[measure] = 0
                continue
            }
            filled += 1
            switch DutchNumber.count(text) {
            case .success(let n) where n > maximumCount:
                issue(
                    measure.formField,
                    "\(measure.dutchLabel): \(SVGWriter.dutch(Double(n), decimals: 0)) is te veel; hoogstens 1.000.000 per kwartaal.")
            case .success(let n): counts[measure] = n
            case .failure(let m): issue(measure.formField, "\(measure.dutchLabel): \(m.text)")
            }
        }
        if filled == 0 { issue(ReachMeasure.contacten.formField, "Vul ten minste één aantal in (0 mag).") }
        guard issues.isEmpty, let service, let quarter else { return FormCheck(record: nil, issues: issues) }
        return FormCheck(
            record: ReachEntry(serviceID: service, quarter: quarter, counts: counts, activityID: activity),
            issues: [])
    }

    /// The form's fields for an existing entry.
    public static func fields(_ entry: ReachEntry) -> [String: String] {
        var result = [
            "aanbod": entry.serviceID.uuidString, "kwartaal": entry.quarter.description,
            "activiteit": entry.activityID?.uuidString ?? ""
        ]
        for measure in ReachMeasure.allCases { result[measure.formField] = String(entry.count(measure)) }
        return result
    }
}
