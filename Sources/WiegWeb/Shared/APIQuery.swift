import Vapor
import WiegCore

/// The query string, parsed once per request (Vapor's `req.query[...]` parses it again
/// for every parameter, which showed up as 14 % of a search request's time).
struct ParsedQueryKey: StorageKey { typealias Value = [String: String] }

extension Request {
    /// The first value of a query parameter: `+` is a space, percent escapes decoded.
    func queryValue(_ name: String) -> String? {
        if let parsed = storage[ParsedQueryKey.self] { return parsed[name] }
        var parsed: [String: String] = [:]
        for pair in (url.query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if parsed[key] == nil { parsed[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        storage[ParsedQueryKey.self] = parsed
        return parsed[name]
    }
}

/// Strict reading of API query parameters: a value that does not fit gets a 400 with a
/// Dutch message naming the parameter, instead of being silently ignored.
extension Request {
    func apiInt(_ name: String, in range: ClosedRange<Int>, default value: Int) throws -> Int {
        guard let raw = queryValue(name) else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw WiegError.badRequest(
                "Parameter '\(name)' moet een geheel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn.",
                "Parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    /// An empty value is "no choice" on a page (a form's "alle …" option) and a 400 in the API.
    func apiEnum<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String, T: CaseIterable {
        guard let raw = queryValue(name) else { return nil }
        if raw.isEmpty {
            guard isAPI else { return nil }
            throw WiegError.badRequest(
                "Parameter '\(name)' is leeg; laat hem weg of geef een waarde.",
                "Parameter '\(name)' is empty; leave it out or give a value.")
        }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw WiegError.badRequest(
                "Parameter '\(name)' kent de waarde '\(raw)' niet; kies uit \(allowed).",
                "Parameter '\(name)' does not accept '\(raw)'; choose from \(allowed).")
        }
        return value
    }

    /// A code from a set that can change at run time (such as the needs taxonomy): an empty
    /// value is "no choice" on a page and a 400 in the API, like `apiEnum`; an unknown code
    /// is a 400 that says where the codes are listed.
    func apiCode(_ name: String, maxLength: Int, known: (String) -> Bool, listedAt list: String) throws -> String? {
        guard let raw = try apiString(name, maxLength: maxLength) else { return nil }
        if raw.trimmingCharacters(in: .whitespaces).isEmpty {
            guard isAPI else { return nil }
            throw WiegError.badRequest(
                "Parameter '\(name)' is leeg; laat hem weg of geef een waarde.",
                "Parameter '\(name)' is empty; leave it out or give a value.")
        }
        guard known(raw) else {
            throw WiegError.badRequest(
                "Parameter '\(name)' kent de waarde '\(raw)' niet; zie \(list).",
                "Parameter '\(name)' does not accept '\(raw)'; see \(list).")
        }
        return raw
    }

    /// A text parameter of at most `maxLength` characters (as the OpenAPI document says).
    func apiString(_ name: String, maxLength: Int) throws -> String? {
        guard let raw = queryValue(name) else { return nil }
        // Counted as JSON Schema counts `maxLength` (code points), not as Swift counts
        // characters: "e" with five combining marks is one Character but six code points.
        guard raw.unicodeScalars.count <= maxLength else {
            throw WiegError.badRequest(
                "Parameter '\(name)' mag hoogstens \(maxLength) tekens lang zijn.",
                "Parameter '\(name)' may be at most \(maxLength) characters long.")
        }
        return raw
    }

    /// The page asked for through `pagina` and `per_pagina`.
    func apiPage(defaultSize: Int = 50) throws -> PageQuery {
        PageQuery(
            number: try apiInt("pagina", in: 1...100_000, default: 1),
            size: try apiInt("per_pagina", in: 1...200, default: defaultSize), defaultSize: defaultSize)
    }
}
