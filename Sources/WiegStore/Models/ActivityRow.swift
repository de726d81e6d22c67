import Fluent
import Foundation
import WiegCore

/// One activity of a coalition; the whole `Activity` as JSON, title and status as
/// columns for lists and counts.
public final class ActivityRow: Model, @unchecked Sendable {
    public static let schema = "activities"

    @ID(key: .id) public var id: UUID?
    @Field(key: "coalition_id") public var coalitionID: UUID
    @Field(key: "title") public var title: String
    @Field(key: "status") public var status: String
    @Field(key: "body") public var body: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(_ activity: Activity, coalitionID: UUID) {
        id = activity.id
        self.coalitionID = coalitionID
        apply(activity)
    }

    public func apply(_ activity: Activity) {
        title = activity.title
        status = activity.status.rawValue
        body = JSONColumn.encode(activity)
    }

    public var activity: Activity? { JSONColumn.decode(body) }
}
