import Foundation
import Vapor
import WiegCore
import WiegStore

/// What the level pages (funnel, small areas, map, values) read on every request but
/// what changes only with an import: the areas of a level, and the periods an indicator
/// has figures for among a set of areas. At national scale these two cost 20 ms of a
/// 60 ms funnel page (4,000 PC4 areas; the periods query looks up every area's values).
/// Both are kept in memory and dropped when the store's monitoring revision changes
/// (every import of figures and change of areas is audited), checked at most once a
/// second, so an import from the command line or another server shows within a second;
/// an import through this server drops them at once. The figures themselves are always
/// read fresh.
actor MonitoringCache {
    struct PeriodsKey: Hashable {
        var indicator: String
        var level: AreaKind
        var within: String?
    }

    /// How long a check against the store holds (a second; tests use 0 and an hour).
    let recheckInterval: TimeInterval
    private var revision: MonitoringRevision?
    private var checkedAt = Date.distantPast
    /// Bumped whenever the cache is emptied, so a load that started before cannot store stale data after.
    private var generation = 0
    /// The generation the last complete warm-up saw (nil: none yet).
    private var warmedGeneration: Int?
    private var areas: [AreaKind: [AreaRecord]] = [:]
    private var periods: [PeriodsKey: [String]] = [:]
    private var geography: [AreaRecord]?
    /// Per indicator and period: which figures the public may not see (`DisclosureMap`).
    private var disclosures: [String: DisclosureMap] = [:]
    /// The geography's groups of totals and parts, and every area's parent (for `forViewer`).
    private var viewerGroups: (groups: [SuppressionGroup], parents: [String: String])?
    /// Builds under way, per indicator code.
    private var building: [String: Task<(areas: [AreaRecord], maps: [String: DisclosureMap]), any Error>] = [:]

    /// Empties the cache when the store changed since it was last checked (at most once a second).
    private func validate(_ store: any IndicatorStore) async throws {
        guard Date().timeIntervalSince(checkedAt) >= recheckInterval else { return }
        let latest = try await store.revision()
        checkedAt = Date()
        if latest != revision {
            if revision != nil { clear() }
            revision = latest
        }
    }

    init(recheckInterval: TimeInterval = 1) {
        self.recheckInterval = recheckInterval
    }

    private func clear() {
        generation += 1
        areas = [:]
        periods = [:]
        geography = nil
        viewerGroups = nil
        disclosures = [:]
        building = [:]
    }

    /// The areas of one level (sorted by code), as `AreaStore.records(kind:)` gives them.
    func areas(kind: AreaKind, stores: Stores) async throws -> [AreaRecord] {
        try await validate(stores.indicators)
        if let cached = areas[kind] { return cached }
        let started = generation
        let loaded = try await stores.areas.records(kind: kind)
        if generation == started { areas[kind] = loaded }
        return loaded
    }

    /// The periods `indicator` has figures for among `codes` (the areas of `level` within
    /// `within`), oldest first, as `IndicatorStore.periods(indicator:areaCodes:)` gives them.
    func periods(_ key: PeriodsKey, codes: [String], stores: Stores) async throws -> [String] {
        try await validate(stores.indicators)
        if let cached = periods[key] { return cached }
        let started = generation
        let loaded = try await stores.indicators.periods(indicator: key.indicator, areaCodes: codes)
        if generation == started { periods[key] = loaded }
        return loaded
    }

    /// What the public may not see of one indicator in one period, decided over every area
    /// of the country (see `DisclosureMap`): the same answer for every view. Kept until the
    /// next import; only the hidden cells are kept.
    func disclosure(_ definition: IndicatorDefinition, period: String, stores: Stores) async throws -> DisclosureMap {
        try await validate(stores.indicators)
        if let cached = disclosures["\(definition.code)|\(period)"] { return cached }
        if let map = try await disclosures(of: definition, stores: stores)[period] { return map }
        // Not in the build (figures imported elsewhere since it read them): decided now from
        // this period's figures, never "everything shown".
        let values = try await stores.indicators.counts(indicator: definition.code, period: period)
        let areas: [AreaRecord]
        if let geography { areas = geography } else { areas = try await stores.areas.geography() }
        return DisclosureMap.build(values: values, areas: areas, threshold: definition.publicationThreshold)
    }

    /// Every period's map of one indicator, from one read of its values (a tenth of the
    /// queries one read per period took). The build is registered before anything is
    /// awaited, so callers asking while it runs wait for the same build.
    private func disclosures(of definition: IndicatorDefinition, stores: Stores) async throws -> [String: DisclosureMap] {
        if let running = building[definition.code] { return try await running.value.maps }
        let started = generation
        let known = geography
        let areaStore = stores.areas
        let indicators = stores.indicators
        let task = Task { () async throws -> (areas: [AreaRecord], maps: [String: DisclosureMap]) in
            let areas: [AreaRecord]
            if let known { areas = known } else { areas = try await areaStore.geography() }
            var byPeriod: [String: [IndicatorValueRecord]] = [:]
            for value in try await indicators.counts(indicator: definition.code) {
                byPeriod[value.period.description, default: []].append(value)
            }
            return (areas, byPeriod.mapValues { DisclosureMap.build(values: $0, areas: areas, threshold: definition.publicationThreshold) })
        }
        building[definition.code] = task
        let built: (areas: [AreaRecord], maps: [String: DisclosureMap])
        do {
            built = try await task.value
        } catch {
            if generation == started { building[definition.code] = nil }
            throw error
        }
        if generation == started {
            building[definition.code] = nil
            if geography == nil { geography = built.areas }
            for (period, map) in built.maps { disclosures["\(definition.code)|\(period)"] = map }
        }
        return built.maps
    }

    /// The groups a signed-in viewer's map is checked against (`DisclosureMap.forViewer`).
    func groups(stores: Stores) async throws -> (groups: [SuppressionGroup], parents: [String: String]) {
        try await validate(stores.indicators)
        if let viewerGroups { return viewerGroups }
        let started = generation
        let areas: [AreaRecord]
        if let geography { areas = geography } else { areas = try await stores.areas.geography() }
        var parents: [String: String] = [:]
        for area in areas { if let parent = area.parentCode { parents[area.code] = parent } }
        let result = (DisclosureMap.groups(of: areas), parents)
        if generation == started { viewerGroups = result }
        return result
    }

    /// Builds the disclosure maps not built yet, for every indicator and period with figures:
    /// run by the server in the background after it starts and every half minute (a no-op
    /// when nothing changed), so the first profile after a start or an import does not pay
    /// for some hundred maps (4.5 s at national scale). Returns how many were built.
    @discardableResult
    func warm(stores: Stores) async throws -> Int {
        try await validate(stores.indicators)
        // Nothing changed since the last complete warm-up: not even the periods are read.
        if let warmed = warmedGeneration, warmed == generation { return 0 }
        let started = generation
        let catalogue = try await stores.indicators.catalogue()
        let periods = try await stores.indicators.periodsByIndicator()
        var built = 0
        for definition in catalogue {
            let missing = (periods[definition.code] ?? []).filter { disclosures["\(definition.code)|\($0)"] == nil }
            guard !missing.isEmpty else { continue }
            built += try await disclosures(of: definition, stores: stores).count
        }
        if generation == started { warmedGeneration = started }
        return built
    }

    /// The maps for these indicators and periods, as a lookup a view builder can consult.
    func disclosures(_ pairs: some Sequence<(IndicatorDefinition, Period)>, stores: Stores) async throws -> DisclosureLookup {
        var maps: [String: DisclosureMap] = [:]
        for (definition, period) in pairs where maps["\(definition.code)|\(period.description)"] == nil {
            maps["\(definition.code)|\(period.description)"] = try await disclosure(definition, period: period.description, stores: stores)
        }
        let found = maps
        return { indicator, period in found["\(indicator)|\(period.description)"] }
    }

    /// Called after an import of figures or a change of areas through the web.
    func invalidate() {
        clear()
        checkedAt = .distantPast
    }
}

struct MonitoringCacheKey: StorageKey { typealias Value = MonitoringCache }

extension Application {
    /// Created once in `configure`, before the server accepts requests.
    var monitoringCache: MonitoringCache {
        guard let cache = storage[MonitoringCacheKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }
}
