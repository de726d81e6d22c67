import Foundation
import Vapor
import WiegCore
import WiegStore

/// `GET /api/v1/indicatoren/{code}/waarden?gebied=&niveau=&periode=`: an indicator's
/// figures, one row per area, with interval, comparison and suppression state. Without
/// `niveau` the one area `gebied` (default NL), compared with the area around it; with
/// `niveau` every area of that level within `gebied`, compared with `gebied`. For the
/// public a hidden figure carries no counts, value or interval at all.
enum ValuesAPIController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .apiIndicatorValues(":code"), access: .everyone, use: values)
    }

    @Sendable static func values(req: Request) async throws -> Response {
        let definition = try await LevelQuery.definition(req)
        let store = req.stores.areas
        let code = try req.apiString("gebied", maxLength: 40).flatMap { $0.isEmpty ? nil : $0 } ?? "NL"
        guard let within = try await store.find(code) else {
            throw WiegError.notFound("Gebied '\(code)' bestaat niet in Wieg.", "Area '\(code)' does not exist in Wieg.")
        }
        let level = try req.apiEnum("niveau", AreaKind.self)
        if let level, ![.gemeente, .wijk, .pc4].contains(level) {
            throw WiegError.badRequest("Kies als niveau gemeente, wijk of pc4.", "Choose gemeente, wijk or pc4 as the level.")
        }
        let rows: [AreaRecord]
        let reference: AreaRecord?
        let siblings: [AreaRecord]
        if let level {
            rows = try await LevelQuery.areas(level: level, within: within, req: req).filter { $0.code != within.code }
            reference = within
            siblings = []
        } else {
            rows = [within]
            let parent = try await within.parentCode.asyncMap { try await store.find($0) } ?? nil
            var around = parent
            if around == nil, within.code != "NL" { around = try await store.find("NL") }
            reference = around
            siblings = try await within.parentCode.asyncMap { try await store.children(of: $0) } ?? []
        }
        let codes = rows.map(\.code)
        let periods = try await req.stores.indicators.periods(indicator: definition.code, areaCodes: codes)
        let askedText = try req.apiString("periode", maxLength: 20)
        if let askedText, askedText.wholeMatch(of: /[0-9]{4}(-[0-9]{4})?/) == nil {
            throw WiegError.badRequest(
                "Periode '\(askedText)' klopt niet; schrijf bijvoorbeeld 2023 of 2019-2021.",
                "Period '\(askedText)' is malformed; write e.g. 2023 or 2019-2021.")
        }
        // A well-formed period without figures (also an impossible one such as 2021-2019)
        // gives no rows, like any other period nothing was imported for.
        let period: String? = askedText.map { Period.parse($0)?.description ?? "" } ?? periods.last
        var items: [ValuesJSON.Row] = []
        if let period, !period.isEmpty {
            let lookup = Array(Set(codes + siblings.map(\.code) + [reference?.code].compactMap { $0 }))
            let values = try await req.stores.indicators.values(indicator: definition.code, period: period, areaCodes: lookup)
            let records = values.compactMap(\.record)
            let built = IndicatorValueRows.build(
                definition: definition, areas: rows, values: records,
                period: Period.parse(period), reference: reference?.code,
                showSmallNumbers: try await req.smallNumberAccess(),
                geography: siblings + [reference].compactMap { $0 },
                disclosure: try await req.disclosure(for: records, catalogue: [definition]))
            items = built.map { ValuesJSON.Row($0, reference: reference?.code) }
        }
        let page = try req.apiPage(defaultSize: 100)
        let slice = Array(items.dropFirst(page.offset).prefix(page.size))
        return try await APIPage(Paged(items: slice, number: page.number, size: page.size, total: items.count)).encodeResponse(for: req)
    }
}

/// One row of the values API. A hidden figure has `suppression` primary or secondary and
/// no numbers; a signed-in viewer gets `shownWithWarning` with the numbers and the reason.
struct ValuesJSON {
    struct Row: Content {
        var area: String
        var areaName: String
        var areaKind: String
        var period: String
        var suppression: String
        var reason: String?
        var numerator: Int?
        var denominator: Int?
        var value: Double?
        var interval95: IntervalJSON?
        var interval998: IntervalJSON?
        var reference: String?
        var comparison: String
        var comparisonLabel: String
        var significantAt998: Bool

        init(_ row: ValueRow, reference: String?) {
            let c = row.cell
            area = row.areaCode
            areaName = row.areaName
            areaKind = row.areaKind.rawValue
            period = row.period.description
            suppression = c.suppression.rawValue
            reason = c.reason
            numerator = c.numerator
            denominator = c.denominator
            value = c.value
            interval95 = c.interval95.map(IntervalJSON.init)
            interval998 = c.interval998.map(IntervalJSON.init)
            self.reference = reference
            comparison = c.comparison.rawValue
            comparisonLabel = c.comparison.dutchLabel
            significantAt998 = c.significantAt998
        }
    }
}
