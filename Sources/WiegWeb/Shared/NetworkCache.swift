import Foundation
import NIOConcurrencyHelpers
import Vapor
import WiegCore
import WiegStore

/// The whole social map in memory: records by id and the search index. Lists and
/// search read from here, so they cost no database round trip and behave the same on
/// SQLite and PostgreSQL. At most once a second a request checks the store's revision
/// (so a CLI import shows up); a write through the web invalidates at once.
actor NetworkCache {
    struct Snapshot: Sendable {
        var revision: NetworkRevision?
        var organisations: [UUID: OrganisationRecord] = [:]
        /// Sorted by name.
        var organisationList: [OrganisationRecord] = []
        var services: [UUID: ServiceRecord] = [:]
        var servicesByOrganisation: [UUID: [ServiceRecord]] = [:]
        var zorgpaden: [ZorgpadRecord] = []
        /// The needs taxonomy as edited.
        var taxonomy = NeedTaxonomy.seeded
        /// The everyday words parents use for each need (the parents' finder reads questions with them).
        var parentWords = ParentWords.seeded
        /// The HSDS view of the taxonomy: needs as terms, with Wieg's other vocabularies.
        var needInfos: [NeedTermInfo] = []
        var vocabulary = HSDSVocabulary(needs: [])
        /// Search over everything a signed-in professional sees, and over the public texts only.
        var index = SearchIndex.empty
        var publicIndex = SearchIndex.empty
        /// Municipality and region names by code, for labels.
        var areaNames: [String: String] = [:]
        /// Municipalities, sorted by name, for filters.
        var municipalities: [(code: String, name: String)] = []
        /// Municipality code → the regions it belongs to.
        var regionsOf: [String: [String]] = [:]
        /// Four-digit postcode → its municipality (GMxxxx), from the PC4 areas.
        var postcodeMunicipalities: [String: String] = [:]
        /// Four-digit postcode → the middle of its map outline, when one is stored.
        var postcodeCentres: [String: GeoCoordinate] = [:]
        var postcodeOutlineCount = -1
        /// Rendered search answers for this snapshot (a new snapshot starts empty).
        var searchResponses = ResponseCache(capacity: 0)

        init() {}

        /// Where a service is: its first location with coordinates, else its organisation's.
        func position(of service: ServiceRecord) -> GeoCoordinate? {
            service.locations.lazy.compactMap(\.position).first
                ?? organisations[service.organisationID]?.addresses.lazy.compactMap(\.position).first
        }

        init(
            organisations: [OrganisationRecord], services: [ServiceRecord], zorgpaden: [ZorgpadRecord], revision: NetworkRevision,
            taxonomy: NeedTaxonomy
        ) {
            self.taxonomy = taxonomy
            self.parentWords = ParentWords.seeded.replacing(
                Dictionary(taxonomy.terms.compactMap { t in t.parentWords.map { (t.code, $0) } }, uniquingKeysWith: { a, _ in a }))
            self.needInfos = taxonomy.terms.map { NeedTermInfo(code: $0.code, name: $0.dutchName, description: $0.dutchDescription) }
            self.vocabulary = HSDSVocabulary(needs: needInfos)
            self.revision = revision
            self.organisationList = organisations.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
            self.organisations = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
            self.services = Dictionary(uniqueKeysWithValues: services.map { ($0.id, $0) })
            self.servicesByOrganisation = Dictionary(grouping: services, by: \.organisationID)
            self.zorgpaden = zorgpaden
            let lookup = self.organisations
            func documents(professional: Bool) -> [SearchDocument] {
                services.compactMap { service in
                    lookup[service.organisationID].map { org in
                        SearchDocument(
                            service: service, organisation: org,
                            needLabels: service.needs.compactMap { taxonomy.term(code: $0)?.dutchName },
                            includeProfessionalDescription: professional)
                    }
                }
            }
            self.index = SearchIndex(documents: documents(professional: true))
            self.publicIndex = SearchIndex(documents: documents(professional: false))
        }

        func areaName(_ code: String) -> String { areaNames[code] ?? code }

        /// The care paths of a municipality, and of the regions it belongs to; optionally for one need.
        func zorgpaden(for municipality: String?, need: String?) -> [ZorgpadRecord] {
            let areas = municipality.map { Set([$0] + (regionsOf[$0] ?? [])) }
            return zorgpaden.filter { path in
                (areas.map { $0.contains(path.areaCode) } ?? true) && (need.map { path.needCode == $0 } ?? true)
            }
        }
        func organisationName(_ id: UUID) -> String? { organisations[id]?.name }
    }

    /// The current snapshot for synchronous readers, with when it was last checked
    /// against the store and whether a check is under way; nil when a write through the
    /// web made it stale (its writer then waits for the new one: read your writes).
    nonisolated let published = NIOLockedValueBox<(snapshot: Snapshot, checkedAt: Date, checking: Bool)?>(nil)

    /// The snapshot without waiting, unless a web write made it stale (nil: ask
    /// `snapshot(stores:)`). Once it is older than a second, the first caller starts a check
    /// against the store in the background and everyone goes on with the current one
    /// (stale while revalidating), so no request waits for the periodic check: changes
    /// made elsewhere (the command line, another server) show within about a second.
    nonisolated func freshSnapshot(now: Date = Date(), revalidateOn stores: (@Sendable () -> Stores)? = nil) -> Snapshot? {
        let (snapshot, check) = published.withLockedValue { entry -> (Snapshot?, Bool) in
            guard let current = entry else { return (nil, false) }
            guard now.timeIntervalSince(current.checkedAt) >= Self.recheckInterval else { return (current.snapshot, false) }
            guard let stores, !current.checking else { return (stores == nil ? nil : current.snapshot, false) }
            entry?.checking = true
            return (current.snapshot, true)
        }
        if check, let stores {
            // The stores are taken now, on the request, while the application is certainly up:
            // asked for inside the task they could come after a shutdown (Fluent then traps).
            let current = stores()
            Task { _ = try? await self.snapshot(stores: current) }
        }
        return snapshot
    }

    let searchCacheEntries: Int

    init(searchCacheEntries: Int = 0) {
        self.searchCacheEntries = searchCacheEntries
    }

    private var current = Snapshot()
    private var checkedAt = Date.distantPast
    private var dirty = true
    private var refresh: Task<Snapshot, any Error>?
    static let recheckInterval: TimeInterval = 1

    /// The current snapshot; rebuilt when the store changed.
    func snapshot(stores: Stores) async throws -> Snapshot {
        if !dirty, Date().timeIntervalSince(checkedAt) < Self.recheckInterval { return current }
        if let refresh { return try await refresh.value }
        let known = dirty ? nil : current.revision
        let previous = current
        let task = Task<Snapshot, any Error> {
            let store = stores.network
            let revision = try await store.revision()
            if let known, known == revision { return previous }
            var snapshot = Snapshot(
                organisations: try await store.organisations(), services: try await store.services(),
                zorgpaden: try await store.zorgpaden(areaCodes: nil, needCode: nil), revision: revision,
                taxonomy: try await store.taxonomy())
            let all = try await stores.areas.list(kind: nil)
            let areas = all.filter { $0.kind == .gemeente || $0.kind == .regio }
            let postcodes = Postcodes(areas: all)
            snapshot.postcodeMunicipalities = postcodes.municipalities
            // Outlines change only with an import of map shapes: keep the centres while
            // the number of outlines stays the same.
            let outlines = try await stores.boundaries.count()
            if outlines == previous.postcodeOutlineCount {
                snapshot.postcodeCentres = previous.postcodeCentres
            } else {
                snapshot.postcodeCentres = postcodes.centres(try await stores.boundaries.boundaries(codes: postcodes.codes))
            }
            snapshot.postcodeOutlineCount = outlines
            snapshot.searchResponses = ResponseCache(capacity: self.searchCacheEntries)
            snapshot.areaNames = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            snapshot.municipalities = areas.filter { $0.kind == .gemeente }.map { ($0.code, $0.name) }
                .sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
            let areaStore = stores.areas
            for region in areas where region.kind == .regio {
                for member in try await areaStore.members(ofRegion: region.code) {
                    snapshot.regionsOf[member, default: []].append(region.code)
                }
            }
            return snapshot
        }
        refresh = task
        dirty = false
        defer { refresh = nil }
        do {
            current = try await task.value
            checkedAt = Date()
            if !dirty { published.withLockedValue { $0 = (current, checkedAt, false) } }
            return current
        } catch {
            dirty = true
            published.withLockedValue { $0?.checking = false }
            throw error
        }
    }

    /// Called after every write through the web.
    func invalidate() {
        dirty = true
        published.withLockedValue { $0 = nil }
    }
}

struct NetworkCacheKey: StorageKey { typealias Value = NetworkCache }

extension Request {
    /// The application's network snapshot.
    func network() async throws -> NetworkCache.Snapshot {
        try await application.networkCache.snapshot(stores: stores)
    }
}

extension Application {
    /// Created once in `configure`, before the server accepts requests.
    var networkCache: NetworkCache {
        guard let cache = storage[NetworkCacheKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }
}
