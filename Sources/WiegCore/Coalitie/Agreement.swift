import Foundation

/// A cooperation agreement (samenwerkingsafspraak) between at least two organisations.
public struct Agreement: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var title: String
    public var level: AgreementLevel
    /// The organisations that are party to it; at least two distinct ones.
    public var partyIDs: [UUID]
    public var date: Date?
    public var link: String?
    /// The zorgpaden the agreement governs.
    public var zorgpadIDs: [UUID]

    public init(
        id: UUID = UUID(), title: String, level: AgreementLevel, partyIDs: [UUID], date: Date? = nil,
        link: String? = nil, zorgpadIDs: [UUID] = []
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.partyIDs = partyIDs
        self.date = date
        self.link = link
        self.zorgpadIDs = zorgpadIDs
    }

    /// The distinct parties, in the order first named.
    public var distinctPartyIDs: [UUID] {
        var seen = Set<UUID>()
        return partyIDs.filter { seen.insert($0).inserted }
    }

    /// An agreement counts (for the test and the step plan) only with two or more distinct parties.
    public var isValid: Bool { validationMessages().isEmpty }

    /// What is wrong with the agreement, in Dutch; empty when it is valid.
    public func validationMessages() -> [String] {
        var messages: [String] = []
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            messages.append("Geef de afspraak een titel.")
        }
        let count = distinctPartyIDs.count
        if count < 2 {
            let found = count == 0 ? "geen partij" : "één partij"
            messages.append("Een samenwerkingsafspraak heeft ten minste twee verschillende organisaties als partij; nu is er \(found).")
        }
        return messages
    }
}
