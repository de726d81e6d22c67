import Foundation

/// "Klopt er iets niet?": what a visitor says is wrong on a service or organisation page,
/// for the people who keep that organisation's entries. It holds what was written and,
/// only if the visitor wants an answer, an e-mail address (removed when the report closes).
public struct ErrorReport: Sendable, Equatable, Identifiable {
    public enum Subject: Sendable, Equatable {
        case service(UUID)
        case organisation(UUID)

        public var kind: String {
            switch self {
            case .service: "aanbod"
            case .organisation: "organisatie"
            }
        }

        public var id: UUID {
            switch self {
            case .service(let id), .organisation(let id): id
            }
        }
    }

    public var id: UUID
    public var subject: Subject
    /// The organisation whose entries it is about (the service's organisation).
    public var organisationID: UUID
    public var text: String
    public var replyEmail: String?
    public var createdAt: Date
    public var closedAt: Date?
    public var closingNote: String?

    public init(
        id: UUID = UUID(), subject: Subject, organisationID: UUID, text: String, replyEmail: String?, createdAt: Date,
        closedAt: Date? = nil, closingNote: String? = nil
    ) {
        self.id = id
        self.subject = subject
        self.organisationID = organisationID
        self.text = text
        self.replyEmail = replyEmail
        self.createdAt = createdAt
        self.closedAt = closedAt
        self.closingNote = closingNote
    }

    public var isOpen: Bool { closedAt == nil }
}

/// The checks of the report form and of closing one.
public enum ErrorReportForm {
    public static let maxText = 1_000

    /// `wat` (required) and `email` (optional).
    public static func check(fields: [String: String]) -> FormCheck<ReportText> {
        var reader = FormReader(fields)
        let text = reader.text("wat", label: "De beschrijving van wat er niet klopt", required: true, limit: maxText)
        let email = (fields["email"] ?? "").trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, !NetworkFields.isEmail(email) || email.count > Limits.name {
            reader.issue("email", "Het e-mailadres klopt niet; laat het leeg als je geen antwoord wilt.")
        }
        if let finding = PersonalDataGuard.finding(in: text) {
            reader.issue(
                "wat",
                finding == .bsn
                    ? "Dit lijkt een burgerservicenummer (BSN). Schrijf alleen wat er niet klopt aan de hulp of de organisatie, nooit gegevens van jezelf of een ander."
                    : "Dit lijkt een geboortedatum. Schrijf alleen wat er niet klopt aan de hulp of de organisatie, nooit gegevens van jezelf of een ander."
            )
        }
        let issues = reader.issues
        return FormCheck(record: issues.isEmpty ? ReportText(text: text, replyEmail: email.isEmpty ? nil : email) : nil, issues: issues)
    }

    /// `notitie` (required): what the editor did.
    public static func closing(fields: [String: String]) -> FormCheck<String> {
        var reader = FormReader(fields)
        let note = reader.text("notitie", label: "De notitie", required: true, limit: maxText)
        if let finding = PersonalDataGuard.finding(in: note) {
            reader.issue("notitie", PersonalDataGuard.message(finding, label: "De notitie"))
        }
        return FormCheck(record: reader.issues.isEmpty ? note : nil, issues: reader.issues)
    }
}

/// What a visitor wrote, checked.
public struct ReportText: Sendable, Equatable {
    public var text: String
    public var replyEmail: String?
}
