import Foundation

/// What a story is about: exactly one indicator, aanbod (service), activity or coalition.
public enum StoryAttachment: Codable, Sendable, Hashable {
    case indicator(String)
    case service(UUID)
    case activity(UUID)
    case coalition(UUID)

    /// The form field that holds this kind of attachment.
    public var field: StoryForm.Field {
        switch self {
        case .indicator: .indicator
        case .service: .aanbod
        case .activity: .activiteit
        case .coalition: .coalitie
        }
    }

    /// The indicator code or the id as text, as the form shows it.
    public var value: String {
        switch self {
        case .indicator(let code): code
        case .service(let id), .activity(let id), .coalition(let id): id.uuidString
        }
    }

    public var dutchName: String {
        switch self {
        case .indicator: "indicator"
        case .service: "aanbod"
        case .activity: "activiteit"
        case .coalition: "coalitie"
        }
    }
}

/// A story of *tellen en vertellen* (counting and telling): a professional's short account
/// that gives a figure, an aanbod, an activity or a coalition a face. Stories are about
/// work and experience, never about an identifiable client: `StoryForm` rejects texts
/// with a BSN, a date of birth, an e-mail address or a phone number.
public struct Story: Codable, Sendable, Equatable, Identifiable {
    public static let titleLimit = Limits.name
    public static let bodyLimit = Limits.description

    public var id: UUID
    public var title: String
    public var body: String
    /// The name of the organisation that tells the story (not a person).
    public var authorOrganisation: String
    /// The day the story is about or was written (start of the day, Europe/Amsterdam).
    public var date: Date
    public var attachment: StoryAttachment
    /// The area the story is about (a municipality, wijk, PC4 or region code), if any.
    public var areaCode: String?
    /// The account that wrote it (absent in stories written before this was kept): the
    /// author may delete it, besides the editors of its coalition and the beheerder.
    public var authorUserID: UUID?

    public init(
        id: UUID, title: String, body: String, authorOrganisation: String, date: Date,
        attachment: StoryAttachment, areaCode: String? = nil, authorUserID: UUID? = nil
    ) {
        self.id = id
        self.authorUserID = authorUserID
        self.title = title
        self.body = body
        self.authorOrganisation = authorOrganisation
        self.date = date
        self.attachment = attachment
        self.areaCode = areaCode
    }
}
