import Fluent
import Foundation
import WiegCore

/// Membership of a municipality in a region.
public final class RegionMemberRow: Model, @unchecked Sendable {
    public static let schema = "region_members"

    @ID(key: .id) public var id: UUID?
    @Field(key: "region_code") public var regionCode: String
    @Field(key: "municipality_code") public var municipalityCode: String

    public init() {}

    public init(regionCode: String, municipalityCode: String) {
        self.regionCode = regionCode
        self.municipalityCode = municipalityCode
    }
}
