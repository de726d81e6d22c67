import Fluent
import Foundation
import WiegCore

/// Any other item of a coalition's work, by kind (and year where it has one).
public final class CoalitionItemRow: Model, @unchecked Sendable {
    public static let schema = "coalition_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "coalition_id") public var coalitionID: UUID
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "year") public var year: Int?
    @Field(key: "body") public var body: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    init<T: CoalitionWorkItem>(_ item: T, coalitionID: UUID) {
        id = item.itemID(coalitionID: coalitionID)
        self.coalitionID = coalitionID
        kind = T.itemKind.rawValue
        year = item.itemYear
        body = JSONColumn.encode(item)
    }
}
