import Fluent
import Foundation
import SQLKit
import WiegCore

/// A coalition's working data. Every change is audited in the same transaction, with
/// the coalition's id on the audit record so its history can be shown.
public protocol CoalitionWorkStore: Sendable {
    /// Everything of one coalition, or nil when it does not exist.
    func work(_ coalitionID: UUID) async throws -> CoalitionWork?
    /// The work of several coalitions in three queries (not three per coalition).
    func works(_ coalitions: [Coalition]) async throws -> [UUID: CoalitionWork]
    func saveRecord(_ record: CoalitionRecord, by actor: AuditActor, at date: Date) async throws
    /// Creates or updates an activity; false when it belongs to another coalition.
    @discardableResult
    func save(_ activity: Activity, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws -> Bool
    /// Deletes an activity; false when there was none in this coalition.
    @discardableResult
    func deleteActivity(_ id: UUID, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws -> Bool
    func save<T: CoalitionWorkItem>(_ item: T, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws
    @discardableResult
    func deleteItem(_ id: UUID, kind: CoalitionItemKind, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws -> Bool
    /// Writes a year close as one transaction: the changed and new activities, the closed
    /// year, and the next year's 10 points.
    func closeYear(_ result: YearCloseResult, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws
    /// Read-modify-write in one transaction that holds the coalition's write lock: `change`
    /// gets the coalition's work as it is now (after any write that finished first) and says
    /// what to write. Concurrent edits of the same budget, plan or partner list therefore
    /// never lose one another, on one instance or several.
    func modify<R: Sendable>(
        _ coalitionID: UUID, by actor: AuditActor, at date: Date,
        _ change: @escaping @Sendable (CoalitionWork) throws -> (result: R, writes: [CoalitionWrite])
    ) async throws -> R
    /// The coalition an activity belongs to, or nil when there is no such activity.
    func coalitionID(ofActivity id: UUID) async throws -> UUID?
    /// Writes a whole coalition's work (the demo), replacing nothing that exists.
    func seed(_ work: CoalitionWork, by actor: AuditActor, at date: Date) async throws
}

/// One write of `CoalitionWorkStore.modify`.
public enum CoalitionWrite: Sendable {
    /// Save an item (a budget, the plan, the 10 points of a year, …).
    case item(any CoalitionWorkItem)
    /// Save the coalition's own record (details and partners).
    case record(CoalitionRecord)
    /// Save an activity of this coalition.
    case activity(Activity)
}

/// Why a coalition write was refused.
public enum CoalitionStoreError: Error, Equatable {
    /// The year was closed already (perhaps by someone else a moment ago).
    case yearAlreadyClosed(Int)
    /// The id belongs to another coalition (or another kind of item).
    case notInCoalition
}

public struct FluentCoalitionWorkStore: CoalitionWorkStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func coalitionID(ofActivity id: UUID) async throws -> UUID? {
        try await ActivityRow.find(id, on: db)?.coalitionID
    }

    public func work(_ coalitionID: UUID) async throws -> CoalitionWork? {
        guard let coalition = try await CoalitionRow.find(coalitionID, on: db)?.coalition else { return nil }
        return try await works([coalition])[coalitionID]
    }

    public func works(_ coalitions: [Coalition]) async throws -> [UUID: CoalitionWork] {
        let ids = coalitions.map(\.id)
        guard !ids.isEmpty else { return [:] }
        let activities = Dictionary(grouping: try await ActivityRow.query(on: db).filter(\.$coalitionID ~~ ids).all(), by: \.coalitionID)
        let items = Dictionary(grouping: try await CoalitionItemRow.query(on: db).filter(\.$coalitionID ~~ ids).all(), by: \.coalitionID)
        var result: [UUID: CoalitionWork] = [:]
        for coalition in coalitions {
            let id = coalition.id
            result[id] = Self.assemble(coalition, activities: activities[id] ?? [], items: items[id] ?? [])
        }
        return result
    }

    static func assemble(_ coalition: Coalition, activities: [ActivityRow], items: [CoalitionItemRow]) -> CoalitionWork {
        var work = CoalitionWork(coalition: coalition.record)
        let unscheduled = Quarter(year: 9999, quarter: 4)
        work.activities = activities.compactMap(\.activity)
            .sorted { ($0.quarters.min() ?? unscheduled, $0.title) < ($1.quarters.min() ?? unscheduled, $1.title) }
        func decoded<T: CoalitionWorkItem>(_ type: T.Type) -> [T] {
            items.filter { $0.kind == T.itemKind.rawValue }.compactMap { JSONColumn.decode($0.body, as: T.self) }
        }
        work.plan = decoded(PlanOfApproach.self).first
        work.startingSituation = decoded(StartingSituation.self).first
        work.agreements = decoded(Agreement.self).sorted { $0.title < $1.title }
        work.workgroups = decoded(Workgroup.self).sorted { $0.name < $1.name }
        work.risks = decoded(Risk.self).sorted { $0.risk < $1.risk }
        work.governance = decoded(GovernanceBody.self).sorted { $0.name < $1.name }
        work.budgets = decoded(Budget.self).sorted { $0.year < $1.year }
        work.points = decoded(PharosYear.self).sorted { $0.year < $1.year }
        work.closedYears = decoded(ClosedYear.self).sorted { $0.year < $1.year }
        return work
    }

    public func saveRecord(_ record: CoalitionRecord, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            try await Self.write(record, by: actor, at: date, on: tx)
        }
    }

    static func write(_ record: CoalitionRecord, by actor: AuditActor, at date: Date, on db: any Database) async throws {
        guard let model = try await CoalitionRow.find(record.id, on: db) else { throw FluentError.noResults }
        let before = model.record
        model.apply(record)
        try await model.save(on: db)
        try await AuditLog.record(
            .update, entityType: "coalition", entityID: record.id.uuidString, coalitionID: record.id,
            before: before, after: model.record, by: actor, at: date, on: db)
    }

    public func modify<R: Sendable>(
        _ coalitionID: UUID, by actor: AuditActor, at date: Date,
        _ change: @escaping @Sendable (CoalitionWork) throws -> (result: R, writes: [CoalitionWrite])
    ) async throws -> R {
        try await db.transaction { tx in
            try await Self.lock(coalitionID, on: tx)
            guard let work = try await FluentCoalitionWorkStore(db: tx).work(coalitionID) else { throw FluentError.noResults }
            let (result, writes) = try change(work)
            for write in writes {
                switch write {
                case .item(let item): try await Self.write(item, coalitionID: coalitionID, by: actor, at: date, on: tx)
                case .record(let record):
                    guard record.id == coalitionID else { throw CoalitionStoreError.notInCoalition }
                    try await Self.write(record, by: actor, at: date, on: tx)
                case .activity(let activity):
                    guard try await Self.write(activity, coalitionID: coalitionID, by: actor, at: date, on: tx) else {
                        throw CoalitionStoreError.notInCoalition
                    }
                }
            }
            return result
        }
    }

    /// The coalition's write lock, taken first in a transaction: on SQLite the database's
    /// write lock; on PostgreSQL the coalition's row (`FOR UPDATE`), which every instance
    /// sharing the database respects and which is released at commit.
    static func lock(_ coalitionID: UUID, on tx: any Database) async throws {
        guard let sql = tx as? any SQLDatabase, sql.dialect.name == "postgresql" else { return try await tx.lockForWriting() }
        try await sql.raw("SELECT id FROM coalitions WHERE id = \(bind: coalitionID) FOR UPDATE").run()
    }

    @discardableResult
    public func save(_ activity: Activity, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws -> Bool {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            return try await Self.write(activity, coalitionID: coalitionID, by: actor, at: date, on: tx)
        }
    }

    static func write(_ activity: Activity, coalitionID: UUID, by actor: AuditActor, at date: Date, on db: any Database) async throws
        -> Bool
    {
        let found = try await ActivityRow.find(activity.id, on: db)
        if let found, found.coalitionID != coalitionID { return false }
        let before = found?.activity
        let model = found ?? ActivityRow(activity, coalitionID: coalitionID)
        model.apply(activity)
        try await model.save(on: db)
        try await AuditLog.record(
            found == nil ? .create : .update, entityType: "activity", entityID: activity.id.uuidString,
            coalitionID: coalitionID, before: before, after: activity, by: actor, at: date, on: db)
        return true
    }

    @discardableResult
    public func deleteActivity(_ id: UUID, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws -> Bool {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let model = try await ActivityRow.find(id, on: tx), model.coalitionID == coalitionID else { return false }
            let before = model.activity
            try await model.delete(on: tx)
            try await AuditLog.record(
                .delete, entityType: "activity", entityID: id.uuidString, coalitionID: coalitionID,
                before: before, after: Optional<Activity>.none, by: actor, at: date, on: tx)
            return true
        }
    }

    public func save<T: CoalitionWorkItem>(_ item: T, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            return try await Self.write(item, coalitionID: coalitionID, by: actor, at: date, on: tx)
        }
    }

    static func write<T: CoalitionWorkItem>(_ item: T, coalitionID: UUID, by actor: AuditActor, at date: Date, on db: any Database)
        async throws
    {
        let fresh = CoalitionItemRow(item, coalitionID: coalitionID)
        let found = try await CoalitionItemRow.find(fresh.id, on: db)
        if let found, found.coalitionID != coalitionID || found.kind != fresh.kind { throw CoalitionStoreError.notInCoalition }
        let before: T? = found.flatMap { JSONColumn.decode($0.body) }
        let model = found ?? fresh
        model.body = fresh.body
        model.year = fresh.year
        try await model.save(on: db)
        try await AuditLog.record(
            found == nil ? .create : .update, entityType: T.itemKind.rawValue, entityID: fresh.id!.uuidString,
            coalitionID: coalitionID, before: before, after: item, by: actor, at: date, on: db)
    }

    @discardableResult
    public func deleteItem(_ id: UUID, kind: CoalitionItemKind, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws -> Bool
    {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let model = try await CoalitionItemRow.find(id, on: tx), model.coalitionID == coalitionID, model.kind == kind.rawValue
            else { return false }
            struct Deleted: Encodable { var body: String }
            try await model.delete(on: tx)
            try await AuditLog.record(
                .delete, entityType: kind.rawValue, entityID: id.uuidString, coalitionID: coalitionID,
                before: Deleted(body: model.body), after: Optional<Deleted>.none, by: actor, at: date, on: tx)
            return true
        }
    }

    public func closeYear(_ result: YearCloseResult, coalitionID: UUID, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let closed = try await CoalitionItemRow.find(result.closedYear.itemID(coalitionID: coalitionID), on: tx)
            guard closed == nil else { throw CoalitionStoreError.yearAlreadyClosed(result.closedYear.year) }
            for activity in result.activities {
                let stored = try await ActivityRow.find(activity.id, on: tx)
                if stored?.activity == activity { continue }
                guard try await Self.write(activity, coalitionID: coalitionID, by: actor, at: date, on: tx) else {
                    throw CoalitionStoreError.notInCoalition
                }
            }
            try await Self.write(result.closedYear, coalitionID: coalitionID, by: actor, at: date, on: tx)
            if let points = result.nextPharos { try await Self.write(points, coalitionID: coalitionID, by: actor, at: date, on: tx) }
        }
    }

    public func seed(_ work: CoalitionWork, by actor: AuditActor, at date: Date) async throws {
        let id = work.coalition.id
        try await db.transaction { tx in
            try await tx.lockForWriting()
            guard let coalition = try await CoalitionRow.find(id, on: tx) else { throw FluentError.noResults }
            coalition.apply(work.coalition)
            try await coalition.save(on: tx)
            for activity in work.activities where try await ActivityRow.find(activity.id, on: tx) == nil {
                _ = try await Self.write(activity, coalitionID: id, by: actor, at: date, on: tx)
            }
            func add<T: CoalitionWorkItem>(_ items: [T]) async throws {
                for item in items where try await CoalitionItemRow.find(item.itemID(coalitionID: id), on: tx) == nil {
                    try await Self.write(item, coalitionID: id, by: actor, at: date, on: tx)
                }
            }
            try await add(work.plan.map { [$0] } ?? [])
            try await add(work.startingSituation.map { [$0] } ?? [])
            try await add(work.agreements)
            try await add(work.workgroups)
            try await add(work.risks)
            try await add(work.governance)
            try await add(work.budgets)
            try await add(work.points)
            try await add(work.closedYears)
        }
    }
}
