import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// The region dashboard of Monitoring: every municipality of a region × the indicators,
/// each at its latest common period, compared with the region as a whole; small numbers
/// hidden in public (with the region as their parent), shown with a warning to
/// coordinators. A JSON twin and a CSV.
enum RegionMonitoringController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .regionMonitoring(":code"), access: .everyone, use: page)
        routes.on(.GET, .apiRegionMonitoring(":code"), access: .everyone, use: json)
    }

    static func matrix(_ req: Request) async throws -> RegionMatrix {
        let code = req.parameters.get("code") ?? ""
        guard let region = try await req.stores.areas.find(code), region.kind == .regio else {
            throw WiegError.notFound("Regio '\(code)' bestaat niet in Wieg.", "Region '\(code)' does not exist in Wieg.")
        }
        let members = try await req.stores.areas.find(codes: try await req.stores.areas.members(ofRegion: region.code))
        let catalogue = try await req.stores.indicators.catalogue()
        let values = try await req.stores.indicators.values(areaCodes: members.map(\.code) + [region.code]).compactMap(\.record)
        let matrix = RegionMatrix.build(
            region: region, municipalities: members, indicators: catalogue,
            values: values, showSmallNumbers: try await req.smallNumberAccess(),
            disclosure: try await req.disclosure(for: values, catalogue: catalogue))
        return matrix
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let matrix = try await matrix(req)
        let showsSmall = try await req.smallNumberAccess().covers(code)
        // Hulpkaarten per municipality, all time: made, confirmed, share.
        let rows = try await req.stores.referrals.rows(municipalities: matrix.rows.filter { !$0.isRegionTotal }.map(\.areaCode))
        let byMunicipality = Dictionary(grouping: rows, by: \.municipality)
        let referrals = byMunicipality.keys.sorted().compactMap { code -> (label: String, count: ReferralCount)? in
            let counts = ReferralCount.counts(byMunicipality[code]!.map { ($0.madeOn, $0.confirmedOn) })
            guard let last = counts.last else { return nil }
            return (
                label: matrix.rows.first { $0.areaCode == code }?.areaName ?? code,
                count: ReferralCount.total(counts, quarter: counts[counts.count - 1].quarter)
            )
        }
        return RegionMonitoringView.render(req.shell, matrix: matrix, showsSmallNumbers: showsSmall, referrals: referrals)
    }

    @Sendable static func json(req: Request) async throws -> Response {
        let m = try await matrix(req)
        let shown = m.columns.indices.filter { m.columns[$0].period != nil }
        return try await RegionMonitoringJSON(
            region: m.regionCode, regionName: m.regionName,
            indicators: shown.map {
                RegionMonitoringJSON.Column(
                    code: m.columns[$0].code, period: m.columns[$0].period!.description,
                    regionSummed: m.columns[$0].regionSummed)
            },
            rows: m.allRows.map { row in
                RegionMonitoringJSON.Row(
                    area: row.areaCode, areaName: row.areaName, isRegionTotal: row.isRegionTotal,
                    cells: shown.map { i in
                        let c = row.cells[i]
                        return .init(
                            indicator: m.columns[i].code, suppression: c.suppression.rawValue, value: c.value,
                            numerator: c.numerator, denominator: c.denominator,
                            comparison: c.comparison.rawValue, significantAt998: c.significantAt998)
                    })
            }
        ).encodeResponse(for: req)
    }
}

struct RegionMonitoringJSON: Content {
    struct Column: Content {
        var code: String
        var period: String
        var regionSummed: Bool
    }
    struct Cell: Content {
        var indicator: String
        var suppression: String
        var value: Double?
        var numerator: Int?
        var denominator: Int?
        var comparison: String
        var significantAt998: Bool
    }
    struct Row: Content {
        var area: String
        var areaName: String
        var isRegionTotal: Bool
        var cells: [Cell]
    }
    var region: String
    var regionName: String
    var indicators: [Column]
    var rows: [Row]
}
