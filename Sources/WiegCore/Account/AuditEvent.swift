import Foundation

/// One entry of the audit trail: who did what to which entity, with the values before and
/// after (JSON, sorted keys; nil for a create's before or a delete's after).
public struct AuditEvent: Sendable, Equatable, Identifiable {
    public enum Action: String, Codable, Sendable, CaseIterable { case create, update, delete }

    public var id: UUID
    public var at: Date
    public var actorID: UUID?
    /// The actor as shown: an e-mail address, or `cli` / `demo` for work without a user.
    public var actorLabel: String
    public var action: Action
    public var entityType: String
    public var entityID: String
    public var coalitionID: UUID?
    public var before: String?
    public var after: String?

    public init(
        id: UUID = UUID(), at: Date, actorID: UUID?, actorLabel: String, action: Action, entityType: String,
        entityID: String, coalitionID: UUID?, before: String?, after: String?
    ) {
        self.id = id
        self.at = at
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.coalitionID = coalitionID
        self.before = before
        self.after = after
    }
}
