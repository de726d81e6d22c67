import Foundation

/// One record an import would write, with what the store should do with it.
public struct NetworkImportItem<Record: Sendable & Equatable>: Sendable, Equatable {
    public let record: Record
    /// True when the file left `id` empty: the record got a fresh UUID and is to be
    /// inserted. False when the file named the id: the store updates that entry (or
    /// inserts it under that id when it does not exist yet).
    public let isNew: Bool
    /// 1-based line of the file the record comes from, for messages.
    public let line: Int

    public init(record: Record, isNew: Bool, line: Int) {
        self.record = record
        self.isNew = isNew
        self.line = line
    }
}

/// The outcome of a dry run over an organisations or services file: what would be
/// written and every problem found, sorted by line. Commit only when `isValid`:
/// an import is all-or-nothing.
public struct NetworkImportPlan<Record: Sendable & Equatable>: Sendable, Equatable {
    /// The records of the lines without problems.
    public let items: [NetworkImportItem<Record>]
    public let issues: [ImportIssue]
    /// The file's encoding; nil when it could not be read as CSV.
    public let encoding: CSVEncoding?
    /// The Dutch names of the known columns the file has (e.g. `beschrijving`). A column
    /// the file leaves out takes its default in the records, so when updating an existing
    /// entry a store should change only the fields of these columns; a public export
    /// (without the professional columns) then never wipes professional contacts.
    public let columns: Set<String>

    public init(items: [NetworkImportItem<Record>], issues: [ImportIssue], encoding: CSVEncoding?, columns: Set<String>) {
        self.items = items
        self.issues = issues
        self.encoding = encoding
        self.columns = columns
    }

    public var records: [Record] { items.map(\.record) }
    public var isValid: Bool { issues.isEmpty && !items.isEmpty }

    static func failed(_ issues: [ImportIssue], encoding: CSVEncoding?) -> Self {
        Self(items: [], issues: issues, encoding: encoding, columns: [])
    }
}

extension NetworkImport {
    /// The lookup `planServices` takes, from organisations (those of an organisations
    /// file and/or those already in Wieg): lowercased name → id and lowercased UUID → id.
    /// When two organisations share a name, the later one wins; refer to it by id.
    public static func organisationLookup(_ organisations: [OrganisationRecord]) -> [String: UUID] {
        var lookup: [String: UUID] = [:]
        for organisation in organisations {
            lookup[organisation.name.lowercased()] = organisation.id
            lookup[organisation.id.uuidString.lowercased()] = organisation.id
        }
        return lookup
    }
}
