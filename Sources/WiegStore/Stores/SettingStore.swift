import Fluent
import Foundation
import WiegCore

/// The settings a beheerder keeps.
public protocol SettingStore: Sendable {
    /// The websites that may show the parents' finder in a frame.
    func embedOrigins() async throws -> EmbedOrigins
    /// Replaces them, audited.
    func save(_ origins: EmbedOrigins, by actor: AuditActor, at date: Date) async throws
    /// A moment the platform keeps for itself (when a background job last ran), by key.
    func moment(_ key: String) async throws -> Date?
    func setMoment(_ key: String, _ date: Date) async throws
}

public struct FluentSettingStore: SettingStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    static let embedKey = "embed-origins"

    public func embedOrigins() async throws -> EmbedOrigins {
        let row = try await SettingRow.find(Self.embedKey, on: db)
        return EmbedOrigins(origins: row.flatMap { JSONColumn.decode($0.value, as: [String].self) } ?? [])
    }

    public func moment(_ key: String) async throws -> Date? {
        try await SettingRow.find(key, on: db).flatMap { Double($0.value) }.map(Date.init(timeIntervalSince1970:))
    }

    public func setMoment(_ key: String, _ date: Date) async throws {
        let row = try await SettingRow.find(key, on: db) ?? SettingRow(key: key, value: "")
        row.value = String(date.timeIntervalSince1970)
        try await row.save(on: db)
    }

    public func save(_ origins: EmbedOrigins, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let found = try await SettingRow.find(Self.embedKey, on: tx)
            let before = found.flatMap { JSONColumn.decode($0.value, as: [String].self) }
            let row = found ?? SettingRow(key: Self.embedKey, value: "[]")
            row.value = JSONColumn.encode(origins.origins)
            try await row.save(on: tx)
            try await AuditLog.record(
                found == nil ? .create : .update, entityType: "setting", entityID: Self.embedKey,
                before: before, after: origins.origins, by: actor, at: date, on: tx)
        }
    }
}
