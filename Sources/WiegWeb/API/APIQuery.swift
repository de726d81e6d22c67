import Vapor
import WiegCore

/// Strict reading of API query parameters: a value that does not fit gets a 400 with a
/// Dutch message naming the parameter, instead of being silently ignored.
extension Request {
    func apiInt(_ name: String, in range: ClosedRange<Int>, default value: Int) throws -> Int {
        guard let raw = query[String.self, at: name] else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw WiegError.badRequest(
                "Parameter '\(name)' moet een geheel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn.",
                "Parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    func apiEnum<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String, T: CaseIterable {
        guard let raw = query[String.self, at: name] else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw WiegError.badRequest("Parameter '\(name)' kent de waarde '\(raw)' niet; kies uit \(allowed).",
                                       "Parameter '\(name)' does not accept '\(raw)'; choose from \(allowed).")
        }
        return value
    }

    /// A text parameter of at most `maxLength` characters (as the OpenAPI document says).
    func apiString(_ name: String, maxLength: Int) throws -> String? {
        guard let raw = query[String.self, at: name] else { return nil }
        guard raw.count <= maxLength else {
            throw WiegError.badRequest("Parameter '\(name)' mag hoogstens \(maxLength) tekens lang zijn.",
                                       "Parameter '\(name)' may be at most \(maxLength) characters long.")
        }
        return raw
    }

    /// The page asked for through `pagina` and `per_pagina`.
    func apiPage(defaultSize: Int = 50) throws -> PageQuery {
        PageQuery(number: try apiInt("pagina", in: 1...100_000, default: 1),
                  size: try apiInt("per_pagina", in: 1...200, default: defaultSize), defaultSize: defaultSize)
    }
}
