import Fluent
import Foundation
import WiegCore

/// The boundary of one area for the map: polygons (rings of longitude/latitude) as JSON.
public final class AreaBoundaryModel: Model, @unchecked Sendable {
    public static let schema = "area_boundaries"

    @ID(custom: "area_code", generatedBy: .user) public var id: String?
    @Field(key: "polygons") public var polygons: String
    @Field(key: "point_count") public var pointCount: Int
    @Field(key: "source_file") public var sourceFile: String
    @Field(key: "synthetic") public var synthetic: Bool
    @Field(key: "imported_at") public var importedAt: Date

    public init() {}

    public var boundary: GeoBoundary? {
        guard let code = id, let rings: [[[[Double]]]] = JSONColumn.decode(polygons) else { return nil }
        return GeoBoundary(code: code, name: nil, polygons: rings.map { polygon in
            polygon.map { ring in ring.compactMap { $0.count == 2 ? GeoCoordinate(longitude: $0[0], latitude: $0[1]) : nil } }
        })
    }

    static func encode(_ boundary: GeoBoundary) -> String {
        // Six decimals is about 10 cm: more than any simplified map needs.
        let rings = boundary.polygons.map { $0.map { $0.map { [($0.longitude * 1e6).rounded() / 1e6, ($0.latitude * 1e6).rounded() / 1e6] } } }
        return JSONColumn.encode(rings)
    }
}

/// The reach counts of one aanbod in one quarter (optionally of one activity).
public final class ReachCountModel: Model, @unchecked Sendable {
    public static let schema = "reach_counts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "service_id") public var serviceID: UUID
    @Field(key: "quarter") public var quarter: String
    @Field(key: "activity_key") public var activityKey: String
    @Field(key: "contacten") public var contacten: Int
    @Field(key: "nieuwe_clienten") public var nieuweClienten: Int
    @Field(key: "verwijzingen_in") public var verwijzingenIn: Int
    @Field(key: "verwijzingen_uit") public var verwijzingenUit: Int
    @Field(key: "afgerond") public var afgerond: Int
    @Field(key: "updated_at") public var updatedAt: Date
    @Field(key: "updated_by") public var updatedBy: String

    public init() {}

    static let noActivity = "-"

    func apply(_ entry: ReachEntry) {
        serviceID = entry.serviceID
        quarter = entry.quarter.description
        activityKey = entry.activityID?.uuidString ?? Self.noActivity
        contacten = entry.count(.contacten)
        nieuweClienten = entry.count(.nieuweCliënten)
        verwijzingenIn = entry.count(.verwijzingenIn)
        verwijzingenUit = entry.count(.verwijzingenUit)
        afgerond = entry.count(.afgerond)
    }

    public var entry: ReachEntry? {
        guard let q = ReachQuarter.parse(quarter) else { return nil }
        return ReachEntry(serviceID: serviceID, quarter: q,
                          counts: [.contacten: contacten, .nieuweCliënten: nieuweClienten, .verwijzingenIn: verwijzingenIn,
                                   .verwijzingenUit: verwijzingenUit, .afgerond: afgerond],
                          activityID: activityKey == Self.noActivity ? nil : UUID(uuidString: activityKey))
    }
}

/// A story ("tellen en vertellen"): its subject as columns for lookups, the whole story as JSON.
public final class StoryModel: Model, @unchecked Sendable {
    public static let schema = "stories"

    @ID(key: .id) public var id: UUID?
    @Field(key: "subject_kind") public var subjectKind: String
    @Field(key: "subject_id") public var subjectID: String
    @OptionalField(key: "area_code") public var areaCode: String?
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}
