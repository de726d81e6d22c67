import Fluent
import Foundation
import WiegCore

/// A care path of a municipality or region for one need. Steps are JSON text.
public final class ZorgpadRow: Model, @unchecked Sendable {
    public static let schema = "zorgpaden"

    @ID(key: .id) public var id: UUID?
    @Field(key: "area_code") public var areaCode: String
    @Field(key: "need_code") public var needCode: String
    @Field(key: "title") public var title: String
    @Field(key: "summary") public var summary: String
    @Field(key: "steps") public var stepsJSON: String
    @Field(key: "agreements") public var agreementsJSON: String
    @Field(key: "responsible") public var responsibleJSON: String
    @OptionalField(key: "last_verified") public var lastVerified: Date?
    @Field(key: "demo") public var demo: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(_ record: ZorgpadRecord) {
        self.id = record.id
        apply(record)
    }

    public func apply(_ r: ZorgpadRecord) {
        areaCode = r.areaCode
        needCode = r.needCode
        title = r.title
        summary = r.summary
        stepsJSON = JSONColumn.encode(r.steps)
        agreementsJSON = JSONColumn.encode(r.agreements)
        responsibleJSON = JSONColumn.encode(r.responsible)
        lastVerified = r.lastVerified
        demo = r.demo
    }

    public var record: ZorgpadRecord {
        ZorgpadRecord(
            id: id ?? UUID(), areaCode: areaCode, needCode: needCode, title: title, summary: summary,
            steps: JSONColumn.decode(stepsJSON) ?? [], agreements: JSONColumn.decode(agreementsJSON) ?? [],
            responsible: JSONColumn.decode(responsibleJSON) ?? ProfessionalContact(),
            lastVerified: lastVerified, demo: demo)
    }
}
