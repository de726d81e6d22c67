import Foundation

/// More shared readings for the coalition forms: years, yes/no, dates, lines of text,
/// decimals and whole numbers.
extension FormReader {
    /// A required year of 2000–2100; `label` reads "het eerste jaar".
    mutating func year(_ field: String, label: String) -> Int? {
        let text = value(field)
        guard !text.isEmpty else {
            issue(field, "Vul \(label) in.")
            return nil
        }
        guard let year = Int(text), QuarterText.years.contains(year) else {
            issue(
                field,
                "'\(text.prefix(20))' is geen jaar; vul een jaar van \(QuarterText.years.lowerBound) tot en met \(QuarterText.years.upperBound) in."
            )
            return nil
        }
        return year
    }

    /// A checkbox or yes/no answer: `ja`, `nee`, `on`, `true`, `false`, `1`, `0`; nil when empty
    /// or unreadable (the latter with an issue).
    mutating func yes(_ field: String, label: String) -> Bool? {
        let text = value(field).lowercased()
        if text.isEmpty { return nil }
        if ["ja", "on", "true", "1", "yes"].contains(text) { return true }
        if ["nee", "off", "false", "0", "no"].contains(text) { return false }
        issue(field, "'\(text.prefix(20))' is geen antwoord voor \(label); kies ja of nee.")
        return nil
    }

    /// A date as dd-mm-jjjj or jjjj-mm-dd; nil with an issue when it is not one.
    mutating func date(_ field: String, calendar: Calendar) -> Date? {
        let text = value(field)
        switch NetworkDates.parse(text, calendar: calendar) {
        case .success(let day): return day
        case .failure(.nonexistent): issue(field, "De datum '\(text.prefix(20))' bestaat niet.")
        case .failure(.format):
            issue(field, "'\(text.prefix(20))' is geen datum; schrijf jjjj-mm-dd of dd-mm-jjjj, bijvoorbeeld 2024-03-14.")
        }
        return nil
    }

    /// Non-empty lines (a list written one per line); each at most `limit` characters.
    /// `noun` names one line in a message ("Ambitie").
    mutating func lines(_ field: String, noun: String, limit: Int = Limits.description) -> [String] {
        let lines = value(field).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.count > Limits.listItems {
            issue(field, "Deze lijst heeft \(lines.count) regels; hoogstens \(Limits.listItems).")
        }
        for (index, line) in lines.enumerated() where line.count > limit {
            issue(field, "\(noun) \(index + 1) is te lang (hoogstens \(limit) tekens, nu \(line.count)).")
        }
        return lines
    }

    /// An optional decimal with a comma or point and at most two decimals, in hundredths
    /// ("0,44" → 44, "1" → 100, ".5" → 50). nil when empty; `badMessage` when unreadable.
    mutating func hundredths(_ field: String, badMessage: String) -> Int? {
        let text = value(field)
        guard !text.isEmpty else { return nil }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count <= 2, !(whole.isEmpty && fraction.isEmpty), whole.count <= 6, fraction.count <= 2,
            (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }), !(parts.count == 2 && fraction.isEmpty)
        else {
            issue(field, badMessage)
            return nil
        }
        return (Int(whole) ?? 0) * 100 + (Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
    }

    /// An optional whole number; `badMessage` when it is no number or outside `range`.
    mutating func number(_ field: String, in range: ClosedRange<Int>, badMessage: String) -> Int? {
        let text = value(field)
        guard !text.isEmpty else { return nil }
        guard let number = Int(text), range.contains(number) else {
            issue(field, badMessage)
            return nil
        }
        return number
    }
}
