import Foundation
import Testing

@testable import WiegCore

@Suite("The map of the network as SVG")
struct NetworkMapSVGTests {
    @Test("dots at one address are spread apart so every number can be read, and stay inside the map")
    func spread() {
        let same = Array(repeating: SVGPoint(x: 100, y: 100), count: 8) + [SVGPoint(x: 5, y: 5)]
        let placed = NetworkMapSVG.spread(same, width: 480, height: 480)
        #expect(placed.count == same.count)
        for (i, a) in placed.enumerated() {
            for b in placed[(i + 1)...] { #expect(hypot(a.x - b.x, a.y - b.y) >= 34, "\(a) \(b)") }
            #expect((17...463).contains(a.x) && (17...463).contains(a.y))
        }
        #expect(placed[0] == SVGPoint(x: 100, y: 100))
    }

    @Test("each place is a numbered dot with a title; the outline is drawn; the SVG scales (viewBox)")
    func render() {
        let outline = GeoBoundary(
            code: "GM0119", name: "Meppel",
            polygons: [
                [
                    [
                        GeoCoordinate(longitude: 6.1, latitude: 52.6), GeoCoordinate(longitude: 6.3, latitude: 52.6),
                        GeoCoordinate(longitude: 6.3, latitude: 52.8), GeoCoordinate(longitude: 6.1, latitude: 52.8)
                    ]
                ]
            ])
        let svg = NetworkMapSVG.render(
            area: [outline], parts: [],
            places: [
                NetworkMapPlace(number: 1, name: "GGD <Drenthe>", position: GeoCoordinate(longitude: 6.2, latitude: 52.7), services: 3)
            ],
            title: "Kaart", description: "1 plek")
        #expect(svg.contains("viewBox=\"0 0 480 480\"") && svg.contains("<title>Meppel</title>"))
        #expect(svg.contains("<title>1. GGD &lt;Drenthe&gt;: 3 aanbod</title>") && svg.contains(">1</text>"))
    }
}
