import Foundation

/// The date formats of HSDS: dates "YYYY-MM-DD" (read in Europe/Amsterdam) and
/// date-times in ISO 8601, written in UTC with milliseconds. Timestamps round-trip at
/// millisecond precision. Also Wieg's own JSON writes days this way.
public enum HSDSDates {
    /// "YYYY-MM-DD" in Amsterdam (without `String(format:)`, which showed in search profiles).
    public static func day(_ date: Date) -> String {
        let c = Calendar.dutch.dateComponents([.year, .month, .day], from: date)
        func padded(_ n: Int?, _ width: Int) -> String {
            let digits = String(n ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(c.year, 4))-\(padded(c.month, 2))-\(padded(c.day, 2))"
    }

    /// Midnight in Amsterdam of a "YYYY-MM-DD" date; nil unless the text is a real date.
    public static func parseDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        let components = DateComponents(year: y, month: m, day: d)
        guard components.isValidDate(in: .dutch) else { return nil }
        return Calendar.dutch.date(from: components)
    }

    static func timestamp(_ date: Date) -> String {
        // Clamped so that no Date, however odd, can trap the conversion to Int64.
        let ms = Int64(min(max((date.timeIntervalSince1970 * 1000).rounded(), -1e17), 1e17).nanToZero)
        let seconds = ms.quotientAndRemainder(dividingBy: 1000)
        let (whole, fraction) = seconds.remainder < 0 ? (seconds.quotient - 1, seconds.remainder + 1000) : seconds
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .gmt
        let c = utc.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: Date(timeIntervalSince1970: TimeInterval(whole)))
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
            c.hour ?? 0, c.minute ?? 0, c.second ?? 0, Int(fraction))
    }

    /// An ISO 8601 date-time with or without fractional seconds, rounded to milliseconds.
    public static func parseTimestamp(_ text: String) -> Date? {
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        // The format styles and the formatter each accept some RFC 3339 spellings the
        // other refuses (one-digit fractions with an offset): try both.
        let date =
            (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
            ?? fractional.date(from: text) ?? ISO8601DateFormatter().date(from: text)
        return date.map(millisecond)
    }

    static func millisecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}

extension Double {
    fileprivate var nanToZero: Double { isNaN ? 0 : self }
}
