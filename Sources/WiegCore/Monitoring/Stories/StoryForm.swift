import Foundation

/// The story form of *tellen en vertellen*. Title (at most 120 characters), text (at most
/// 2,000) and organisation are required; the date is dd-mm-jjjj or jjjj-mm-dd, today when
/// empty, and may not lie after today. A story is attached to exactly one of: indicator,
/// aanbod, activity or coalition; the area is optional. Title and text may not identify a
/// client (`StoryPrivacy`). Problems name the field, in Dutch.
public enum StoryForm {
    public enum Field: String, CaseIterable, Sendable {
        case titel, tekst, organisatie, datum, indicator, aanbod, activiteit, coalitie, gebied
    }

    /// What the attachment and the area may refer to; nil means not checked.
    public struct Known: Sendable {
        public var indicators: Set<String>?
        public var services: Set<UUID>?
        public var activities: Set<UUID>?
        public var coalitions: Set<UUID>?
        public var areas: Set<String>?

        public init(
            indicators: Set<String>? = nil, services: Set<UUID>? = nil, activities: Set<UUID>? = nil,
            coalitions: Set<UUID>? = nil, areas: Set<String>? = nil
        ) {
            self.indicators = indicators
            self.services = services
            self.activities = activities
            self.coalitions = coalitions
            self.areas = areas
        }
    }

    public static func check(
        fields: [String: String], id: UUID, today: Date, calendar: Calendar = .dutch,
        known: Known = Known()
    ) -> FormCheck<Story> {
        var form = FormReader(fields)
        let title = form.text(Field.titel.rawValue, label: "De titel", required: true, limit: Story.titleLimit)
        let body = form.text(Field.tekst.rawValue, label: "De tekst", required: true, limit: Story.bodyLimit)
        let organisation = form.text(Field.organisatie.rawValue, label: "De organisatie", required: true, limit: Limits.name)
        for (field, label, text) in [(Field.titel, "De titel", title), (.tekst, "De tekst", body)] {
            for finding in StoryPrivacy.findings(in: text) {
                form.issue(field.rawValue, "\(label) \(finding.dutchReason): een verhaal mag geen cliënt herkenbaar maken.")
            }
        }
        let date = checkDate(&form, today: today, calendar: calendar)
        let attachment = checkAttachment(&form, known: known)

        let areaText = form.value(Field.gebied.rawValue)
        if !areaText.isEmpty {
            if AreaCode.kind(of: areaText) == nil {
                form.issue(Field.gebied.rawValue, "'\(areaText.prefix(40))' is geen gebiedscode; schrijf bijvoorbeeld GM0119 of PC4-7942.")
            } else if let areas = known.areas, !areas.contains(areaText) {
                form.issue(Field.gebied.rawValue, "Het gebied '\(areaText.prefix(40))' bestaat niet.")
            }
        }
        guard form.issues.isEmpty, let date, let attachment else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: Story(
                id: id, title: title, body: body, authorOrganisation: organisation, date: date,
                attachment: attachment, areaCode: areaText.isEmpty ? nil : areaText),
            issues: [])
    }

    /// The form's fields for an existing story.
    public static func fields(_ s: Story, calendar: Calendar = .dutch) -> [String: String] {
        var result = [
            Field.titel.rawValue: s.title, Field.tekst.rawValue: s.body, Field.organisatie.rawValue: s.authorOrganisation,
            Field.datum.rawValue: NetworkDates.format(s.date, calendar: calendar), Field.gebied.rawValue: s.areaCode ?? ""
        ]
        for field in [Field.indicator, .aanbod, .activiteit, .coalitie] { result[field.rawValue] = "" }
        result[s.attachment.field.rawValue] = s.attachment.value
        return result
    }

    static func checkDate(_ form: inout FormReader, today: Date, calendar: Calendar) -> Date? {
        let field = Field.datum.rawValue
        let text = form.value(field)
        let start = calendar.startOfDay(for: today)
        guard !text.isEmpty else { return start }
        switch NetworkDates.parse(text, calendar: calendar) {
        case .success(let date) where date > start:
            form.issue(field, "De datum \(NetworkDates.format(date, calendar: calendar)) ligt in de toekomst.")
        case .success(let date): return date
        case .failure(.nonexistent): form.issue(field, "De datum '\(text.prefix(20))' bestaat niet.")
        case .failure(.format): form.issue(field, "'\(text.prefix(20))' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-03-2024.")
        }
        return nil
    }

    /// Exactly one of the four fields; the one that is filled in must exist.
    static func checkAttachment(_ form: inout FormReader, known: Known) -> StoryAttachment? {
        let filled = [Field.indicator, .aanbod, .activiteit, .coalitie].filter { !form.value($0.rawValue).isEmpty }
        guard filled.count == 1, let field = filled.first else {
            form.issue(
                Field.indicator.rawValue,
                filled.isEmpty
                    ? "Koppel het verhaal aan een indicator, een aanbod, een activiteit of een coalitie."
                    : "Koppel het verhaal aan precies één indicator, aanbod, activiteit of coalitie (nu \(filled.count): \(filled.map(\.rawValue).joined(separator: ", ")))."
            )
            return nil
        }
        let text = form.value(field.rawValue)
        if field == .indicator {
            if let codes = known.indicators, !codes.contains(text) {
                form.issue(field.rawValue, "De indicator '\(text.prefix(40))' bestaat niet.")
                return nil
            }
            return .indicator(text)
        }
        let (noun, set): (String, Set<UUID>?) =
            switch field {
            case .aanbod: ("aanbod", known.services)
            case .activiteit: ("activiteit", known.activities)
            default: ("coalitie", known.coalitions)
            }
        guard let uuid = UUID(uuidString: text) else {
            form.issue(field.rawValue, "'\(text.prefix(40))' is geen geldige \(noun)-id.")
            return nil
        }
        if let set, !set.contains(uuid) {
            form.issue(field.rawValue, "\(noun == "aanbod" ? "Het" : "De") \(noun) '\(text.prefix(40))' bestaat niet.")
            return nil
        }
        switch field {
        case .aanbod: return .service(uuid)
        case .activiteit: return .activity(uuid)
        default: return .coalition(uuid)
        }
    }
}
