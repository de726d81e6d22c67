import Foundation

/// Any JSON value, decoded without a schema, so an importer can say exactly which field
/// has the wrong type. Numbers are Doubles; `true`/`false` are never numbers.
enum JSONValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    /// The JSON type name in Dutch, for messages.
    var dutchTypeName: String {
        switch self {
        case .null: "null"
        case .bool: "een waar/onwaar-waarde"
        case .number: "een getal"
        case .string: "tekst"
        case .array: "een lijst"
        case .object: "een object"
        }
    }
}
