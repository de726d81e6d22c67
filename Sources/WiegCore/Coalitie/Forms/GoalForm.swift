import Foundation

/// The form for one goal of the plan of approach: a text, the phase, at least one action
/// line of that phase (codes 1.1–3.3, one per line or separated by commas) and optionally
/// the themes of the minimum-requirements test. Problems name the field. Where the goal
/// was copied from (`origin`) is kept from the existing goal.
public enum GoalForm {
    public enum Field: String, CaseIterable, Sendable {
        case tekst, fase, actielijnen, themas
    }

    public static func check(fields: [String: String], id: UUID, existing: Goal? = nil) -> FormCheck<Goal> {
        var form = FormReader(fields)
        let text = form.text(Field.tekst.rawValue, label: "De tekst van het doel", required: true, limit: Limits.description)
        let phase = form.choice(Field.fase.rawValue, label: "de fase", fallback: nil as Phase?) { [$0.rawValue, $0.dutchName] }

        var lines: [ActionLine] = []
        let codes = form.items(Field.actielijnen.rawValue)
        for code in codes {
            guard let line = ActionLine(rawValue: code) else {
                form.issue(
                    Field.actielijnen.rawValue,
                    "Actielijn '\(code.prefix(20))' bestaat niet; kies uit \(ActionLine.allCases.map(\.rawValue).joined(separator: ", ")).")
                continue
            }
            if let phase, line.phase != phase {
                form.issue(
                    Field.actielijnen.rawValue,
                    "Actielijn \(line.rawValue) hoort bij de fase \(line.phase.dutchName), niet bij \(phase.dutchName).")
            } else if !lines.contains(line) {
                lines.append(line)
            }
        }
        if codes.isEmpty {
            form.issue(Field.actielijnen.rawValue, "Kies ten minste één actielijn (1.1 tot en met 3.3).")
        }
        let themes = form.themes(Field.themas.rawValue)
        guard form.issues.isEmpty, let phase else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: Goal(
                id: id, text: text, phase: phase, actionLines: lines.sorted(), themes: themes,
                origin: existing?.origin), issues: [])
    }

    /// The form's fields for an existing goal.
    public static func fields(_ g: Goal) -> [String: String] {
        [
            Field.tekst.rawValue: g.text, Field.fase.rawValue: g.phase.rawValue,
            Field.actielijnen.rawValue: g.actionLines.map(\.rawValue).joined(separator: ", "),
            Field.themas.rawValue: g.themes.map(\.rawValue).joined(separator: ", ")
        ]
    }
}

extension FormReader {
    /// Themes of the minimum-requirements test by code, in the order given, repeats dropped.
    mutating func themes(_ field: String) -> [MinimumTheme] {
        var themes: [MinimumTheme] = []
        for code in items(field) {
            if let theme = MinimumTheme(rawValue: code.lowercased()) {
                if !themes.contains(theme) { themes.append(theme) }
            } else {
                issue(
                    field,
                    "Thema '\(code.prefix(40))' bestaat niet; kies uit \(MinimumTheme.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        return themes
    }
}
