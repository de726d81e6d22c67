import Fluent
import Foundation
import WiegCore

/// "Tellen en vertellen": stories attached to an indicator, aanbod, activity or coalition.
public protocol StoryStore: Sendable {
    /// The stories about this subject, newest first.
    func stories(about attachment: StoryAttachment) async throws -> [Story]
    /// The latest stories of any subject, newest first.
    func latest(limit: Int) async throws -> [Story]
    func find(_ id: UUID) async throws -> Story?
    /// Creates or replaces, audited.
    func save(_ story: Story, by actor: AuditActor, at date: Date) async throws
    /// Removes, audited; false when there was none.
    @discardableResult
    func delete(_ id: UUID, by actor: AuditActor, at date: Date) async throws -> Bool
}

public struct FluentStoryStore: StoryStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    static func kind(_ a: StoryAttachment) -> String { a.dutchName }

    public func stories(about attachment: StoryAttachment) async throws -> [Story] {
        try await StoryRow.query(on: db).filter(\.$subjectKind == Self.kind(attachment)).filter(\.$subjectID == attachment.value)
            .all().compactMap { JSONColumn.decode($0.body, as: Story.self) }.sorted { $0.date > $1.date }
    }

    public func latest(limit: Int) async throws -> [Story] {
        // The date lives in the JSON; creation order is close enough to pick the latest few.
        try await StoryRow.query(on: db).sort(\.$createdAt, .descending).limit(limit * 2).all()
            .compactMap { JSONColumn.decode($0.body, as: Story.self) }.sorted { $0.date > $1.date }.prefix(limit).map { $0 }
    }

    public func find(_ id: UUID) async throws -> Story? {
        try await StoryRow.find(id, on: db).flatMap { JSONColumn.decode($0.body, as: Story.self) }
    }

    public func save(_ story: Story, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let found = try await StoryRow.find(story.id, on: tx)
            let before = found.flatMap { JSONColumn.decode($0.body, as: Story.self) }
            let model = found ?? StoryRow()
            model.id = story.id
            model.subjectKind = Self.kind(story.attachment)
            model.subjectID = story.attachment.value
            model.areaCode = story.areaCode
            model.title = story.title
            model.body = JSONColumn.encode(story)
            try await model.save(on: tx)
            try await AuditLog.record(
                found == nil ? .create : .update, entityType: "story", entityID: story.id.uuidString,
                before: before, after: story, by: actor, at: date, on: tx)
        }
    }

    @discardableResult
    public func delete(_ id: UUID, by actor: AuditActor, at date: Date) async throws -> Bool {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let model = try await StoryRow.find(id, on: tx) else { return false }
            let before = JSONColumn.decode(model.body, as: Story.self)
            try await model.delete(on: tx)
            try await AuditLog.record(
                .delete, entityType: "story", entityID: id.uuidString, before: before,
                after: Optional<Story>.none, by: actor, at: date, on: tx)
            return true
        }
    }
}
