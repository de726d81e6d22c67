import Foundation
import Vapor
import WiegCore
import WiegStore

/// The figures of one indicator for every area of one level (municipalities of the
/// country or a region; wijken or PC4 of a municipality or region) in one period: what
/// the funnel plot, the small-areas ranking and the map share. Query parameters:
/// `niveau` (gemeente, wijk, pc4), `gebied` (optional: the region or municipality to
/// look within), `periode` (optional: the latest when absent or unknown for this level).
struct LevelQuery {
    struct Cell {
        var area: AreaRecord
        var numerator: Int
        var denominator: Int
        /// Primary or secondary suppression, as the public would see it.
        var state: SuppressionState
        var figure: IndicatorFigure?
    }

    var definition: IndicatorDefinition
    var level: AreaKind
    var within: AreaRecord?
    var period: String
    var periods: [String]
    /// The areas with a figure in `period`, by name.
    var cells: [Cell]
    /// The area compared with: `within`, or the country; nil when it has no figure.
    var reference: (area: AreaRecord, figure: IndicatorFigure)?
    /// Whose small numbers the viewer sees (see `Request.smallNumberAccess`).
    var access: SmallNumberAccess
    /// Whether the viewer sees any small number on this page (then the warning is shown).
    var showsSmallNumbers: Bool { cells.contains { $0.state.isHidden && sees($0.area) } }

    /// Hidden for this viewer.
    func hidden(_ cell: Cell) -> Bool { cell.state.isHidden && !sees(cell.area) }
    /// Whether this viewer sees the small numbers of `area` here (its own, and not withheld).
    func sees(_ area: AreaRecord) -> Bool { access.covers(area) && !withheld.contains(area.code) }
    /// Own cells that stay hidden from this viewer (see `DisclosureMap.forViewer`).
    var withheld: Set<String> = []
    /// The codes of the cells hidden for this viewer.
    var hiddenCodes: Set<String> = []
    var query: [(String, String?)] { [("niveau", level.rawValue), ("gebied", within?.code), ("periode", period)] }

    static func definition(_ req: Request) async throws -> IndicatorDefinition {
        let code = req.parameters.get("code") ?? ""
        guard let definition = try await req.stores.indicators.catalogue().first(where: { $0.code == code }) else {
            throw WiegError.notFound("Deze indicator bestaat niet.", "This indicator does not exist.")
        }
        return definition
    }

    static func load(_ req: Request, defaultLevel: AreaKind = .gemeente) async throws -> LevelQuery {
        let definition = try await definition(req)
        let withinCode = try req.apiString("gebied", maxLength: 40).flatMap { $0.isEmpty ? nil : $0 }
        var within: AreaRecord?
        if let withinCode {
            guard let area = try await req.stores.areas.find(withinCode) else {
                throw WiegError.badRequest(
                    "Gebied '\(withinCode)' bestaat niet in Wieg.", "Area '\(withinCode)' does not exist in Wieg.")
            }
            within = area
        }
        let fallbackLevel: AreaKind = within?.kind == .gemeente ? .wijk : defaultLevel
        let level = try req.apiEnum("niveau", AreaKind.self) ?? fallbackLevel
        guard [.gemeente, .wijk, .pc4].contains(level) else {
            throw WiegError.badRequest("Kies als niveau gemeente, wijk of pc4.", "Choose gemeente, wijk or pc4 as the level.")
        }
        let areas = try await areas(level: level, within: within, req: req)
        let codes = areas.map(\.code)
        let periods = try await req.application.monitoringCache.periods(
            .init(indicator: definition.code, level: level, within: within?.code),
            codes: codes, stores: req.stores)
        // A period this level has no figures for (e.g. kept from another level in the form)
        // falls back to the latest one; the form then shows which period is drawn.
        let asked = try req.apiString("periode", maxLength: 20).flatMap { periods.contains($0) ? $0 : nil }
        let period = asked ?? periods.last ?? ""
        var referenceArea = within
        if referenceArea == nil { referenceArea = try await req.stores.areas.find("NL") }
        let referenceCode = referenceArea?.code
        let indicators = req.stores.indicators
        // The whole country at a level: joined in the database rather than 4,000 codes sent.
        let values =
            within == nil
            ? try await indicators.counts(indicator: definition.code, period: period, kind: level)
                + indicators.counts(indicator: definition.code, period: period, areaCodes: [referenceCode].compactMap { $0 })
            : try await indicators.counts(indicator: definition.code, period: period, areaCodes: codes + [referenceCode].compactMap { $0 })
        let byCode = Dictionary(values.map { ($0.area, $0) }, uniquingKeysWith: { a, _ in a })
        // Suppression as decided for every view, over the whole country.
        let disclosure =
            period.isEmpty
            ? DisclosureMap()
            : try await req.application.monitoringCache.disclosure(definition, period: period, stores: req.stores)
        let access = try await req.smallNumberAccess()
        let viewed = try await req.viewed(disclosure, by: access)
        let reference = referenceArea.flatMap { area -> (AreaRecord, IndicatorFigure)? in
            if disclosure.isHidden(area.code) && (!access.covers(area.code, parent: area.parentCode) || viewed.isWithheld(area.code)) {
                return nil
            }
            return byCode[area.code].flatMap { IndicatorFigure(definition, numerator: $0.numerator, denominator: $0.denominator) }.map {
                (area, $0)
            }
        }
        let present = areas.filter { byCode[$0.code] != nil && $0.code != referenceCode }
        let cells = present.map { area in
            let v = byCode[area.code]!
            return Cell(
                area: area, numerator: v.numerator, denominator: v.denominator,
                state: disclosure[area.code]?.state ?? definition.smallState(numerator: v.numerator, denominator: v.denominator),
                figure: IndicatorFigure(definition, numerator: v.numerator, denominator: v.denominator))
        }.sorted { ($0.area.name, $0.area.code) < ($1.area.name, $1.area.code) }
        var query = LevelQuery(
            definition: definition, level: level, within: within, period: period, periods: periods, cells: cells,
            reference: reference, access: access)
        query.withheld = viewed.withheld
        query.hiddenCodes = Set(cells.filter(query.hidden).map(\.area.code))
        // The page's JSON twin names the level, area and period actually drawn (a page falls
        // back to a level and the latest period; the values API does not guess).
        if req.wieg.jsonTwin != nil { req.wieg.jsonTwin = SiteURL.apiIndicatorValues(definition.code).with(query.query) }
        return query
    }

    /// The areas of `level` in `within` (a region's municipalities and their small areas, a
    /// municipality's small areas), or in the whole country.
    static func areas(level: AreaKind, within: AreaRecord?, req: Request) async throws -> [AreaRecord] {
        let all = try await req.application.monitoringCache.areas(kind: level, stores: req.stores)
        guard let within else { return all }
        switch within.kind {
        case .regio:
            let members = Set(try await req.stores.areas.members(ofRegion: within.code))
            return all.filter { members.contains($0.code) || members.contains($0.parentCode ?? "") }
        case .provincie:
            if level == .gemeente { return all.filter { $0.parentCode == within.code } }
            let municipalities = Set(try await req.stores.areas.children(of: within.code).map(\.code))
            return all.filter { municipalities.contains($0.parentCode ?? "") }
        case .land:
            return all
        default:
            return all.filter { $0.parentCode == within.code || $0.code == within.code }
        }
    }
}
