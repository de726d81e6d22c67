import Fluent
import Foundation
import WiegCore

/// Hulpkaarten and their confirmations.
public protocol ReferralStore: Sendable {
    /// Stores a new card (a fresh code), audited.
    func create(_ referral: Referral, by actor: AuditActor, at date: Date) async throws
    func find(_ code: String) async throws -> Referral?
    /// Confirms contact for those of the card's services in `allowed` (the ones the person
    /// may confirm for), in one locked transaction, audited.
    func confirm(_ code: String, allowed: Set<UUID>, today: String, by actor: AuditActor, at date: Date) async throws
        -> ReferralConfirmation
    /// (day made, day confirmed) of every card with one of these services.
    func rows(services: [UUID]) async throws -> [(madeOn: String, confirmedOn: String?)]
    /// (municipality, day made, day confirmed) of every card in these municipalities, one per card and service.
    func rows(municipalities: [String]) async throws -> [(municipality: String, madeOn: String, confirmedOn: String?)]
}

public struct FluentReferralStore: ReferralStore {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func create(_ referral: Referral, by actor: AuditActor, at date: Date) async throws {
        try await db.transaction { tx in
            for service in referral.services {
                try await ReferralRow(
                    code: referral.code, serviceID: service.serviceID, municipalityCode: referral.municipalityCode,
                    madeOn: referral.madeOn
                ).create(on: tx)
            }
            try await AuditLog.record(
                .create, entityType: "hulpkaart", entityID: referral.code, before: Optional<[String]>.none,
                after: referral.services.map { $0.serviceID.uuidString.lowercased() }, by: actor, at: date, on: tx)
        }
    }

    public func find(_ code: String) async throws -> Referral? {
        let rows = try await ReferralRow.query(on: db).filter(\.$code == code).all()
        guard let first = rows.first else { return nil }
        return Referral(
            code: code, municipalityCode: first.municipalityCode, madeOn: first.madeOn,
            services: rows.map { Referral.Service(serviceID: $0.serviceID, confirmedOn: $0.confirmedOn) })
    }

    public func confirm(_ code: String, allowed: Set<UUID>, today: String, by actor: AuditActor, at date: Date) async throws
        -> ReferralConfirmation
    {
        try await db.transaction { tx in
            try await tx.lockForWriting()
            let rows = try await ReferralRow.query(on: tx).filter(\.$code == code).all()
            guard let first = rows.first else { return .unknown }
            let card = Referral(code: code, municipalityCode: first.municipalityCode, madeOn: first.madeOn, services: [])
            guard !card.isExpired(today: today) else { return .expired }
            let mine = rows.filter { allowed.contains($0.serviceID) }
            guard !mine.isEmpty else { return .notYours }
            let open = mine.filter { $0.confirmedOn == nil }
            guard !open.isEmpty else { return .already(mine.compactMap(\.confirmedOn).max() ?? today) }
            for row in open {
                row.confirmedOn = today
                try await row.save(on: tx)
            }
            try await AuditLog.record(
                .update, entityType: "hulpkaart", entityID: code, before: Optional<[String]>.none,
                after: open.map { "contact gemaakt: " + $0.serviceID.uuidString.lowercased() }, by: actor, at: date, on: tx)
            return .confirmed(open.map(\.serviceID))
        }
    }

    public func rows(services: [UUID]) async throws -> [(madeOn: String, confirmedOn: String?)] {
        guard !services.isEmpty else { return [] }
        return try await ReferralRow.query(on: db).filter(\.$serviceID ~~ services).all().map { ($0.madeOn, $0.confirmedOn) }
    }

    public func rows(municipalities: [String]) async throws -> [(municipality: String, madeOn: String, confirmedOn: String?)] {
        guard !municipalities.isEmpty else { return [] }
        return try await ReferralRow.query(on: db).filter(\.$municipalityCode ~~ municipalities).all().map {
            ($0.municipalityCode, $0.madeOn, $0.confirmedOn)
        }
    }
}
