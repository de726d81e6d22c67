/// The one HTML escaping helper: text and attribute values alike. `&`, `<`, `>`, `"` and
/// `'` become references, so a value can neither open a tag nor leave a quoted attribute.
/// Plot does not escape attribute values, so every attribute Wieg writes goes through here
/// (`H.attr`, `H.void`, the SVG writer, the fast text table).
public enum HTMLEscape {
    @inline(__always)
    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39
    }

    public static func append(_ text: String, to output: inout String) {
        guard text.utf8.contains(where: needsEscaping) else {
            output += text
            return
        }
        for c in text.unicodeScalars {
            switch c {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(c)
            }
        }
    }

    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        append(text, to: &result)
        return result
    }
}
