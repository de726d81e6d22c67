import Fluent
import Foundation
import WiegCore

/// A story ("tellen en vertellen"): its subject as columns for lookups, the whole story as JSON.
public final class StoryRow: Model, @unchecked Sendable {
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
