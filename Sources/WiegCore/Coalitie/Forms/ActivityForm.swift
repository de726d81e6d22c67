import Foundation

/// The activity form. Lists are written one per line or separated by commas (quarters also
/// as "Q1 2024, Q3 2024" or "2024-Q1"); problems name the field. Links the form does not show
/// (services, carried over from) are kept from the existing activity; the status date is
/// `now` when the status changes and kept otherwise.
public enum ActivityForm {
    /// The form's field names.
    public enum Field: String, CaseIterable, Sendable {
        case titel, beschrijving, actielijnen, werkgroep
        case eigenaarOrganisatie = "eigenaar-organisatie"
        case eigenaarRol = "eigenaar-rol"
        case kwartalen
        case verwachtResultaat = "verwacht-resultaat"
        case status
        case statusToelichting = "status-toelichting"
        case fase, themas
        /// The linked aanbod of the social map: ids, one per line.
        case aanbod
    }

    /// `knownServices` nil: the form has no `aanbod` field and the activity keeps its links.
    public static func check(
        fields: [String: String], id: UUID, existing: Activity?, knownWorkgroups: Set<UUID>,
        knownOrganisations: Set<UUID>, knownServices: Set<UUID>? = nil, now: Date
    ) -> FormCheck<Activity> {
        var form = FormReader(fields)
        let services = knownServices.map { form.ids(Field.aanbod.rawValue, known: $0, noun: "aanbod-id") } ?? existing?.serviceIDs ?? []
        let title = form.text(Field.titel.rawValue, label: "De titel", required: true, limit: Limits.name)
        let description = form.text(Field.beschrijving.rawValue, label: "De beschrijving", limit: Limits.description)

        var lines: [ActionLine] = []
        for code in form.items(Field.actielijnen.rawValue) {
            if let line = ActionLine(rawValue: code) {
                lines.append(line)
            } else {
                form.issue(
                    Field.actielijnen.rawValue,
                    "Actielijn '\(code.prefix(20))' bestaat niet; kies uit \(ActionLine.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        let workgroup = form.id(Field.werkgroep.rawValue, known: knownWorkgroups, noun: "werkgroep")
        let owner = form.id(Field.eigenaarOrganisatie.rawValue, known: knownOrganisations, noun: "organisatie")
        let role = form.text(Field.eigenaarRol.rawValue, label: "De rol van de eigenaar", limit: Limits.name)

        var quarters: [Quarter] = []
        for text in form.items(Field.kwartalen.rawValue) {
            if let quarter = QuarterText.parse(text) {
                if !quarters.contains(quarter) { quarters.append(quarter) }
            } else {
                form.issue(Field.kwartalen.rawValue, "'\(text.prefix(20))' is geen kwartaal; schrijf bijvoorbeeld Q1 2024 of 2024-Q1.")
            }
        }
        if quarters.isEmpty && form.items(Field.kwartalen.rawValue).isEmpty {
            form.issue(Field.kwartalen.rawValue, "Kies ten minste één kwartaal waarin de activiteit loopt.")
        }
        let expected = form.text(Field.verwachtResultaat.rawValue, label: "Het verwachte resultaat")
        let status = form.choice(Field.status.rawValue, label: "de status", fallback: ActivityStatus.gepland) { [$0.rawValue] }
        let note = form.text(Field.statusToelichting.rawValue, label: "De toelichting op de status")
        let phase: ImplementationPhase? =
            form.value(Field.fase.rawValue).isEmpty
            ? nil
            : form.choice(Field.fase.rawValue, label: "de fase", fallback: nil) { [$0.rawValue, $0.dutchName] }

        var themes: [MinimumTheme] = []
        for code in form.items(Field.themas.rawValue) {
            if let theme = MinimumTheme(rawValue: code.lowercased()) {
                if !themes.contains(theme) { themes.append(theme) }
            } else {
                form.issue(
                    Field.themas.rawValue,
                    "Thema '\(code.prefix(40))' bestaat niet; kies uit \(MinimumTheme.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        guard form.issues.isEmpty, let status else { return FormCheck(record: nil, issues: form.issues) }

        let statusDate: Date? = if let existing, existing.status == status { existing.statusDate } else { now }
        let record = Activity(
            id: id, title: title, description: description, actionLines: lines.sorted(), workgroupID: workgroup,
            ownerOrganisationID: owner, ownerRole: role.isEmpty ? nil : role, quarters: quarters.sorted(),
            expectedResult: expected, status: status, statusDate: statusDate, statusNote: note.isEmpty ? nil : note,
            implementationPhase: phase, serviceIDs: services, themes: themes,
            carriedOverFrom: existing?.carriedOverFrom, origin: existing?.origin)
        return FormCheck(record: record, issues: [])
    }

    /// The form's fields for an existing activity.
    public static func fields(_ a: Activity) -> [String: String] {
        [
            Field.titel.rawValue: a.title, Field.beschrijving.rawValue: a.description,
            Field.actielijnen.rawValue: a.actionLines.map(\.rawValue).joined(separator: ", "),
            Field.werkgroep.rawValue: a.workgroupID?.uuidString ?? "",
            Field.eigenaarOrganisatie.rawValue: a.ownerOrganisationID?.uuidString ?? "",
            Field.eigenaarRol.rawValue: a.ownerRole ?? "", Field.kwartalen.rawValue: QuarterText.format(a.quarters),
            Field.verwachtResultaat.rawValue: a.expectedResult, Field.status.rawValue: a.status.rawValue,
            Field.statusToelichting.rawValue: a.statusNote ?? "", Field.fase.rawValue: a.implementationPhase?.rawValue ?? "",
            Field.themas.rawValue: a.themes.map(\.rawValue).joined(separator: ", "),
            Field.aanbod.rawValue: a.serviceIDs.map(\.uuidString).joined(separator: "\n")
        ]
    }
}
