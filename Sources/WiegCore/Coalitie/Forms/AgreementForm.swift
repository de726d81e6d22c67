import Foundation

/// The cooperation agreement form: parties and zorgpaden are ids, one per line or separated
/// by commas; an agreement needs at least two distinct parties (as `Agreement` requires);
/// the date is dd-mm-jjjj, the link a full web address. Problems name the field.
public enum AgreementForm {
    public enum Field: String, CaseIterable, Sendable {
        case titel, niveau, partijen, datum, link, zorgpaden
    }

    public static func check(
        fields: [String: String], id: UUID, knownOrganisations: Set<UUID>, knownZorgpaden: Set<UUID>,
        calendar: Calendar = .dutch
    ) -> FormCheck<Agreement> {
        var form = FormReader(fields)
        let title = form.text(Field.titel.rawValue, label: "De titel", required: true, limit: Limits.name)
        let level = form.choice(Field.niveau.rawValue, label: "het niveau", fallback: nil as AgreementLevel?) {
            [$0.rawValue, $0.dutchName]
        }
        let parties = form.ids(Field.partijen.rawValue, known: knownOrganisations, noun: "organisatie")
        if parties.count < 2 && !form.issues.contains(where: { $0.column == Field.partijen.rawValue }) {
            let found = parties.isEmpty ? "geen partij" : "één partij"
            form.issue(
                Field.partijen.rawValue,
                "Een samenwerkingsafspraak heeft ten minste twee verschillende organisaties als partij; nu is er \(found).")
        }
        var date: Date?
        let dateText = form.value(Field.datum.rawValue)
        if !dateText.isEmpty {
            switch NetworkDates.parse(dateText, calendar: calendar) {
            case .success(let day): date = day
            case .failure(.nonexistent): form.issue(Field.datum.rawValue, "De datum '\(dateText.prefix(20))' bestaat niet.")
            case .failure(.format):
                form.issue(Field.datum.rawValue, "'\(dateText.prefix(20))' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-03-2024.")
            }
        }
        let link = form.value(Field.link.rawValue)
        if !link.isEmpty && !NetworkFields.isWebsite(link) {
            form.issue(Field.link.rawValue, "'\(link.prefix(40))' is geen volledig webadres; begin met https://.")
        }
        let zorgpaden = form.ids(Field.zorgpaden.rawValue, known: knownZorgpaden, noun: "zorgpad")
        guard form.issues.isEmpty, let level else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: Agreement(
                id: id, title: title, level: level, partyIDs: parties, date: date,
                link: link.isEmpty ? nil : link, zorgpadIDs: zorgpaden), issues: [])
    }

    public static func fields(_ a: Agreement, calendar: Calendar = .dutch) -> [String: String] {
        [
            Field.titel.rawValue: a.title, Field.niveau.rawValue: a.level.rawValue,
            Field.partijen.rawValue: a.partyIDs.map(\.uuidString).joined(separator: "\n"),
            Field.datum.rawValue: a.date.map { NetworkDates.format($0, calendar: calendar) } ?? "", Field.link.rawValue: a.link ?? "",
            Field.zorgpaden.rawValue: a.zorgpadIDs.map(\.uuidString).joined(separator: "\n")
        ]
    }
}
