import Foundation

/// The value rules of the social-map files, shared by import and export. Each check is
/// pure; the Dutch messages live in `NetworkRowReader`.
public enum NetworkFields {
    /// `1234 AB`, `1234AB` or `1234 ab` → `1234 AB`; nil when it is no Dutch postcode.
    static func postcode(_ text: String) -> String? {
        let compact = text.filter { $0 != " " }.uppercased()
        let chars = Array(compact)
        guard chars.count == 6, chars[0] != "0",
            chars[0..<4].allSatisfy({ $0.isASCII && $0.isNumber }),
            chars[4...].allSatisfy({ ("A"..."Z").contains($0) })
        else { return nil }
        return String(chars[0..<4]) + " " + String(chars[4...])
    }

    /// Digits, spaces, dashes and a leading `+`: 10 digits starting with 0, +31 (or 0031)
    /// and 9 digits, 0800/090x numbers, municipal 14-numbers, or another country's +number.
    static func isPhone(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 30 else { return false }
        var digits = ""
        for (i, c) in text.enumerated() {
            if c.isASCII, c.isNumber {
                digits.append(c)
            } else if c == " " || c == "-" || (c == "+" && i == 0) {
                continue
            } else {
                return false
            }
        }
        if text.hasPrefix("+") {
            return digits.hasPrefix("31") ? digits.count == 11 && !digits.dropFirst(2).hasPrefix("0") : (8...15).contains(digits.count)
        }
        if digits.hasPrefix("0031") { return digits.count == 13 && !digits.dropFirst(4).hasPrefix("0") }
        if ["0800", "0900", "0906", "0909"].contains(where: digits.hasPrefix) { return (8...11).contains(digits.count) }
        if digits.hasPrefix("14") { return (5...6).contains(digits.count) }
        return digits.hasPrefix("0") && digits.count == 10
    }

    /// `local@domain.tld`, without spaces, with a top-level domain of two or more letters.
    public static func isEmail(_ text: String) -> Bool {
        guard text.count <= 254 else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...64).contains(parts[0].count), !parts[0].hasPrefix("."), !parts[0].hasSuffix("."),
            parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "!#$%&'*+/=?^_`{|}~.-".contains($0)) })
        else { return false }
        return isHost(parts[1])
    }

    /// A full `http://` or `https://` address with a host name such as www.voorbeeld.nl,
    /// written with the characters a URL allows (RFC 3986: no quotes, angle brackets,
    /// backslashes, spaces or control characters), so it can never leave an `href`.
    public static func isWebsite(_ text: String) -> Bool {
        guard text.utf8.count <= 2000, text.unicodeScalars.allSatisfy(isURLCharacter) else { return false }
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return false }
        let rest = text.dropFirst(scheme.count)
        var host = rest.prefix { !"/?#".contains($0) }
        if let colon = host.lastIndex(of: ":") {
            let port = host[host.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            host = host[..<colon]
        }
        return isHost(host)
    }

    static func isURLCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        case "-", ".", "_", "~", ":", "/", "?", "#", "[", "]", "@", "!", "$", "&", "(", ")", "*", "+", ",", ";", "=", "%": return true
        default: return c.value > 0x9F && (c.properties.isAlphabetic || c.properties.numericType != nil)
        }
    }

    /// Dot-separated labels of letters, digits and dashes, ending in a top-level domain of letters.
    private static func isHost(_ host: Substring) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, host.count <= 253, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    /// `GM` and four digits (any case in, upper case out); nil otherwise.
    static func municipalityCode(_ text: String) -> String? {
        let code = text.uppercased()
        guard code.count == 6, code.hasPrefix("GM"), code.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return code
    }

    /// Values of a list cell, separated by `|` (or `,`), trimmed; empties and repeats dropped.
    static func list(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == "|" || $0 == "," })
            .map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// An enum value by its code, Dutch or English name, in any case.
    static func choice<T: CaseIterable>(_ text: String, names: (T) -> [String]) -> T? {
        let key = text.lowercased()
        return T.allCases.first { names($0).contains { $0.lowercased() == key } }
    }

    /// `ja`/`nee` (also true/false, yes/no, 1/0); empty is false; nil when unrecognised.
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "ja", "true", "1", "yes": true
        case "nee", "false", "0", "no", "": false
        default: nil
        }
    }
}
