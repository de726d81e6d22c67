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
        // Framed on where the help is (with the postcode areas around it), not on the whole
        // municipality or region: otherwise the dots huddle in a corner.
        let points = places.map { p in
            GeoBoundary(code: "", name: nil, polygons: [[[p.position]]])
        }
        let bounds =
            GeoBounds.around(places.isEmpty ? area + parts : parts + points).map { b in
                // At least about 2 km across, so one place is not blown up to the whole map.
                let padLat = max(0, 0.02 - (b.maxLatitude - b.minLatitude)) / 2
                let padLon = max(0, 0.03 - (b.maxLongitude - b.minLongitude)) / 2
                return GeoBounds(
                    minLongitude: b.minLongitude - padLon, maxLongitude: b.maxLongitude + padLon, minLatitude: b.minLatitude - padLat,
                    maxLatitude: b.maxLatitude + padLat)
            } ?? GeoBounds.around(area) ?? GeoBounds.netherlands
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
        svg.open("g", [("class", "plekken"), ("font-size", "16"), ("font-weight", "700"), ("text-anchor", "middle")])
        for (place, p) in zip(places, spread(places.map { projection.project($0.position) }, width: width, height: height)) {
            svg.open("g", [("class", "plek")])
            svg.element("title", text: "\(place.number). \(place.name): \(place.services) aanbod")
            svg.element(
                "circle",
                [
                    ("cx", SVGWriter.number(p.x)), ("cy", SVGWriter.number(p.y)), ("r", "16"), ("fill", "#7a1f5c"), ("stroke", "#ffffff"),
                    ("stroke-width", "2")
                ])
            svg.element(
                "text", [("x", SVGWriter.number(p.x)), ("y", SVGWriter.number(p.y + 6)), ("fill", "#ffffff")], text: String(place.number))
            svg.close("g")
        }
        svg.close("g")
        svg.close("svg")
        return svg.output
    }

    /// Dots closer than a dot's width are moved apart around where they are (a spiral), so
    /// every number stays readable; each keeps its title and its row in the table.
    static func spread(_ points: [SVGPoint], width: Double, height: Double, gap: Double = 34) -> [SVGPoint] {
        var placed: [SVGPoint] = []
        for original in points {
            // Inside the map, a dot's radius from the edge.
            let point = SVGPoint(x: min(max(original.x, 17), width - 17), y: min(max(original.y, 17), height - 17))
            var candidate = point
            var step = 0
            while placed.contains(where: { hypot($0.x - candidate.x, $0.y - candidate.y) < gap }) && step < 400 {
                step += 1
                let angle = Double(step) * 0.9
                let radius = gap * (0.6 + 0.12 * Double(step))
                candidate = SVGPoint(
                    x: min(max(point.x + radius * cos(angle), 17), width - 17), y: min(max(point.y + radius * sin(angle), 17), height - 17))
            }
            placed.append(candidate)
        }
        return placed
    }
}
