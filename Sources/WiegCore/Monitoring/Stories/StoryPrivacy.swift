import Foundation

/// The boundary of *tellen en vertellen*: a story never identifies a client. This finds
/// what would: a number that could be a BSN (nine digits that pass the elfproef, also
/// written as `1234.56.789` or `123 456 789`), a full date (dd-mm-jjjj, dd/mm/jjjj,
/// dd.mm.jjjj) or the words "geboren op" / "geboortedatum", an e-mail address, and a Dutch
/// phone number (`06-12345678`, `0522 123456`, `+31 6 12345678`, `(0522) 123456`).
/// It errs on the safe side: a meeting date written in full is rejected as well, and
/// the message says to write month and year only.
public enum StoryPrivacy {
    public enum Finding: String, Sendable, CaseIterable, Equatable {
        case bsn, birthDate, email, phone

        /// Why the text is refused, in Dutch; completes "De tekst …".
        public var dutchReason: String {
            switch self {
            case .bsn:
                "bevat een nummer van negen cijfers dat een burgerservicenummer (BSN) kan zijn (het voldoet aan de elfproef). Laat het weg"
            case .birthDate:
                "bevat een volledige datum of 'geboren op': dat kan een geboortedatum zijn. Noem hoogstens maand en jaar"
            case .email:
                "bevat een e-mailadres. Laat het weg; noem alleen de organisatie"
            case .phone:
                "bevat een telefoonnummer. Laat het weg; noem alleen de organisatie"
            }
        }
    }

    /// What in `text` could identify a person, each kind once, in `Finding.allCases` order.
    public static func findings(in text: String) -> [Finding] {
        var found: Set<Finding> = []
        if matches(bsnPattern, text).contains(where: { passesElfproef($0.filter(\.isNumber)) }) { found.insert(.bsn) }
        if !matches(datePattern, text).isEmpty || !matches(birthWordsPattern, text).isEmpty { found.insert(.birthDate) }
        if !matches(emailPattern, text).isEmpty { found.insert(.email) }
        if !matches(phonePattern, text).isEmpty { found.insert(.phone) }
        return Finding.allCases.filter(found.contains)
    }

    /// The elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros).
    public static func passesElfproef(_ digits: String) -> Bool {
        let d = digits.compactMap(\.wholeNumberValue)
        guard d.count == 9, digits.count == 9, d.contains(where: { $0 != 0 }) else { return false }
        let sum = (0..<8).reduce(0) { $0 + (9 - $1) * d[$1] } - d[8]
        return sum % 11 == 0
    }

    // Nine digits as such, 4-2-3 (the usual BSN notation), 3-3-3 with spaces or dashes
    // (not dots: that is an amount), or 3-2-2-2; never part of a longer number.
    static let bsnPattern = regex(
        #"(?<![\d.,])(\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ \-]\d{3}[ \-]\d{3}|\d{3}[ .]\d{2}[ .]\d{2}[ .]\d{2})(?![\d]|[.,]\d)"#)
    static let datePattern = regex(#"(?<!\d)(0?[1-9]|[12]\d|3[01])([-/.])(0?[1-9]|1[0-2])\2(1[89]|20)\d{2}(?!\d)"#)
    static let birthWordsPattern = regex(#"\bgeboren\s+op\b|\bgeboortedatum\b|\bgeb\.\s*\d"#, caseInsensitive: true)
    static let emailPattern = regex(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"#)
    // 0 or +31 / 0031 (optionally "(0)"), then a national number of nine digits that
    // does not start with 0, with at most two separators between digits.
    static let phonePattern = regex(#"(?<![\w+])(?:(?:\+|00)31[ .\-]{0,2}(?:\(0\)[ .\-]{0,2})?|\(?0)[1-9](?:[ .\-()]{0,2}\d){8}(?!\d)"#)

    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        // The patterns are constants: a failure here is a programming error caught by the tests.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    static func matches(_ regex: NSRegularExpression, _ text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
