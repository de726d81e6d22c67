import Fluent
import Foundation
import WiegCore

/// The reach counts of one aanbod in one quarter (optionally of one activity).
public final class ReachCountRow: Model, @unchecked Sendable {
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
        return ReachEntry(
            serviceID: serviceID, quarter: q,
            counts: [
                .contacten: contacten, .nieuweCliënten: nieuweClienten, .verwijzingenIn: verwijzingenIn,
                .verwijzingenUit: verwijzingenUit, .afgerond: afgerond
            ],
            activityID: activityKey == Self.noActivity ? nil : UUID(uuidString: activityKey))
    }
}
