import Fluent
import Foundation
import WiegCore

/// Reach of the aanbod: aggregate counts per service and quarter.
public protocol ReachStore: Sendable {
    /// Every entry of these services, oldest quarter first.
    func entries(serviceIDs: [UUID]) async throws -> [ReachEntry]
    /// Creates or replaces the entry for its service, quarter and activity, audited.
    /// Returns whether it was new.
    @discardableResult
    func save(_ entry: ReachEntry, by actor: AuditActor, at date: Date) async throws -> Bool
    /// Removes one entry; false when there was none.
    @discardableResult
    func delete(serviceID: UUID, quarter: ReachQuarter, activityID: UUID?, by actor: AuditActor, at date: Date) async throws -> Bool
    func count() async throws -> Int
}

public struct FluentReachStore: ReachStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func entries(serviceIDs: [UUID]) async throws -> [ReachEntry] {
        var result: [ReachEntry] = []
        for chunk in serviceIDs.chunks(of: 500) {
            result += try await ReachCountRow.query(on: db).filter(\.$serviceID ~~ Array(chunk)).all().compactMap(\.entry)
        }
        return result.sorted { ($0.quarter, $0.activityID?.uuidString ?? "") < ($1.quarter, $1.activityID?.uuidString ?? "") }
    }

    @discardableResult
    public func save(_ entry: ReachEntry, by actor: AuditActor, at date: Date) async throws -> Bool {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let found = try await Self.find(entry.serviceID, entry.quarter, entry.activityID, on: tx)
            let before = found?.entry
            let model = found ?? ReachCountRow()
            model.apply(entry)
            model.updatedAt = date
            model.updatedBy = actor.label
            try await model.save(on: tx)
            try await AuditLog.record(
                found == nil ? .create : .update, entityType: "reach", entityID: model.id?.uuidString ?? "",
                before: before, after: model.entry, by: actor, at: date, on: tx)
            return found == nil
        }
    }

    @discardableResult
    public func delete(serviceID: UUID, quarter: ReachQuarter, activityID: UUID?, by actor: AuditActor, at date: Date) async throws -> Bool
    {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let model = try await Self.find(serviceID, quarter, activityID, on: tx) else { return false }
            let before = model.entry
            try await model.delete(on: tx)
            try await AuditLog.record(
                .delete, entityType: "reach", entityID: model.id?.uuidString ?? "",
                before: before, after: Optional<ReachEntry>.none, by: actor, at: date, on: tx)
            return true
        }
    }

    public func count() async throws -> Int { try await ReachCountRow.query(on: db).count() }

    static func find(_ serviceID: UUID, _ quarter: ReachQuarter, _ activityID: UUID?, on db: any Database) async throws -> ReachCountRow? {
        try await ReachCountRow.query(on: db).filter(\.$serviceID == serviceID).filter(\.$quarter == quarter.description)
            .filter(\.$activityKey == (activityID?.uuidString ?? ReachCountRow.noActivity)).first()
    }
}
