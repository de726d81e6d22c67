/// The outcome of a form in any pillar: the record when valid, and every problem by field
/// name (an `ImportIssue` on line 2 with the field as column, so a form's problems read
/// like those of a one-line import and the web shows them one way).
public struct FormCheck<Record: Sendable & Equatable>: Sendable, Equatable {
    public let record: Record?
    public let issues: [ImportIssue]

    public init(record: Record?, issues: [ImportIssue]) {
        self.record = record
        self.issues = issues
    }
}
