import Foundation

/// The form for one member of a coalition: the organisation (its id or exact name in the
/// network register) and the role of its contact ("verloskundige, lid kerngroep").
/// Professional contact only: a role that looks like it holds a BSN or a date (of birth)
/// is refused. The domain is copied from the organisation. Problems name the field.
public enum MemberForm {
    public enum Field: String, CaseIterable, Sendable {
        case organisatie, rol
    }

    /// - Parameters:
    ///   - organisations: the organisations that can be members (the network register).
    ///   - otherMembers: organisations already member of the coalition (not the one edited).
    public static func check(
        fields: [String: String], organisations: [OrganisationRecord],
        otherMembers: Set<UUID> = []
    ) -> FormCheck<CoalitionMember> {
        var form = FormReader(fields)
        let text = form.value(Field.organisatie.rawValue)
        var organisation: OrganisationRecord?
        if text.isEmpty {
            form.issue(Field.organisatie.rawValue, "Kies een organisatie.")
        } else if let found = UUID(uuidString: text).flatMap({ id in organisations.first { $0.id == id } })
            ?? unique(organisations.filter { DutchText.fold($0.name) == DutchText.fold(text) })
        {
            organisation = found
            if otherMembers.contains(found.id) {
                form.issue(Field.organisatie.rawValue, "\(found.name) is al lid van de coalitie.")
            }
        } else {
            form.issue(Field.organisatie.rawValue, "De organisatie '\(text.prefix(40))' bestaat niet in het netwerk.")
        }
        let role = form.text(Field.rol.rawValue, label: "De rol", limit: Limits.name)
        form.guardPersonalData(Field.rol.rawValue, label: "De rol", anyDate: true)
        guard form.issues.isEmpty, let organisation else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(record: CoalitionMember(organisation: organisation, contactRole: role), issues: [])
    }

    public static func fields(_ m: CoalitionMember) -> [String: String] {
        [Field.organisatie.rawValue: m.organisationID.uuidString, Field.rol.rawValue: m.contactRole]
    }

    /// The one organisation of a name; two with the same name must be chosen by id.
    private static func unique(_ found: [OrganisationRecord]) -> OrganisationRecord? { found.count == 1 ? found[0] : nil }
}
