import Fluent
import Foundation

/// A "klopt er iets niet?" report on a service or organisation page.
public final class ErrorReportRow: Model, @unchecked Sendable {
    public static let schema = "error_reports"

    @ID(key: .id) public var id: UUID?
    @Field(key: "subject_kind") public var subjectKind: String
    @Field(key: "subject_id") public var subjectID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "text") public var text: String
    @OptionalField(key: "reply_email") public var replyEmail: String?
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "closed_at") public var closedAt: Date?
    @OptionalField(key: "closing_note") public var closingNote: String?

    public init() {}
}
