import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// A choropleth of one indicator over the municipalities, wijken or PC4 areas of a region
/// or municipality, drawn from the imported boundaries (`wieg import boundaries`). Hidden
/// areas are hatched; the legend says what each class means; the data table beside it
/// holds the same figures. Areas without a boundary are listed in the table only.
enum MapController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .map(":code"), access: .everyone, use: page)
    }

    struct MapData {
        var svg: String?
        var classes: ChoroplethClasses
        var withoutBoundary: [String]
        var synthetic: Bool
    }

    static func build(_ q: LevelQuery, boundaries: [String: GeoBoundary], synthetic: Bool, title: String) -> MapData {
        let drawn = q.cells.filter { boundaries[$0.area.code] != nil }
        let values = drawn.filter { !q.hidden($0) }.compactMap { $0.figure?.value }
        let classes = ChoroplethClasses.quantile(values: values)
        guard let bounds = GeoBounds.around(drawn.compactMap { boundaries[$0.area.code] }) else {
            return MapData(svg: nil, classes: classes, withoutBoundary: q.cells.map(\.area.name), synthetic: synthetic)
        }
        let projection = GeoProjection(bounds: bounds, width: 480, height: 560)
        let features = drawn.map { cell in
            ChoroplethFeature(
                code: cell.area.code, name: cell.area.name, rings: projection.rings(boundaries[cell.area.code]!),
                value: q.hidden(cell) ? nil : cell.figure?.value, suppressed: q.hidden(cell))
        }
        let svg = ChoroplethSVG.render(features: features, classes: classes, title: title, unit: q.definition.unitLabel)
        return MapData(
            svg: svg, classes: classes, withoutBoundary: q.cells.filter { boundaries[$0.area.code] == nil }.map(\.area.name),
            synthetic: synthetic)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let q = try await LevelQuery.load(req)
        let codes = q.cells.map(\.area.code)
        let store = req.stores.boundaries
        let title = req.lang.t("Kaart: \(q.definition.nameNL)", "Map: \(q.definition.nameEN)")
        let data = build(
            q, boundaries: try await store.boundaries(codes: codes), synthetic: try await store.anySynthetic(codes: codes),
            title: title)
        return MapView.render(req.shell, query: q, map: data, title: title)
    }
}
