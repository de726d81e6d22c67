import Foundation

/// The governance body form: members one per line (or separated by `;`, since a role may
/// hold a comma: "wethouder, gemeente Venlo"), meetings as dd-mm-jjjj separated by commas,
/// spaces or lines. Problems name the field.
public enum GovernanceBodyForm {
    public enum Field: String, CaseIterable, Sendable {
        case soort, naam, leden
        case vergaderingenPerJaar = "vergaderingen-per-jaar"
        case vergaderingen
    }

    /// The most meetings per year the form accepts (weekly).
    public static let maximumMeetingsPerYear = 52

    public static func check(fields: [String: String], id: UUID, calendar: Calendar = .dutch) -> FormCheck<GovernanceBody> {
        var form = FormReader(fields)
        let kind = form.choice(Field.soort.rawValue, label: "de soort overleg", fallback: nil as GovernanceBodyKind?) {
            [$0.rawValue, $0.dutchName]
        }
        let name = form.text(Field.naam.rawValue, label: "De naam", required: true, limit: Limits.name)
        let members = form.items(Field.leden.rawValue, commas: false)
        for member in members where member.count > Limits.name {
            form.issue(Field.leden.rawValue, "Lid '\(member.prefix(40))…' is te lang (hoogstens \(Limits.name) tekens).")
        }
        let countText = form.value(Field.vergaderingenPerJaar.rawValue)
        var required = 0
        if !countText.isEmpty {
            if let count = Int(countText), (0...maximumMeetingsPerYear).contains(count) {
                required = count
            } else {
                form.issue(
                    Field.vergaderingenPerJaar.rawValue,
                    "'\(countText.prefix(20))' is geen aantal vergaderingen per jaar; vul een heel getal van 0 tot en met \(maximumMeetingsPerYear) in."
                )
            }
        }
        var meetings: [Date] = []
        let dates = form.value(Field.vergaderingen.rawValue).split { $0.isWhitespace || $0 == "," || $0 == ";" }
        for text in dates.map(String.init) {
            switch NetworkDates.parse(text, calendar: calendar) {
            case .success(let date): if !meetings.contains(date) { meetings.append(date) }
            case .failure(.nonexistent): form.issue(Field.vergaderingen.rawValue, "De datum '\(text.prefix(20))' bestaat niet.")
            case .failure(.format):
                form.issue(Field.vergaderingen.rawValue, "'\(text.prefix(20))' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-03-2024.")
            }
        }
        guard form.issues.isEmpty, let kind else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: GovernanceBody(
                id: id, kind: kind, name: name, members: members,
                requiredMeetingsPerYear: required, meetings: meetings.sorted()),
            issues: [])
    }

    public static func fields(_ b: GovernanceBody, calendar: Calendar = .dutch) -> [String: String] {
        [
            Field.soort.rawValue: b.kind.rawValue, Field.naam.rawValue: b.name, Field.leden.rawValue: b.members.joined(separator: "\n"),
            Field.vergaderingenPerJaar.rawValue: String(b.requiredMeetingsPerYear),
            Field.vergaderingen.rawValue: b.meetings.sorted().map { NetworkDates.format($0, calendar: calendar) }.joined(separator: ", ")
        ]
    }
}
