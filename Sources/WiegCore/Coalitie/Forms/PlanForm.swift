import Foundation

/// The form for the plan of approach itself: the period (first and last year), the
/// ambitions and societal results (one per line) and whether and when it was adopted
/// (vastgesteld). The goals have their own form (`GoalForm`) and are kept from the
/// existing plan. Problems name the field.
public enum PlanForm {
    public enum Field: String, CaseIterable, Sendable {
        case eersteJaar = "eerste-jaar"
        case laatsteJaar = "laatste-jaar"
        case ambities
        case maatschappelijkeResultaten = "maatschappelijke-resultaten"
        case vastgesteld
        case vastgesteldOp = "vastgesteld-op"
    }

    /// The longest plan period the form accepts, in years.
    public static let maximumYears = 10

    public static func check(
        fields: [String: String], existing: PlanOfApproach? = nil,
        calendar: Calendar = .dutch
    ) -> FormCheck<PlanOfApproach> {
        var form = FormReader(fields)
        let first = form.year(Field.eersteJaar.rawValue, label: "het eerste jaar")
        let last = form.year(Field.laatsteJaar.rawValue, label: "het laatste jaar")
        if let first, let last {
            if last < first {
                form.issue(Field.laatsteJaar.rawValue, "Het laatste jaar (\(last)) ligt vóór het eerste jaar (\(first)).")
            } else if last - first + 1 > maximumYears {
                form.issue(Field.laatsteJaar.rawValue, "Een planperiode is hoogstens \(maximumYears) jaar; nu \(last - first + 1).")
            }
        }
        let ambitions = form.lines(Field.ambities.rawValue, noun: "Ambitie")
        let results = form.lines(Field.maatschappelijkeResultaten.rawValue, noun: "Resultaat")
        let adopted = form.yes(Field.vastgesteld.rawValue, label: "vastgesteld")
        var adoptedOn: Date?
        let dateText = form.value(Field.vastgesteldOp.rawValue)
        if !dateText.isEmpty {
            adoptedOn = form.date(Field.vastgesteldOp.rawValue, calendar: calendar)
            if adoptedOn != nil && adopted == false {
                form.issue(
                    Field.vastgesteldOp.rawValue, "Er is een datum van vaststelling, maar het plan is niet als vastgesteld aangevinkt.")
            }
        }
        guard form.issues.isEmpty, let first, let last else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: PlanOfApproach(
                firstYear: first, lastYear: last, ambitions: ambitions, societalResults: results,
                goals: existing?.goals ?? [], documented: adopted ?? false,
                documentedAt: adoptedOn), issues: [])
    }

    public static func fields(_ p: PlanOfApproach, calendar: Calendar = .dutch) -> [String: String] {
        [
            Field.eersteJaar.rawValue: String(p.firstYear), Field.laatsteJaar.rawValue: String(p.lastYear),
            Field.ambities.rawValue: p.ambitions.joined(separator: "\n"),
            Field.maatschappelijkeResultaten.rawValue: p.societalResults.joined(separator: "\n"),
            Field.vastgesteld.rawValue: p.documented ? "ja" : "nee",
            Field.vastgesteldOp.rawValue: p.documentedAt.map { NetworkDates.format($0, calendar: calendar) } ?? ""
        ]
    }
}
