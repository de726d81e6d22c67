import Foundation
import Vapor

/// A small JSON writer for the hottest responses (search): Foundation's JSONEncoder took
/// 37 % of a search request's time. Output is plain JSON; tests check it decodes to the
/// same value as the Codable encoding.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it in one go.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                raw("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// A finite number (JSON has no NaN or infinity: those are written as 0).
    mutating func double(_ value: Double) { bytes.append(contentsOf: (value.isFinite ? String(value) : "0").utf8) }

    mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    /// `"key":` — keys are plain ASCII names.
    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    /// Whether the innermost open object has no member yet.
    private var fresh: [Bool] = []

    /// Writes `{`, the members `body` adds, and `}`.
    mutating func object(_ body: (inout JSONText) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        fresh.append(true)
        body(&self)
        fresh.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// A member of the innermost object, with a comma before all but the first.
    mutating func member(_ name: StaticString, _ write: (inout JSONText) -> Void) {
        if fresh.last == false { bytes.append(UInt8(ascii: ",")) }
        if !fresh.isEmpty { fresh[fresh.count - 1] = false }
        key(name)
        write(&self)
    }

    /// A member whose name is data (a facet value): escaped like any string.
    mutating func dynamicMember(_ name: String, _ write: (inout JSONText) -> Void) {
        if fresh.last == false { bytes.append(UInt8(ascii: ",")) }
        if !fresh.isEmpty { fresh[fresh.count - 1] = false }
        string(name)
        bytes.append(UInt8(ascii: ":"))
        write(&self)
    }

    mutating func array<T>(_ items: [T], _ write: (inout JSONText, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }

    /// Members of optional strings are left out when nil, as JSONEncoder does.
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        member(name) { $0.string(value) }
    }

    func response(status: HTTPResponseStatus = .ok) -> Response {
        Self.response(ByteBuffer(bytes: bytes), status: status)
    }

    var buffer: ByteBuffer { ByteBuffer(bytes: bytes) }

    static func response(_ body: ByteBuffer, status: HTTPResponseStatus = .ok) -> Response {
        let response = Response(status: status, body: .init(buffer: body))
        response.headers.contentType = .json
        return response
    }
}
