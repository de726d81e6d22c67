import Foundation
import Vapor
import WiegCore
import WiegStore

/// The indicator catalogue and an area's profile, as pages and as JSON. Public: small
/// numbers are hidden unless the viewer is signed in as beheerder, regio or coordinator.
enum MonitoringController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .indicators, access: .everyone, use: catalogue)
        routes.on(.GET, .apiIndicators, access: .everyone, use: catalogueJSON)
        routes.on(.GET, .apiIndicator(":code"), access: .everyone, use: indicatorJSON)
        routes.on(.GET, .areaProfile(":code"), access: .everyone, use: profile)
        routes.on(.GET, .apiAreaProfile(":code"), access: .everyone, use: profileJSON)
    }

    @Sendable static func catalogue(req: Request) async throws -> Response {
        IndicatorsView.render(req.shell, catalogue: try await req.stores.indicators.catalogue())
    }

    @Sendable static func catalogueJSON(req: Request) async throws -> Response {
        let all = try await req.stores.indicators.catalogue().map(IndicatorJSON.init)
        let page = try req.apiPage(defaultSize: 100)
        let slice = Array(all.dropFirst(page.offset).prefix(page.size))
        return try await APIPage(Paged(items: slice, number: page.number, size: page.size, total: all.count)).encodeResponse(for: req)
    }

    @Sendable static func indicatorJSON(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        guard let definition = try await req.stores.indicators.catalogue().first(where: { $0.code == code }) else {
            throw WiegError.notFound("Indicator '\(code)' bestaat niet in de catalogus.", "Indicator '\(code)' is not in the catalogue.")
        }
        return try await IndicatorJSON(definition).encodeResponse(for: req)
    }

    static func profileRows(_ req: Request) async throws -> (AreaRecord, [ProfileRow]) {
        let area = try await req.areaParameter()
        return (area, try await req.profileRows(area: area, showSmallNumbers: try await req.smallNumberAccess()))
    }

    @Sendable static func profile(req: Request) async throws -> Response {
        let (area, rows) = try await profileRows(req)
        return AreaProfileView.render(
            req.shell, area: area, rows: rows,
            showsSmallNumbers: try await req.smallNumberAccess().covers(area.code, parent: area.parentCode))
    }

    @Sendable static func profileJSON(req: Request) async throws -> Response {
        let (area, rows) = try await profileRows(req)
        return try await ProfileJSON(area: AreaJSON(area), indicators: rows.map(ProfileJSON.Row.init)).encodeResponse(for: req)
    }
}

struct IndicatorJSON: Content {
    var code, nameNL, nameEN, definition, numeratorDefinition, denominatorDefinition: String
    var statistic: String
    var multiplier: Int
    var unit: String
    var polarity: String
    var phase: String
    var source: String
    var publicationThreshold: Int

    init(_ d: IndicatorDefinition) {
        code = d.code
        nameNL = d.nameNL
        nameEN = d.nameEN
        definition = d.definition
        numeratorDefinition = d.numeratorDefinition
        denominatorDefinition = d.denominatorDefinition
        statistic = d.statistic.rawValue
        multiplier = d.multiplier
        unit = d.unitLabel
        polarity = d.polarity.rawValue
        phase = d.phase.rawValue
        source = d.source.rawValue
        publicationThreshold = d.publicationThreshold
    }
}

/// An area's profile as JSON. A suppressed figure carries no numbers at all.
/// A confidence interval in JSON, in the indicator's unit.
struct IntervalJSON: Content {
    var lower: Double
    var upper: Double

    init(_ interval: ConfidenceInterval) {
        lower = interval.lower
        upper = interval.upper
    }
}

struct ProfileJSON: Content {
    struct Comparison: Content {
        var reference: String
        var referenceValue: Double
        var outcome: String
        var label: String
        var significantAt998: Bool
    }
    struct Row: Content {
        var indicator: String
        var period: String
        var suppressed: Bool
        var numerator: Int?
        var denominator: Int?
        var value: Double?
        var interval95: IntervalJSON?
        var interval998: IntervalJSON?
        var comparisons: [Comparison]
        var source: String

        init(_ row: ProfileRow) {
            source = row.source
            indicator = row.definition.code
            period = row.period.description
            suppressed = row.suppressed
            let shown = row.suppressed ? nil : row.figure
            numerator = shown?.numerator
            denominator = shown?.denominator
            value = shown?.value
            interval95 = shown.map { IntervalJSON($0.interval95) }
            interval998 = shown.map { IntervalJSON($0.interval998) }
            comparisons =
                row.suppressed
                ? []
                : row.references.map {
                    Comparison(
                        reference: $0.area.code, referenceValue: $0.figure.value, outcome: $0.comparison.outcome.rawValue,
                        label: $0.comparison.outcome.dutchLabel, significantAt998: $0.comparison.significantAt998)
                }
        }
    }
    var area: AreaJSON
    var indicators: [Row]
}
