import Foundation
import Vapor

/// A URL-encoded form body as ordered name/value pairs: repeated names (checkboxes,
/// `fasen[]`) are joined with `|`, as the import files write lists.
enum FormFields {
    static func parse(_ req: Request) -> [(name: String, value: String)] {
        guard let body = req.body.string else { return [] }
        var order: [String] = []
        var values: [String: [String]] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            var name = decode(parts[0])
            if name.hasSuffix("[]") { name.removeLast(2) }
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(value)
        }
        return order.map { name in (name, values[name]!.filter { !$0.isEmpty }.joined(separator: "|")) }
    }

    /// Lets people type municipality codes or languages with commas or spaces too.
    static func normalisedList(_ value: String) -> String {
        value.split(whereSeparator: { $0 == "," || $0 == "|" || $0 == ";" || $0.isWhitespace }).joined(separator: "|")
    }
}
