import Foundation

/// A workgroup of the coalition (Meppel: eight workgroups, each with an "actie eigenaar" and
/// a contact on behalf of the project group; NML: werkgroep doelgroep, communicatie, …).
/// Professional contact data only: a role, organisation or professional name, never a client.
public struct Workgroup: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    /// The action owner (actie-eigenaar) who keeps the work going, e.g. "verloskundige, VCMW".
    public var actionOwner: String
    /// The contact on behalf of the project group (aanspreekpersoon namens de projectgroep).
    public var projectGroupContact: String
    /// The organisations taking part, from the network register.
    public var memberOrganisationIDs: [UUID]
    public var note: String
    /// Where the workgroup was copied from (another coalition's published plan); `nil` when it is the coalition's own.
    public var origin: Origin?

    public init(
        id: UUID = UUID(), name: String, actionOwner: String = "", projectGroupContact: String = "",
        memberOrganisationIDs: [UUID] = [], note: String = "", origin: Origin? = nil
    ) {
        self.id = id
        self.name = name
        self.actionOwner = actionOwner
        self.projectGroupContact = projectGroupContact
        self.memberOrganisationIDs = memberOrganisationIDs
        self.note = note
        self.origin = origin
    }
}
