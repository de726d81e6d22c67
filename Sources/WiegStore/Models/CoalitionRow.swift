import Fluent
import Foundation
import WiegCore

/// A local (one municipality) or regional coalition. The foundation holds what scopes
/// need; the Coalitie pillar adds the plan, members and the rest.
public final class CoalitionRow: Model, @unchecked Sendable {
    public static let schema = "coalitions"

    public typealias Kind = CoalitionKind

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kindRaw: String
    /// The municipality (local) or region (regional) the coalition works for.
    @Field(key: "area_code") public var areaCode: String
    /// The region whose programme team oversees this coalition, if any.
    @OptionalField(key: "region_code") public var regionCode: String?
    /// JSON of `CoalitionDetails` (start, project leader, members, involvement, monitoring).
    @OptionalField(key: "details") public var details: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID? = nil, slug: String, name: String, kind: Kind, areaCode: String, regionCode: String?) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kindRaw = kind.rawValue
        self.areaCode = areaCode
        self.regionCode = regionCode
    }

    public var kind: Kind { Kind(rawValue: kindRaw) ?? .lokaal }

    /// The coalition as the rest of Wieg sees it.
    public var coalition: Coalition {
        Coalition(
            id: id ?? UUID(), slug: slug, name: name, kind: kind, areaCode: areaCode, regionCode: regionCode, record: record)
    }
}
