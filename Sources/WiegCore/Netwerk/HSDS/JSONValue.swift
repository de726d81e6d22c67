import Foundation

/// Any JSON value, read without a schema, so an importer can say exactly which field
/// has the wrong type. Numbers are Doubles; `true`/`false` are never numbers.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses with JSONSerialization (many times faster than a Decodable tree); throws on
    /// anything that is not JSON.
    static func parse(_ data: Data) throws -> JSONValue {
        JSONValue(foundation: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    private init(foundation value: Any) {
        switch value {
        case let s as String: self = .string(s)
        case let o as [String: Any]: self = .object(o.mapValues(JSONValue.init(foundation:)))
        case let a as [Any]: self = .array(a.map(JSONValue.init(foundation:)))
        case let n as NSNumber:
            // JSONSerialization gives booleans as NSNumbers of Objective-C type "c" (char);
            // JSON numbers come out as integers or doubles, never as char.
            self = String(cString: n.objCType) == "c" ? .bool(n.boolValue) : .number(n.doubleValue)
        default: self = .null
        }
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
