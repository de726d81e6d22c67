import Foundation

/// Keeps client data out of the coalition's free-text fields: the product holds no
/// data that identifies a parent or child (no BSN, no birth dates). A field that looks
/// like it holds one is refused with a Dutch message naming the field.
public enum PersonalDataGuard {
    /// What a text seems to hold.
    public enum Finding: Sendable, Equatable {
        case bsn, birthDate
    }

    /// The first client identifier the text seems to hold, or nil.
    /// - BSN: nine digits in a row, or grouped as 1234.56.789, 123 456 789 or 123-45-6789.
    /// - Birth date: a date next to a word such as "geboren", "geb." or "geboortedatum";
    ///   with `anyDate` every date counts (for fields that should never hold one, like a role).
    public static func finding(in text: String, anyDate: Bool = false) -> Finding? {
        if containsBSN(text) { return .bsn }
        guard containsDate(text) else { return nil }
        if anyDate { return .birthDate }
        let folded = DutchText.fold(text)
        return birthWords.contains(where: folded.contains) ? .birthDate : nil
    }

    /// The Dutch message for a finding in the field `label` ("De rol").
    public static func message(_ finding: Finding, label: String) -> String {
        let what = finding == .bsn ? "een burgerservicenummer (BSN)" : "een geboortedatum"
        return "\(label) lijkt \(what) te bevatten; vul alleen professionele contactgegevens in, nooit gegevens van ouders of kinderen."
    }

    static let birthWords = ["geboren", "geb.", "geboortedatum", "geboortedag", "geb datum", "verjaardag"]

    /// Digit groups joined by single separators (`.`, space, `-`); any run of consecutive
    /// groups shaped like a BSN counts.
    static func containsBSN(_ text: String) -> Bool {
        let shapes: Set<[Int]> = [[9], [4, 2, 3], [3, 3, 3], [3, 2, 4]]
        var chains: [[Int]] = [[]]
        var digits = 0
        var pendingSeparator = false
        func closeGroup() {
            if digits > 0 {
                chains[chains.count - 1].append(digits)
                digits = 0
            }
        }
        for character in text {
            if character.isASCII && character.isNumber {
                if pendingSeparator { pendingSeparator = false }
                digits += 1
            } else if (character == "." || character == " " || character == "-") && digits > 0 && !pendingSeparator {
                closeGroup()
                pendingSeparator = true
            } else {
                closeGroup()
                pendingSeparator = false
                chains.append([])
            }
        }
        closeGroup()
        for chain in chains where !chain.isEmpty {
            for start in chain.indices {
                for end in start..<min(chain.count, start + 3) where shapes.contains(Array(chain[start...end])) {
                    return true
                }
            }
        }
        return false
    }

    /// A day with month and year: 14-03-1990, 14/3/90, 1990-03-14, 14 maart 1990.
    static func containsDate(_ text: String) -> Bool {
        let months =
            "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
        let patterns = [
            #"(?<![0-9])[0-9]{1,2}[-/.][0-9]{1,2}[-/.]([0-9]{4}|[0-9]{2})(?![0-9])"#,
            #"(?<![0-9])[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])"#,
            #"(?<![0-9])[0-9]{1,2}\s+("# + months + #")\.?\s+[0-9]{4}(?![0-9])"#
        ]
        let range = NSRange(text.startIndex..., in: text)
        return patterns.contains { pattern in
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return false }
            return regex.firstMatch(in: text, range: range) != nil
        }
    }
}

extension FormReader {
    /// Refuses a value that looks like a BSN or a birth date (see `PersonalDataGuard`).
    mutating func guardPersonalData(_ field: String, label: String, anyDate: Bool = false) {
        if let finding = PersonalDataGuard.finding(in: value(field), anyDate: anyDate) {
            issue(field, PersonalDataGuard.message(finding, label: label))
        }
    }
}
