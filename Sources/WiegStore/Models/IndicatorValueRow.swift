import Fluent
import Foundation
import WiegCore

/// A numerator and denominator of an indicator for one area and period, with where it
/// came from. One row per (indicator, area, period): a re-import updates it in place.
public final class IndicatorValueRow: Model, @unchecked Sendable {
    public static let schema = "indicator_values"

    @ID(key: .id) public var id: UUID?
    @Field(key: "indicator_code") public var indicatorCode: String
    @Field(key: "area_code") public var areaCode: String
    @Field(key: "period") public var period: String
    @Field(key: "period_start") public var periodStart: Int
    @Field(key: "period_end") public var periodEnd: Int
    @Field(key: "numerator") public var numerator: Int
    @Field(key: "denominator") public var denominator: Int
    @Field(key: "source_file") public var sourceFile: String
    @Field(key: "imported_at") public var importedAt: Date
    @Field(key: "imported_by") public var importedBy: String

    public init() {}
}
