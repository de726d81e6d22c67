/// Numbers as Dutch spreadsheets write them: a decimal comma or point, thousands
/// grouped with a point or a space. Each parse gives the value or a Dutch message.
public enum DutchNumber {
    /// A whole count ≥ 0: `1598`, `1.598`, `1 598`. `12,5` is refused (not whole).
    /// A count above `Limits.count` (more than everyone in the country) is refused.
    static func bounded(_ n: Int, _ text: String) -> Result<Int, Message> {
        n > Limits.count
            ? .failure(Message("Een aantal is hoogstens \(grouped(Limits.count)); '\(text.prefix(30))' is te groot."))
            : .success(n)
    }

    /// 100000000 as 100.000.000.
    public static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var out: [Character] = []
        while digits.count > 3 {
            out = ["."] + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return String(digits + out)
    }

    public static func count(_ raw: String) -> Result<Int, Message> {
        let text = raw.trimmingWhitespace
        guard !text.isEmpty else { return .failure(Message("Vul een aantal in.")) }
        if text.hasPrefix("-") { return .failure(Message("Een aantal kan niet negatief zijn: '\(text)'.")) }
        let digitsOnly = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        if digitsOnly, let n = Int(text) { return bounded(n, text) }
        // Thousands grouped by a point or a space: 1.598 or 1 598 (exact groups of three).
        for separator in [".", " ", "\u{00A0}"] where text.contains(separator) {
            let groups = text.components(separatedBy: separator)
            if groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                groups.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
                let n = Int(groups.joined())
            {
                return bounded(n, text)
            }
        }
        if case .success = decimal(text) {
            return .failure(Message("Een aantal moet een geheel getal zijn, maar '\(text)' heeft decimalen."))
        }
        return .failure(Message("'\(text)' is geen getal."))
    }

    /// A decimal number: `130,8`, `130.8`, `1.234,5` or `1,234.5` (the last separator is
    /// the decimal one). Gives the value and the number of decimals written.
    public static func decimal(_ raw: String) -> Result<(value: Double, decimals: Int), Message> {
        var text = raw.trimmingWhitespace.replacingOccurrences(of: " ", with: "")
        guard !text.isEmpty else { return .failure(Message("Vul een getal in.")) }
        let comma = text.lastIndex(of: ",")
        let point = text.lastIndex(of: ".")
        var decimalSeparator: Character?
        switch (comma, point) {
        case (let c?, let p?): decimalSeparator = c > p ? "," : "."
        case (_?, nil): decimalSeparator = ","
        case (nil, _?): decimalSeparator = "."
        case (nil, nil): decimalSeparator = nil
        }
        if let separator = decimalSeparator {
            let other: Character = separator == "," ? "." : ","
            text.removeAll { $0 == other }
            guard text.filter({ $0 == separator }).count == 1 else {
                return .failure(Message("'\(raw.trimmingWhitespace)' is geen getal."))
            }
            text = text.replacingOccurrences(of: String(separator), with: ".")
        }
        let decimals = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        guard let value = Double(text), value.isFinite,
            text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "-" })
        else {
            return .failure(Message("'\(raw.trimmingWhitespace)' is geen getal."))
        }
        return .success((value, decimals))
    }

    public struct Message: Error, Equatable, Sendable {
        public let text: String
        public init(_ text: String) { self.text = text }
    }
}
