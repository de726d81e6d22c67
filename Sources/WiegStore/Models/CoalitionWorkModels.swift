import Fluent
import Foundation
import WiegCore

/// One activity of a coalition; the whole `Activity` as JSON, title and status as
/// columns for lists and counts.
public final class ActivityModel: Model, @unchecked Sendable {
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

/// Any other item of a coalition's work, by kind (and year where it has one).
public final class CoalitionItem: Model, @unchecked Sendable {
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

/// The kinds of items stored in `coalition_items` (also the audit trail's entity types).
public enum CoalitionItemKind: String, Sendable, CaseIterable {
    case plan, agreement, workgroup, risk, governance, budget, points, closedYear = "closed_year", startingSituation = "starting_situation"
}

/// A value stored as a coalition item: its kind, its stable id and its year, if any.
public protocol CoalitionWorkItem: Codable, Sendable {
    static var itemKind: CoalitionItemKind { get }
    /// Items with an id of their own keep it; one-per-coalition (or per year) items get a
    /// name-based id, so saving again replaces them.
    func itemID(coalitionID: UUID) -> UUID
    var itemYear: Int? { get }
}

extension CoalitionWorkItem {
    public var itemYear: Int? { nil }
    static func singletonID(_ coalitionID: UUID, _ year: Int?) -> UUID {
        UUID(name: "\(itemKind.rawValue)/\(year.map(String.init) ?? "-")", namespace: coalitionID)
    }
}

extension PlanOfApproach: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .plan }
    public func itemID(coalitionID: UUID) -> UUID { Self.singletonID(coalitionID, nil) }
}
extension StartingSituation: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .startingSituation }
    public func itemID(coalitionID: UUID) -> UUID { Self.singletonID(coalitionID, nil) }
}
extension Agreement: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .agreement }
    public func itemID(coalitionID: UUID) -> UUID { id }
}
extension Workgroup: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .workgroup }
    public func itemID(coalitionID: UUID) -> UUID { id }
}
extension Risk: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .risk }
    public func itemID(coalitionID: UUID) -> UUID { id }
}
extension GovernanceBody: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .governance }
    public func itemID(coalitionID: UUID) -> UUID { id }
}
extension Budget: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .budget }
    public func itemID(coalitionID: UUID) -> UUID { Self.singletonID(coalitionID, year) }
    public var itemYear: Int? { year }
}
extension PharosYear: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .points }
    public func itemID(coalitionID: UUID) -> UUID { Self.singletonID(coalitionID, year) }
    public var itemYear: Int? { year }
}
extension ClosedYear: CoalitionWorkItem {
    public static var itemKind: CoalitionItemKind { .closedYear }
    public func itemID(coalitionID: UUID) -> UUID { Self.singletonID(coalitionID, year) }
    public var itemYear: Int? { year }
}

/// The coalition record's fields beyond the foundation's columns.
struct CoalitionDetails: Codable {
    var startDate: Date?
    var projectLeader: String?
    var members: [CoalitionMember]
    var targetGroupInvolvement: [InvolvementForm]
    var involvementNote: String?
    var monitoringParticipation: [Int: Bool?]
    /// Absent in details written before "Leren van elkaar": not published.
    var publishesPlan: Bool?
}

extension Coalition {
    /// The coalition as the domain sees it.
    public var record: CoalitionRecord {
        let details: CoalitionDetails? = JSONColumn.decode(details)
        return CoalitionRecord(id: id ?? UUID(), name: name, kind: kind == .regionaal ? .regionaal : .lokaal, areaCode: areaCode,
                               startDate: details?.startDate, projectLeader: details?.projectLeader, members: details?.members ?? [],
                               targetGroupInvolvement: details?.targetGroupInvolvement ?? [], involvementNote: details?.involvementNote,
                               monitoringParticipation: details?.monitoringParticipation ?? [:],
                               publishesPlan: details?.publishesPlan ?? false)
    }

    func apply(_ r: CoalitionRecord) {
        name = r.name
        details = JSONColumn.encode(CoalitionDetails(startDate: r.startDate, projectLeader: r.projectLeader, members: r.members,
                                                     targetGroupInvolvement: r.targetGroupInvolvement, involvementNote: r.involvementNote,
                                                     monitoringParticipation: r.monitoringParticipation, publishesPlan: r.publishesPlan))
    }
}
