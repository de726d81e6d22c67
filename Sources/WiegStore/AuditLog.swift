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
        _ action: AuditEventRow.Action, entityType: String, entityID: String, coalitionID: UUID? = nil,
        before: S?, after: S?, by actor: AuditActor, at date: Date = Date(), on db: any Database
    ) async throws {
        try await event(
            action, entityType: entityType, entityID: entityID, coalitionID: coalitionID,
            before: before, after: after, by: actor, at: date
        ).create(on: db)
    }

    /// The event, not yet saved: for writing many at once.
    public static func event<S: Encodable>(
        _ action: AuditEventRow.Action, entityType: String, entityID: String, coalitionID: UUID? = nil,
        before: S?, after: S?, by actor: AuditActor, at date: Date = Date()
    ) throws -> AuditEventRow {
        var beforeJSON: String?
        var afterJSON: String?
        if let before { beforeJSON = try json(before) }
        if let after { afterJSON = try json(after) }
        return AuditEventRow(
            at: date, actorID: actor.userID, actorLabel: actor.label, action: action,
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
    /// Nested values are compared leaf by leaf under dotted keys, arrays numbered from 1
    /// as people count (`lines.2.amount`), so a change deep in a budget shows what changed.
    public static func changes(before: String?, after: String?) -> [(key: String, before: String, after: String)] {
        let b = flatten(before)
        let a = flatten(after)
        return Set(b.keys).union(a.keys).sorted(by: keyOrder).compactMap { key in
            let old = b[key] ?? ""
            let new = a[key] ?? ""
            return old == new ? nil : (key, old, new)
        }
    }

    /// Dotted keys in reading order: `lines.2` before `lines.10`.
    static func keyOrder(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: ".")
        let y = b.split(separator: ".")
        for (p, q) in zip(x, y) where p != q {
            if let i = Int(p), let j = Int(q) { return i < j }
            return p < q
        }
        return x.count < y.count
    }

    static func flatten(_ json: String?) -> [String: String] {
        guard let json, let value = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return [:] }
        var out: [String: String] = [:]
        value.flatten(into: &out, path: "")
        return out
    }

    /// A JSON value; leaves shown as text: booleans as ja/nee, null as empty.
    indirect enum JSONValue: Decodable {
        case leaf(String)
        case array([JSONValue])
        case object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() {
                self = .leaf("")
            } else if let b = try? c.decode(Bool.self) {
                self = .leaf(b ? "ja" : "nee")
            } else if let i = try? c.decode(Int.self) {
                self = .leaf(String(i))
            } else if let d = try? c.decode(Double.self) {
                self = .leaf(String(d))
            } else if let s = try? c.decode(String.self) {
                self = .leaf(s)
            } else if let a = try? c.decode([JSONValue].self) {
                self = .array(a)
            } else {
                self = .object(try c.decode([String: JSONValue].self))
            }
        }

        func flatten(into out: inout [String: String], path: String) {
            func key(_ k: String) -> String { path.isEmpty ? k : path + "." + k }
            switch self {
            case .leaf(let text): out[path] = text
            case .array(let items): for (i, item) in items.enumerated() { item.flatten(into: &out, path: key(String(i + 1))) }
            case .object(let fields): for (k, v) in fields { v.flatten(into: &out, path: key(k)) }
            }
        }
    }
}
