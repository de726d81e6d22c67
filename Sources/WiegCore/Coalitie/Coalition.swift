import Foundation

/// A local (one municipality) or regional coalition as accounts and scopes know it: its
/// address (slug), where it works and which region oversees it, with its foundation
/// (`CoalitionRecord`: start, project leader, members, involvement, monitoring). The plan
/// and the rest of the work are in `CoalitionWork`.
public struct Coalition: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var slug: String
    public var name: String
    public var kind: CoalitionKind
    /// The municipality (local) or region (regional) the coalition works for.
    public var areaCode: String
    /// The region whose programme team oversees this coalition, if any.
    public var regionCode: String?
    public var record: CoalitionRecord

    public init(
        id: UUID, slug: String, name: String, kind: CoalitionKind, areaCode: String, regionCode: String?,
        record: CoalitionRecord
    ) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.areaCode = areaCode
        self.regionCode = regionCode
        self.record = record
    }
}
