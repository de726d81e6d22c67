import Foundation

/// How a coalition involves the people it is about (minimum requirement 3): the forms
/// of involvement and a free note.
public struct TargetGroupInvolvement: Sendable, Equatable {
    public var forms: [InvolvementForm]
    public var note: String?

    public init(forms: [InvolvementForm], note: String? = nil) {
        self.forms = forms
        self.note = note
    }

    /// The coalition's current involvement.
    public init(_ coalition: CoalitionRecord) {
        self.init(forms: coalition.targetGroupInvolvement, note: coalition.involvementNote)
    }

    /// The coalition with this involvement.
    public func applied(to coalition: CoalitionRecord) -> CoalitionRecord {
        var coalition = coalition
        coalition.targetGroupInvolvement = forms
        coalition.involvementNote = note
        return coalition
    }
}

/// The target-group involvement form: forms of involvement by code or Dutch name (one per
/// line or separated by commas) and a note. The note is about how, never about whom:
/// one that looks like it holds a BSN or a birth date is refused. Problems name the field.
public enum TargetGroupForm {
    public enum Field: String, CaseIterable, Sendable {
        case vormen, toelichting
    }

    public static func check(fields: [String: String]) -> FormCheck<TargetGroupInvolvement> {
        var form = FormReader(fields)
        var forms: [InvolvementForm] = []
        for item in form.items(Field.vormen.rawValue) {
            let folded = DutchText.fold(item)
            if let found = InvolvementForm.allCases.first(where: { $0.rawValue == folded || DutchText.fold($0.dutchName) == folded }) {
                if !forms.contains(found) { forms.append(found) }
            } else {
                form.issue(
                    Field.vormen.rawValue,
                    "'\(item.prefix(40))' is geen vorm van betrekken; kies uit \(InvolvementForm.allCases.map(\.rawValue).joined(separator: ", "))."
                )
            }
        }
        let note = form.text(Field.toelichting.rawValue, label: "De toelichting")
        form.guardPersonalData(Field.toelichting.rawValue, label: "De toelichting")
        guard form.issues.isEmpty else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(record: TargetGroupInvolvement(forms: forms, note: note.isEmpty ? nil : note), issues: [])
    }

    public static func fields(_ i: TargetGroupInvolvement) -> [String: String] {
        [Field.vormen.rawValue: i.forms.map(\.rawValue).joined(separator: ", "), Field.toelichting.rawValue: i.note ?? ""]
    }
}
