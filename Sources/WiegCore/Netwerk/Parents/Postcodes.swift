import Foundation

/// A parent's postcode: four digits, or four digits and two letters (`7941`, `7941 AB`,
/// `7941ab`). Wieg uses only the four digits: the PC4 area it lies in.
public struct Postcode: Sendable, Equatable {
    /// The four digits.
    public let digits: String
    /// As a postcode is written: `7941` or `7941 AB`.
    public let written: String

    /// Nil when `text` is not a Dutch postcode.
    public init?(_ text: String) {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        let chars = Array(compact)
        guard chars.count == 4 || chars.count == 6, chars[0] != "0",
            chars.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }),
            chars.dropFirst(4).allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        digits = String(chars.prefix(4))
        written = chars.count == 4 ? digits : digits + " " + String(chars.dropFirst(4))
    }

    /// The code of its PC4 area.
    public var areaCode: String { "PC4-" + digits }
}

/// The PC4 areas of the geography: which municipality a postcode lies in, and where.
public struct Postcodes: Sendable {
    /// Four digits → municipality code.
    public let municipalities: [String: String]
    /// The PC4 area codes.
    public let codes: [String]

    /// From every area: a PC4 area's municipality is the first `gemeente` up its parents.
    public init(areas: [AreaRecord]) {
        let byCode = Dictionary(areas.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [String: String] = [:]
        var codes: [String] = []
        for area in areas where area.kind == .pc4 {
            guard let postcode = Postcode(String(area.code.dropFirst(4))), area.code.hasPrefix("PC4-") else { continue }
            var parent = area.parentCode
            var steps = 0
            while let code = parent, let up = byCode[code], up.kind != .gemeente, steps < 10 {
                parent = up.parentCode
                steps += 1
            }
            if let code = parent, byCode[code]?.kind == .gemeente {
                result[postcode.digits] = code
                codes.append(area.code)
            }
        }
        municipalities = result
        self.codes = codes
    }

    /// Four digits → the middle of the PC4 area's outline.
    public func centres(_ outlines: [String: GeoBoundary]) -> [String: GeoCoordinate] {
        var result: [String: GeoCoordinate] = [:]
        for (code, outline) in outlines where code.hasPrefix("PC4-") {
            if let centre = outline.centre { result[String(code.dropFirst(4))] = centre }
        }
        return result
    }
}
