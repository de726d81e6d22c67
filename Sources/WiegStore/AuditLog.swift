import Fluent
import Foundation

/// Who made a change: a signed-in user, or the command line / demo loader.
public struct AuditActor: Sendable, Equatable {
    public var userID: UUID?
    public var label: String

    public init(userID: UUID?, label: String) {
        self.userID = userID
        self.label = label
    }

    public static let cli = AuditActor(userID: nil, label: "cli")
    public static let demo = AuditActor(userID: nil, label: "demo")
}

/// Writes the audit trail. Call it on the same `Database` (transaction) as the change,
/// so the change and its record stand or fall together.
public enum AuditLog {
    public static func record<S: Encodable>(
        _ action: AuditEvent.Action, entityType: String, entityID: String, coalitionID: UUID? = nil,
        before: S?, after: S?, by actor: AuditActor, at date: Date = Date(), on db: any Database
    ) async throws {
        try await event(action, entityType: entityType, entityID: entityID, coalitionID: coalitionID,
                        before: before, after: after, by: actor, at: date).create(on: db)
    }

    /// The event, not yet saved: for writing many at once.
    public static func event<S: Encodable>(
        _ action: AuditEvent.Action, entityType: String, entityID: String, coalitionID: UUID? = nil,
        before: S?, after: S?, by actor: AuditActor, at date: Date = Date()
    ) throws -> AuditEvent {
        var beforeJSON: String?, afterJSON: String?
        if let before { beforeJSON = try json(before) }
        if let after { afterJSON = try json(after) }
        return AuditEvent(at: date, actorID: actor.userID, actorLabel: actor.label, action: action,
                          entityType: entityType, entityID: entityID, coalitionID: coalitionID,
                          before: beforeJSON, after: afterJSON)
    }

    static func json<S: Encodable>(_ value: S) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Keys whose values differ between two JSON snapshots, with both values as text.
    public static func changes(before: String?, after: String?) -> [(key: String, before: String, after: String)] {
        let b = flatten(before), a = flatten(after)
        return Set(b.keys).union(a.keys).sorted().compactMap { key in
            let old = b[key] ?? "", new = a[key] ?? ""
            return old == new ? nil : (key, old, new)
        }
    }

    static func flatten(_ json: String?) -> [String: String] {
        guard let json, let object = try? JSONDecoder().decode([String: FlatValue].self, from: Data(json.utf8)) else { return [:] }
        return object.mapValues(\.text)
    }

    /// A JSON value shown as text: booleans as ja/nee, null as empty.
    struct FlatValue: Decodable {
        let text: String
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { text = "" }
            else if let b = try? c.decode(Bool.self) { text = b ? "ja" : "nee" }
            else if let i = try? c.decode(Int.self) { text = String(i) }
            else if let d = try? c.decode(Double.self) { text = String(d) }
            else if let s = try? c.decode(String.self) { text = s }
            else { text = "…" }
        }
    }
}
