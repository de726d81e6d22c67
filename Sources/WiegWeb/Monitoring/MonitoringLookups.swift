import Foundation
import Vapor
import WiegCore
import WiegStore

/// What the monitoring pages share, on the request: the area in the path, who sees small
/// numbers, the disclosure maps, the areas to compare with and an area's profile. Pages
/// call these; no monitoring controller calls another.
extension Request {
    func areaParameter() async throws -> AreaRecord {
        let code = parameters.get("code") ?? ""
        guard let area = try await stores.areas.find(code) else {
            throw WiegError.notFound("Gebied '\(code)' bestaat niet in Wieg.", "Area '\(code)' does not exist in Wieg.")
        }
        return area
    }

    /// Who sees small numbers (with a warning), decided here for every view: the beheerder
    /// everywhere; a regio team for its region and its municipalities; a coordinator or
    /// partner for its coalition's municipality (or region and its municipalities); a
    /// municipality covers its wijken and PC4 areas. Professionals and visitors never.
    func smallNumberAccess() async throws -> SmallNumberAccess {
        if let known = wieg.smallNumberAccess { return known }
        let access = try await workOutSmallNumberAccess()
        wieg.smallNumberAccess = access
        return access
    }

    private func workOutSmallNumberAccess() async throws -> SmallNumberAccess {
        let stores = stores
        return try await SmallNumberAccess.of(
            principal, coalition: { try await stores.coalitions.find($0).map { ($0.areaCode, $0.kind) } },
            members: { try await stores.areas.members(ofRegion: $0) })
    }

    /// The disclosure maps of every indicator and period among `records`.
    func disclosure(for records: [IndicatorValueRecord], catalogue: [IndicatorDefinition]) async throws -> DisclosureLookup {
        let definitions = Dictionary(catalogue.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        var pairs: [(IndicatorDefinition, Period)] = []
        for record in records {
            guard let definition = definitions[record.indicator], seen.insert("\(record.indicator)|\(record.period.description)").inserted
            else { continue }
            pairs.append((definition, record.period))
        }
        let lookup = try await application.monitoringCache.disclosures(pairs, stores: stores)
        let access = try await smallNumberAccess()
        guard case .areas = access else { return lookup }
        // A viewer who sees some areas' small numbers gets maps that keep from them what would
        // let a hidden cell elsewhere be computed.
        let (groups, parents) = try await application.monitoringCache.groups(stores: stores)
        var viewed: [String: DisclosureMap] = [:]
        for (definition, period) in pairs {
            if let map = lookup(definition.code, period) {
                viewed["\(definition.code)|\(period.description)"] = map.forViewer(access, groups: groups, parents: parents)
            }
        }
        let found = viewed
        return { indicator, period in found["\(indicator)|\(period.description)"] }
    }

    /// A map as this viewer sees it (`DisclosureMap.forViewer`); the public map for anyone
    /// who sees no small numbers or all of them.
    func viewed(_ map: DisclosureMap, by access: SmallNumberAccess) async throws -> DisclosureMap {
        guard case .areas = access else { return map }
        let (groups, parents) = try await application.monitoringCache.groups(stores: stores)
        return map.forViewer(access, groups: groups, parents: parents)
    }

    /// The areas to compare `area` with, nearest first: the municipality a PC4 or wijk lies
    /// in, the province, the country (for a region: the country). Read one area at a time:
    /// loading every area for it cost 50 ms at national scale.
    func referenceChain(of area: AreaRecord) async throws -> [AreaRecord] {
        var lookup: [String: AreaRecord] = [area.code: area]
        var next = area.parentCode ?? (area.kind == .regio ? "NL" : nil)
        while let code = next, lookup[code] == nil, let found = try await stores.areas.find(code) {
            lookup[code] = found
            next = found.parentCode
        }
        if area.kind == .regio, lookup["NL"] == nil, let country = try await stores.areas.find("NL") { lookup["NL"] = country }
        return AreaProfile.referenceChain(of: area, lookup: lookup)
    }

    func profileRows(area: AreaRecord, showSmallNumbers: SmallNumberAccess) async throws -> [ProfileRow] {
        let references = try await referenceChain(of: area)
        let values = try await stores.indicators.values(areaCodes: [area.code] + references.map(\.code))
        let catalogue = try await stores.indicators.catalogue()
        let disclosure = try await self.disclosure(for: values.compactMap(\.record), catalogue: catalogue)
        return AreaProfile.rows(
            area: area, references: references, catalogue: catalogue,
            values: values, showSmallNumbers: showSmallNumbers, disclosure: disclosure)
    }
}
