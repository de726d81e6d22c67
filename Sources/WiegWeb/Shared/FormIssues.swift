import Foundation
import Plot
import Vapor
import WiegCore

/// Field errors from the import rules, by field (the import's column names).
extension [ImportIssue] {
    func message(_ field: String) -> String? {
        let messages = filter { $0.column == field }.map(\.message)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }

    var fieldErrors: [Forms.FieldError] {
        map { Forms.FieldError(field: $0.column ?? "naam", message: $0.message) }
    }
}
