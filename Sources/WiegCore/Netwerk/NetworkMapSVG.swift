import Foundation

/// A place on the map of the network (Geboortezorglandschap): an organisation's address with
/// the help found there, numbered as in the list beside the map.
public struct NetworkMapPlace: Sendable, Equatable {
    public var number: Int
    public var name: String
    public var position: GeoCoordinate
    /// How many services are found there (for the point's title).
    public var services: Int

    public init(number: Int, name: String, position: GeoCoordinate, services: Int) {
        self.number = number
        self.name = name
        self.position = position
        self.services = services
    }
}

/// The map of the network as SVG, no script: the area's outlines (the area itself darker, its
/// parts lighter), each place a numbered dot with a title; the list and table beside it carry
/// the same numbers. Scales to its container (viewBox).
public enum NetworkMapSVG {
    public static func render(
        area: [GeoBoundary], parts: [GeoBoundary], places: [NetworkMapPlace], title: String, description: String,
        width: Double = 480, height: Double = 480
    ) -> String {
        let all = area + parts
        let bounds =
            GeoBounds.around(all)
            ?? places.reduce(nil as GeoBounds?) { result, place in
                let p = place.position
                guard var b = result else {
                    return GeoBounds(
                        minLongitude: p.longitude - 0.02, maxLongitude: p.longitude + 0.02, minLatitude: p.latitude - 0.02,
                        maxLatitude: p.latitude + 0.02)
                }
                b.minLongitude = min(b.minLongitude, p.longitude)
                b.maxLongitude = max(b.maxLongitude, p.longitude)
                b.minLatitude = min(b.minLatitude, p.latitude)
                b.maxLatitude = max(b.maxLatitude, p.latitude)
                return b
            } ?? GeoBounds.netherlands
        let projection = GeoProjection(bounds: bounds, width: width, height: height, padding: 16)
        var svg = SVGWriter()
        svg.openDocument(
            width: width, height: height, title: title, description: description, id: "netwerkkaart", className: "kaart netwerkkaart")
        func outline(_ boundary: GeoBoundary, fill: String, stroke: String, width strokeWidth: String) {
            var d = ""
            for ring in projection.rings(boundary) where ring.count > 2 { d += "M" + ring.map(SVGWriter.pair).joined(separator: " ") + "Z" }
            svg.open("path", [("d", d), ("fill", fill), ("stroke", stroke), ("stroke-width", strokeWidth), ("fill-rule", "evenodd")])
            svg.element("title", text: boundary.name ?? boundary.code)
            svg.close("path")
        }
        for boundary in area { outline(boundary, fill: "#f5f2f6", stroke: "#7a1f5c", width: "2") }
        for boundary in parts { outline(boundary, fill: "none", stroke: "#b9a7b4", width: "0.75") }
        svg.open("g", [("class", "plekken"), ("font-size", "12"), ("font-weight", "700"), ("text-anchor", "middle")])
        for (place, p) in zip(places, spread(places.map { projection.project($0.position) }, width: width, height: height)) {
            svg.open("g", [("class", "plek")])
            svg.element("title", text: "\(place.number). \(place.name): \(place.services) aanbod")
            svg.element(
                "circle",
                [
                    ("cx", SVGWriter.number(p.x)), ("cy", SVGWriter.number(p.y)), ("r", "11"), ("fill", "#7a1f5c"), ("stroke", "#ffffff"),
                    ("stroke-width", "2")
                ])
            svg.element(
                "text", [("x", SVGWriter.number(p.x)), ("y", SVGWriter.number(p.y + 4)), ("fill", "#ffffff")], text: String(place.number))
            svg.close("g")
        }
        svg.close("g")
        svg.close("svg")
        return svg.output
    }

    /// Dots closer than a dot's width are moved apart around where they are (a spiral), so
    /// every number stays readable; each keeps its title and its row in the table.
    static func spread(_ points: [SVGPoint], width: Double, height: Double, gap: Double = 24) -> [SVGPoint] {
        var placed: [SVGPoint] = []
        for original in points {
            // Inside the map, a dot's radius from the edge.
            let point = SVGPoint(x: min(max(original.x, 12), width - 12), y: min(max(original.y, 12), height - 12))
            var candidate = point
            var step = 0
            while placed.contains(where: { hypot($0.x - candidate.x, $0.y - candidate.y) < gap }) && step < 400 {
                step += 1
                let angle = Double(step) * 0.9
                let radius = gap * (0.6 + 0.12 * Double(step))
                candidate = SVGPoint(
                    x: min(max(point.x + radius * cos(angle), 12), width - 12), y: min(max(point.y + radius * sin(angle), 12), height - 12))
            }
            placed.append(candidate)
        }
        return placed
    }
}
