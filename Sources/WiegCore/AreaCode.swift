import Foundation

/// The kinds of area Wieg knows. Every area has exactly one code, used in URLs, the
/// API and imports: `NL`, provinces `PV20`–`PV31` (CBS), municipalities `GMxxxx`,
/// neighbourhoods `WKxxxxxx`, postcode-4 areas `PC4-7942`, regions by a short slug.
public enum AreaKind: String, CaseIterable, Codable, Sendable, Comparable {
    case land, provincie, regio, gemeente, wijk, pc4

    /// Ordered from large to small, for sorting lists.
    public static func < (lhs: AreaKind, rhs: AreaKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The kind an area of this kind must have as its parent, if any.
    /// Regions have no parent: they are a named set of municipalities.
    public var parentKind: AreaKind? {
        switch self {
        case .land, .regio: nil
        case .provincie: .land
        case .gemeente: .provincie
        case .wijk, .pc4: .gemeente
        }
    }

    public var dutchName: String {
        switch self {
        case .land: "land"
        case .provincie: "provincie"
        case .regio: "regio"
        case .gemeente: "gemeente"
        case .wijk: "wijk"
        case .pc4: "postcodegebied (PC4)"
        }
    }

    public var englishName: String {
        switch self {
        case .land: "country"
        case .provincie: "province"
        case .regio: "region"
        case .gemeente: "municipality"
        case .wijk: "neighbourhood"
        case .pc4: "postcode area (PC4)"
        }
    }
}

public enum AreaCode {
    /// The kind a code denotes, or nil when the code is malformed.
    public static func kind(of code: String) -> AreaKind? {
        let c = Array(code.utf8)
        func digits(_ from: Int) -> Bool { c[from...].allSatisfy { $0 >= 48 && $0 <= 57 } }
        if code == "NL" { return .land }
        if c.count == 4, code.hasPrefix("PV"), digits(2), let n = Int(code.dropFirst(2)), (20...31).contains(n) {
            return .provincie
        }
        if c.count == 6, code.hasPrefix("GM"), digits(2) { return .gemeente }
        if c.count == 8, code.hasPrefix("WK"), digits(2) { return .wijk }
        if c.count == 8, code.hasPrefix("PC4-"), digits(4), let n = Int(code.dropFirst(4)), n >= 1000 {
            return .pc4
        }
        if isRegionSlug(code) { return .regio }
        return nil
    }

    /// A region slug: 2–40 characters of lowercase a–z, digits and hyphens, starting
    /// with a letter. Lowercase keeps slugs apart from every CBS-style code.
    public static func isRegionSlug(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard (2...40).contains(u.count), let first = u.first, first >= 97, first <= 122 else { return false }
        guard u.last != 45 else { return false }
        return u.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// A code as other sources write it, in Wieg's form: surrounding spaces removed, CBS
    /// codes in capitals (`gm0119` → `GM0119`), a bare four-digit postcode as PC4
    /// (`7942` → `PC4-7942`, as PDOK's postcode maps give it). Region slugs stay as they are.
    public static func normalised(_ raw: String) -> String {
        let code = raw.trimmingCharacters(in: .whitespaces)
        if code.count == 4, let n = Int(code), n >= 1000 { return pc4(n) }
        let upper = code.uppercased()
        if kind(of: upper).map({ $0 != .regio }) == true { return upper }
        return code
    }

    /// The PC4 code for a four-digit postcode number, e.g. 7942 → `PC4-7942`.
    public static func pc4(_ number: Int) -> String { "PC4-\(number)" }
}
