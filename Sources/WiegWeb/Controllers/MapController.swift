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
            ChoroplethFeature(code: cell.area.code, name: cell.area.name, rings: projection.rings(boundaries[cell.area.code]!),
                              value: q.hidden(cell) ? nil : cell.figure?.value, suppressed: q.hidden(cell))
        }
        let svg = ChoroplethSVG.render(features: features, classes: classes, title: title, unit: q.definition.unitLabel)
        return MapData(svg: svg, classes: classes, withoutBoundary: q.cells.filter { boundaries[$0.area.code] == nil }.map(\.area.name),
                       synthetic: synthetic)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let q = try await LevelQuery.load(req)
        let codes = q.cells.map(\.area.code)
        let store = req.stores.boundaries
        let title = req.lang.t("Kaart: \(q.definition.nameNL)", "Map: \(q.definition.nameEN)")
        let data = build(q, boundaries: try await store.boundaries(codes: codes), synthetic: try await store.anySynthetic(codes: codes),
                         title: title)
        return MapView.render(req.shell, query: q, map: data, title: title)
    }
}

enum MapView {
    static func render(_ shell: PageShell, query q: LevelQuery, map: MapController.MapData, title: String) -> Response {
        let lang = shell.lang
        let d = q.definition
        var content: [BodyNode] = [
            H.h1(title),
            H.p(lang.t("\(q.within?.name ?? "Nederland"), \(q.level.rawValue), periode \(q.period). De kleuren zijn \(map.classes.classes.count) klassen met elk ongeveer evenveel gebieden; gearceerde gebieden zijn verborgen omdat de aantallen te klein zijn.",
                       "\(q.within?.name ?? "The Netherlands"), \(q.level.rawValue), period \(q.period). The colours are \(map.classes.classes.count) classes with about as many areas each; hatched areas are hidden because the numbers are too small.")),
            MonitoringForms.levelForm(lang, action: SiteURL.map(d.code).path, query: q),
        ]
        content += MonitoringForms.smallNumbersNotice(lang, query: q)
        if map.synthetic {
            content.append(H.notice(lang.t("Synthetisch: deze grenzen zijn vereenvoudigde vormen voor de demo, geen echte gebiedsgrenzen.",
                                           "Synthetic: these boundaries are simplified shapes for the demo, not real area boundaries.")))
        }
        if let svg = map.svg {
            content.append(H.el("figure", H.cls("chart"), .raw(svg),
                                H.el("figcaption", H.text(lang.t("De tabel hieronder bevat dezelfde cijfers.", "The table below holds the same figures.")))))
        } else {
            content.append(H.notice(lang.t("Voor deze gebieden zijn geen grenzen geïmporteerd (wieg import boundaries). De cijfers staan in de tabel.",
                                           "No boundaries have been imported for these areas (wieg import boundaries). The figures are in the table.")))
        }
        if !map.withoutBoundary.isEmpty, map.svg != nil {
            content.append(H.p(lang.t("Zonder grens (alleen in de tabel): ", "Without a boundary (table only): ") + map.withoutBoundary.joined(separator: ", ")))
        }
        content.append(H.el("p", H.a(SiteURL.smallAreasCSV(d.code).with(q.query), lang.t("Download als CSV", "Download as CSV")), H.text(" · "),
                            H.a(SiteURL.smallAreas(d.code).with(q.query), lang.t("Gerangschikt met intervallen", "Ranked with intervals"))))
        content.append(H.textTable(caption: lang.t("Gebieden op de kaart", "Areas on the map"),
                               headers: [lang.t("Gebied", "Area"), lang.t("Waarde", "Value") + " (\(d.unitLabel))", lang.t("Klasse", "Class")],
                               rows: q.cells.map { cell in
                                   let hidden = q.hidden(cell)
                                   let value = hidden ? nil : cell.figure?.value
                                   let klass = hidden ? lang.t("verborgen (kleine aantallen)", "hidden (small numbers)")
                                       : value.flatMap { map.classes.classIndex(for: $0) }.map { map.classes.classes[$0].label } ?? "—"
                                   return [cell.area.name, value.map { SVGWriter.dutch($0) } ?? "—", klass]
                               }))
        return Layout.page(shell, title: title, content)
    }
}
