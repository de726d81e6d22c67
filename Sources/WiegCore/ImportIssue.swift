import Foundation

/// One problem found in an import file, for the dry-run report. `column` is the header
/// name as written in the file (nil when the problem is the whole line).
public struct ImportIssue: Sendable, Equatable, Codable {
    /// 1-based physical line in the file.
    public let line: Int
    public let column: String?
    /// Dutch, one sentence.
    public let message: String

    public init(line: Int, column: String?, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

extension CSVError {
    /// The error as an issue of an import report: the line where it happens.
    var issue: ImportIssue {
        let line = if case .unterminatedQuote(let l) = self { l } else { 1 }
        return ImportIssue(line: line, column: nil, message: dutchDetail)
    }
}
