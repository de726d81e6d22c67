import Fluent
import Foundation
import WiegCore

/// "Klopt er iets niet?" reports.
public protocol ErrorReportStore: Sendable {
    func create(_ report: ErrorReport, by actor: AuditActor) async throws
    func find(_ id: UUID) async throws -> ErrorReport?
    /// Open reports about these organisations' entries (nil: every organisation), oldest first.
    func open(organisations: Set<UUID>?) async throws -> [ErrorReport]
    /// Closes an open report with the editor's note, in one locked transaction; the reply
    /// address goes (it was only kept to answer). False when it was closed already.
    func close(_ id: UUID, note: String, by actor: AuditActor, at date: Date) async throws -> Bool
}

public struct FluentErrorReportStore: ErrorReportStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func create(_ report: ErrorReport, by actor: AuditActor) async throws {
        try await db.transaction { tx in
            let row = ErrorReportRow()
            row.id = report.id
            row.subjectKind = report.subject.kind
            row.subjectID = report.subject.id
            row.organisationID = report.organisationID
            row.text = report.text
            row.replyEmail = report.replyEmail
            row.createdAt = report.createdAt
            try await row.create(on: tx)
            // The trail keeps what it was about, not the words (a reporter may have named someone)
            // nor who may be answered.
            try await AuditLog.record(
                .create, entityType: "melding", entityID: report.id.uuidString, before: Optional<String>.none,
                after: "\(report.subject.kind) \(report.subject.id.uuidString.lowercased()) (\(report.text.count) tekens)", by: actor,
                at: report.createdAt, on: tx)
        }
    }

    public func find(_ id: UUID) async throws -> ErrorReport? {
        try await ErrorReportRow.find(id, on: db).map(Self.report)
    }

    public func open(organisations: Set<UUID>?) async throws -> [ErrorReport] {
        var query = ErrorReportRow.query(on: db).filter(\.$closedAt == nil)
        if let organisations { query = query.filter(\.$organisationID ~~ Array(organisations)) }
        return try await query.sort(\.$createdAt).all().map(Self.report)
    }

    public func close(_ id: UUID, note: String, by actor: AuditActor, at date: Date) async throws -> Bool {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let row = try await ErrorReportRow.find(id, on: tx), row.closedAt == nil else { return false }
            row.closedAt = date
            row.closingNote = note
            row.replyEmail = nil
            try await row.save(on: tx)
            try await AuditLog.record(
                .update, entityType: "melding", entityID: id.uuidString, before: "open", after: "afgehandeld: \(note)", by: actor,
                at: date, on: tx)
            return true
        }
    }

    static func report(_ row: ErrorReportRow) -> ErrorReport {
        ErrorReport(
            id: row.id ?? UUID(),
            subject: row.subjectKind == "organisatie" ? .organisation(row.subjectID) : .service(row.subjectID),
            organisationID: row.organisationID, text: row.text, replyEmail: row.replyEmail, createdAt: row.createdAt,
            closedAt: row.closedAt, closingNote: row.closingNote)
    }
}
