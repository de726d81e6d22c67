import Foundation

/// A coalition's answer on taking part in the RIVM monitoring Kansrijke Start in one year
/// (minimum requirement 9); `participates` nil = not known.
public struct MonitoringAnswer: Sendable, Equatable {
    public var year: Int
    public var participates: Bool?

    public init(year: Int, participates: Bool?) {
        self.year = year
        self.participates = participates
    }

    /// The coalition with this answer recorded; "onbekend" removes the year's answer.
    public func applied(to coalition: CoalitionRecord) -> CoalitionRecord {
        var coalition = coalition
        if let participates {
            coalition.monitoringParticipation[year] = .some(participates)
        } else {
            coalition.monitoringParticipation[year] = nil
        }
        return coalition
    }
}

/// The monitoring form: a year and ja / nee / onbekend. Problems name the field.
public enum MonitoringForm {
    public enum Field: String, CaseIterable, Sendable {
        case jaar, deelname
    }

    public static func check(fields: [String: String]) -> FormCheck<MonitoringAnswer> {
        var form = FormReader(fields)
        let year = form.year(Field.jaar.rawValue, label: "het jaar")
        var participates: Bool??
        switch form.value(Field.deelname.rawValue).lowercased() {
        case "ja": participates = .some(true)
        case "nee": participates = .some(false)
        case "onbekend", "": participates = .some(nil)
        case let other:
            form.issue(
                Field.deelname.rawValue,
                "'\(other.prefix(20))' is geen antwoord over deelname aan de RIVM-monitoring; kies ja, nee of onbekend.")
        }
        guard form.issues.isEmpty, let year, let participates else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(record: MonitoringAnswer(year: year, participates: participates), issues: [])
    }

    public static func fields(_ a: MonitoringAnswer) -> [String: String] {
        [Field.jaar.rawValue: String(a.year), Field.deelname.rawValue: a.participates.map { $0 ? "ja" : "nee" } ?? "onbekend"]
    }
}
