import Fluent
import Foundation
import WiegCore

/// The kinds of items stored in `coalition_items` (also the audit trail's entity types).
public enum CoalitionItemKind: String, Sendable, CaseIterable {
    case plan, agreement, workgroup, risk, governance, budget, points
    case closedYear = "closed_year"
    case startingSituation = "starting_situation"
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

extension CoalitionRow {
    /// The coalition as the domain sees it.
    public var record: CoalitionRecord {
        let details: CoalitionDetails? = JSONColumn.decode(details)
        return CoalitionRecord(
            id: id ?? UUID(), name: name, kind: kind == .regionaal ? .regionaal : .lokaal, areaCode: areaCode,
            startDate: details?.startDate, projectLeader: details?.projectLeader, members: details?.members ?? [],
            targetGroupInvolvement: details?.targetGroupInvolvement ?? [], involvementNote: details?.involvementNote,
            monitoringParticipation: details?.monitoringParticipation ?? [:],
            publishesPlan: details?.publishesPlan ?? false)
    }

    func apply(_ r: CoalitionRecord) {
        name = r.name
        details = JSONColumn.encode(
            CoalitionDetails(
                startDate: r.startDate, projectLeader: r.projectLeader, members: r.members,
                targetGroupInvolvement: r.targetGroupInvolvement, involvementNote: r.involvementNote,
                monitoringParticipation: r.monitoringParticipation, publishesPlan: r.publishesPlan))
    }
}
