import Foundation

/// A meeting a governance body held, as entered: the day and an optional note for the
/// person entering it (the body keeps only the day).
public struct HeldMeeting: Sendable, Equatable {
    public var date: Date
    public var note: String?

    public init(date: Date, note: String? = nil) {
        self.date = date
        self.note = note
    }

    /// The body with this meeting added (once), meetings in date order.
    public func applied(to body: GovernanceBody) -> GovernanceBody {
        var body = body
        if !body.meetings.contains(date) { body.meetings.append(date) }
        body.meetings.sort()
        return body
    }
}

/// The form for a meeting a governance body held: the date (jjjj-mm-dd, also dd-mm-jjjj),
/// not after `today`, not a day the body already met, and an optional note. Problems
/// name the field.
public enum MeetingForm {
    public enum Field: String, CaseIterable, Sendable {
        case datum, notitie
    }

    public static func check(
        fields: [String: String], body: GovernanceBody? = nil, today: Date,
        calendar: Calendar = .dutch
    ) -> FormCheck<HeldMeeting> {
        var form = FormReader(fields)
        var date: Date?
        let text = form.value(Field.datum.rawValue)
        if text.isEmpty {
            form.issue(Field.datum.rawValue, "Vul de datum van de vergadering in.")
        } else if let day = form.date(Field.datum.rawValue, calendar: calendar) {
            if day > calendar.startOfDay(for: today) {
                form.issue(
                    Field.datum.rawValue,
                    "\(format(day, calendar: calendar)) ligt in de toekomst; vul alleen een vergadering in die al is gehouden.")
            } else if let body, body.meetings.contains(where: { calendar.isDate($0, inSameDayAs: day) }) {
                form.issue(Field.datum.rawValue, "\(body.name) heeft op \(format(day, calendar: calendar)) al een vergadering.")
            } else {
                date = day
            }
        }
        let note = form.text(Field.notitie.rawValue, label: "De notitie", limit: Limits.short)
        form.guardPersonalData(Field.notitie.rawValue, label: "De notitie")
        guard form.issues.isEmpty, let date else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(record: HeldMeeting(date: date, note: note.isEmpty ? nil : note), issues: [])
    }

    public static func fields(_ m: HeldMeeting, calendar: Calendar = .dutch) -> [String: String] {
        [Field.datum.rawValue: format(m.date, calendar: calendar), Field.notitie.rawValue: m.note ?? ""]
    }

    /// jjjj-mm-dd.
    public static func format(_ date: Date, calendar: Calendar = .dutch) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
    }
}
