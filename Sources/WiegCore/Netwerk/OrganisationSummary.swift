import Foundation

/// An organisation named in a list or a choice (accounts, coalition members): its id,
/// its address (slug) and its name. The whole description is an `OrganisationRecord`.
public struct OrganisationSummary: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var slug: String
    public var name: String

    public init(id: UUID, slug: String, name: String) {
        self.id = id
        self.slug = slug
        self.name = name
    }
}
