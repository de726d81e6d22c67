import Foundation

/// A redirect target that stays on this site: a plain local path. Anything else
/// (another origin, a scheme, a header break) is refused, so callers fall back to `/`.
///
/// The check runs on the percent-decoded text, so `%0D%0A`, `%09` and `%2F%2F` are seen
/// for what they are: one leading `/`, no `//` anywhere at the start, no `\`, no control
/// or whitespace characters, at most 500 characters.
public enum LocalPath {
    public static let maximumLength = 500

    /// The target if it is a plain local path, otherwise nil.
    public static func safe(_ target: String?) -> String? {
        guard let target, !target.isEmpty, target.utf8.count <= maximumLength else { return nil }
        // Decode repeatedly, so a twice-encoded break (%250D) is seen too.
        var decoded = target
        for _ in 0..<3 {
            guard let next = decoded.removingPercentEncoding else { return nil }
            if next == decoded { break }
            decoded = next
        }
        for text in [target, decoded] where !isPlain(text) { return nil }
        return target
    }

    static func isPlain(_ text: String) -> Bool {
        guard text.hasPrefix("/"), !text.hasPrefix("//") else { return false }
        for scalar in text.unicodeScalars {
            if scalar == "\\" { return false }
            if scalar.value < 0x20 || scalar.value == 0x7F { return false }
            if scalar.properties.isWhitespace { return false }
            if (0x80...0x9F).contains(scalar.value) { return false }
            // Bidi and other format controls have no place in a path either.
            if scalar.properties.generalCategory == .format { return false }
        }
        return true
    }

    /// True if a header value carries a line break (or NUL) that would split the header.
    public static func breaksHeader(_ value: String) -> Bool {
        value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }
}
