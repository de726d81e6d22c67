import Fluent
import Foundation
import WiegCore

/// One entry of the audit trail: who did what to which entity, with the values
/// before and after (JSON, sorted keys; nil for a create's before or a delete's after).
public final class AuditEventRow: Model, @unchecked Sendable {
    public static let schema = "audit_events"

    public typealias Action = AuditEvent.Action

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @OptionalField(key: "actor_id") public var actorID: UUID?
    /// The actor as shown: an e-mail address, or `cli` / `demo` for work without a user.
    @Field(key: "actor_label") public var actorLabel: String
    @Field(key: "action") public var actionRaw: String
    @Field(key: "entity_type") public var entityType: String
    @Field(key: "entity_id") public var entityID: String
    @OptionalField(key: "coalition_id") public var coalitionID: UUID?
    @OptionalField(key: "before") public var before: String?
    @OptionalField(key: "after") public var after: String?

    public init() {}

    public init(
        at: Date, actorID: UUID?, actorLabel: String, action: Action, entityType: String,
        entityID: String, coalitionID: UUID?, before: String?, after: String?
    ) {
        self.at = at
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.actionRaw = action.rawValue
        self.entityType = entityType
        self.entityID = entityID
        self.coalitionID = coalitionID
        self.before = before
        self.after = after
    }

    public var action: Action { Action(rawValue: actionRaw) ?? .update }

    /// The event as the rest of Wieg sees it.
    public var event: AuditEvent {
        AuditEvent(
            id: id ?? UUID(), at: at, actorID: actorID, actorLabel: actorLabel, action: action, entityType: entityType,
            entityID: entityID, coalitionID: coalitionID, before: before, after: after)
    }
}
