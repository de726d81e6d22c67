import Foundation

/// The workgroup form: a name is required; the member organisations are ids of the network
/// register, one per line or separated by commas. Problems name the field.
public enum WorkgroupForm {
    public enum Field: String, CaseIterable, Sendable {
        case naam
        case actieEigenaar = "actie-eigenaar"
        case contactProjectgroep = "contact-projectgroep"
        case leden, toelichting
    }

    /// `existing` is the workgroup being edited: where it was copied from stays.
    public static func check(
        fields: [String: String], id: UUID, knownOrganisations: Set<UUID>,
        existing: Workgroup? = nil
    ) -> FormCheck<Workgroup> {
        var form = FormReader(fields)
        let name = form.text(Field.naam.rawValue, label: "De naam", required: true, limit: Limits.name)
        let owner = form.text(Field.actieEigenaar.rawValue, label: "De actie-eigenaar", limit: Limits.name)
        let contact = form.text(Field.contactProjectgroep.rawValue, label: "Het contact namens de projectgroep", limit: Limits.name)
        let members = form.ids(Field.leden.rawValue, known: knownOrganisations, noun: "organisatie")
        let note = form.text(Field.toelichting.rawValue, label: "De toelichting")
        guard form.issues.isEmpty else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: Workgroup(
                id: id, name: name, actionOwner: owner, projectGroupContact: contact,
                memberOrganisationIDs: members, note: note, origin: existing?.origin), issues: [])
    }

    public static func fields(_ w: Workgroup) -> [String: String] {
        [
            Field.naam.rawValue: w.name, Field.actieEigenaar.rawValue: w.actionOwner,
            Field.contactProjectgroep.rawValue: w.projectGroupContact,
            Field.leden.rawValue: w.memberOrganisationIDs.map(\.uuidString).joined(separator: "\n"), Field.toelichting.rawValue: w.note
        ]
    }
}
