import Foundation
import Vapor
import WiegCore
import WiegStore

/// One coalition as a request sees it: its row, its work, whether the user may change
/// it, and the organisations and services its rules and documents name.
struct CoalitionContext {
    let model: Coalition
    let work: CoalitionWork
    let canEdit: Bool
    let network: NetworkCache.Snapshot

    var slug: String { model.slug }
    var id: UUID { model.id }
    var organisations: [OrganisationRecord] { network.organisationList }
    func organisationName(_ id: UUID?) -> String? { id.flatMap { network.organisations[$0]?.name } }

    static func subject(_ model: Coalition, _ work: CoalitionWork?) -> CoalitionPolicy.Subject {
        CoalitionPolicy.Subject(
            id: model.id, areaCode: model.areaCode, regionCode: model.regionCode,
            memberOrganisationIDs: Set(work?.coalition.members.map(\.organisationID) ?? []))
    }

    /// Organisations to tick in a form: the coalition's partners, then any other organisation
    /// the coalition already uses there (so editing never drops one), by name.
    func organisationOptions(alsoUsed: [UUID]) -> [(value: String, label: String)] {
        var seen = Set<UUID>()
        let ids = (work.coalition.members.map(\.organisationID) + alsoUsed).filter { seen.insert($0).inserted }
        return ids.map { ($0.uuidString, organisationName($0) ?? $0.uuidString) }.sorted { $0.label < $1.label }
    }

    /// Care paths to tick in a form: those of the coalition's area (its municipality or
    /// region and the region's municipalities), and any the coalition already uses.
    func zorgpadOptions(alsoUsed: [UUID]) -> [(value: String, label: String)] {
        let used = Set(alsoUsed)
        let area = model.areaCode
        return network.zorgpaden
            .filter { path in
                used.contains(path.id) || path.areaCode == area || network.regionsOf[area]?.contains(path.areaCode) == true
                    || network.regionsOf[path.areaCode]?.contains(area) == true
            }
            .map { ($0.id.uuidString, "\($0.title) (\(network.areaName($0.areaCode)))") }
            .sorted { $0.label < $1.label }
    }

    /// The coalition named by the `slug` parameter (HTML) or `id` parameter (API, a
    /// UUID or a slug). 404 when it does not exist; 403 when the user may not read it.
    static func load(_ req: Request, edit: Bool = false) async throws -> CoalitionContext {
        let key = req.parameters.get("slug") ?? req.parameters.get("id") ?? ""
        let found: Coalition?
        if let uuid = UUID(uuidString: key) {
            found = try await req.stores.coalitions.find(uuid)
        } else {
            found = try await req.stores.coalitions.find(slug: key)
        }
        guard let model = found, let work = try await req.stores.coalitionWork.works([model])[model.id] else {
            throw WiegError.notFound("Deze coalitie bestaat niet.", "This coalition does not exist.")
        }
        let subject = subject(model, work)
        guard CoalitionPolicy.canRead(req.principal, subject) else { throw WiegError.forbidden }
        let canEdit = CoalitionPolicy.canEdit(req.principal, subject)
        if edit && !canEdit { throw WiegError.forbidden }
        return CoalitionContext(model: model, work: work, canEdit: canEdit, network: try await req.network())
    }

    /// Read-modify-write of this coalition in one locked transaction (see
    /// `CoalitionWorkStore.modify`): `change` works on the work as it is at that moment,
    /// not as this request read it, so a concurrent edit is never overwritten.
    func modify<R: Sendable>(_ req: Request, _ change: @escaping @Sendable (CoalitionWork) throws -> (result: R, writes: [CoalitionWrite]))
        async throws -> R
    {
        try await Self.modify(req, id, change)
    }

    /// Like `modify`, for a change that only writes.
    func modify(_ req: Request, _ change: @escaping @Sendable (CoalitionWork) throws -> [CoalitionWrite]) async throws {
        try await Self.modify(req, id) { work in ((), try change(work)) }
    }

    /// Every coalition read-modify-write of the web goes through here: first this
    /// instance's lock for the coalition, then the store's locked transaction.
    static func modify<R: Sendable>(
        _ req: Request, _ coalitionID: UUID,
        _ change: @escaping @Sendable (CoalitionWork) throws -> (result: R, writes: [CoalitionWrite])
    ) async throws -> R {
        let (stores, actor, now) = (req.stores, req.auditActor, req.now)
        return try await req.application.coalitionLocks.withLock(coalitionID) {
            try await stores.coalitionWork.modify(coalitionID, by: actor, at: now, change)
        }
    }

    /// The year a page is about: `jaar` when given (2000–2100), else the current year.
    static func year(_ req: Request) throws -> Int {
        let current = Calendar.dutch.component(.year, from: req.now)
        return try req.apiInt("jaar", in: 2000...2100, default: current)
    }
}

extension Request {
    /// Every coalition this viewer may read, with its work.
    /// The coalitions the user may read, with their work.
    func readableCoalitions() async throws -> [(Coalition, CoalitionWork)] {
        let coalitions = try await stores.coalitions.list(inRegions: nil)
        let works = try await stores.coalitionWork.works(coalitions)
        return coalitions.compactMap { model in
            guard let work = works[model.id], CoalitionPolicy.canRead(principal, CoalitionContext.subject(model, work)) else { return nil }
            return (model, work)
        }
    }
}
