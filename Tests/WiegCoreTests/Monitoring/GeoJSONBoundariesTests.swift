import Foundation
import PropertyBased
import Testing

@testable import WiegCore

@Suite("GeoJSON boundaries")
struct GeoJSONBoundariesTests {
    static let meppel = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"statcode":"WK011901","statnaam":"Meppel-Centrum"},
          "geometry":{"type":"Polygon","coordinates":[[[6.19,52.69],[6.20,52.69],[6.20,52.70],[6.19,52.70],[6.19,52.69]]]}},
         {"type":"Feature","properties":{"statcode":"WK011902","statnaam":"Haveltermade"},
          "geometry":{"type":"MultiPolygon","coordinates":[[[[6.20,52.69],[6.21,52.69],[6.21,52.70],[6.20,52.69]]],
                                                           [[[6.22,52.69],[6.23,52.69],[6.23,52.70],[6.22,52.69]]]]}}
        ]}
        """

    func parse(_ text: String, code: String = "statcode") -> GeoJSONParseResult {
        GeoJSONBoundaries.parse(data: Data(text.utf8), codeProperty: code)
    }

    @Test("Polygon and MultiPolygon features in WGS84 with a CBS statcode")
    func valid() {
        let result = parse(Self.meppel)
        #expect(result.issues == [])
        #expect(result.boundaries.map(\.code) == ["WK011901", "WK011902"])
        #expect(result.boundaries.map(\.name) == ["Meppel-Centrum", "Haveltermade"])
        #expect(result.boundaries[1].polygons.count == 2)
        #expect(result.boundaries[0].polygons[0][0][1] == GeoCoordinate(longitude: 6.20, latitude: 52.69))
    }

    /// Each broken file: the feature index, the field and a phrase of the Dutch message.
    static let broken: [(String, Int?, String?, String)] = [
        ("not json", nil, nil, "geen geldige JSON"),
        ("{\"type\":\"Feature\"}", nil, nil, "geen GeoJSON FeatureCollection"),
        ("[1,2]", nil, nil, "geen GeoJSON FeatureCollection"),
        (
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}",
            0, "features[0].properties.statcode", "de code ontbreekt"
        ),
        (
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0119\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.2,52.7]}}]}",
            0, "features[0].geometry.type", "geometrietype 'Point' wordt niet ondersteund (GM0119)"
        ),
        (
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0119\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[209000,522000],[210000,522000],[210000,523000],[209000,522000]]]}}]}",
            0, "features[0].geometry.coordinates[0][0]", "RD-coördinaten"
        ),
        (
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0119\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2.3,48.8],[2.4,48.8],[2.4,48.9],[2.3,48.8]]]}}]}",
            0, "features[0].geometry.coordinates[0][0]", "ligt buiten Nederland"
        ),
        (
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0119\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.2,52.7],[6.3,52.7]]]}}]}",
            0, "features[0].geometry.coordinates[0]", "minstens 4 posities"
        ),
        ("{\"type\":\"FeatureCollection\",\"features\":[]}", nil, "features", "geen features")
    ]

    @Test("broken files name the feature and the field", arguments: broken.indices)
    func brokenFiles(_ i: Int) {
        let (text, index, field, phrase) = Self.broken[i]
        let result = parse(text)
        #expect(result.boundaries.isEmpty && !result.isValid)
        #expect(result.issues.first?.featureIndex == index)
        #expect(result.issues.first?.field == field)
        #expect(result.issues.first?.message.contains(phrase) == true, "\(result.issues)")
        if let index { #expect(result.issues.first?.message.hasPrefix("Feature \(index), veld ") == true) }
    }

    @Test("a numeric code (PC4) is read as text; duplicates are reported")
    func numericCodeAndDuplicates() {
        let ring = "[[[6.19,52.69],[6.20,52.69],[6.20,52.70],[6.19,52.69]]]"
        let text =
            "{\"type\":\"FeatureCollection\",\"features\":["
            + [7942, 7942].map {
                "{\"type\":\"Feature\",\"properties\":{\"postcode\":\($0)},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":\(ring)}}"
            }.joined(separator: ",") + "]}"
        let result = parse(text, code: "postcode")
        #expect(result.boundaries.map(\.code) == ["7942", "7942"])
        #expect(result.issues.map(\.message) == ["Deze codes komen meer dan eens voor: 7942."])
    }

    @Test("Douglas–Peucker drops points within the tolerance and keeps rings closed")
    func simplify() {
        let c = { (x: Double, y: Double) in GeoCoordinate(longitude: x, latitude: y) }
        let line = [c(6, 52), c(6.1, 52.00001), c(6.2, 52), c(6.3, 52.1), c(6.4, 52)]
        #expect(GeoSimplify.douglasPeucker(line, tolerance: 0.001) == [c(6, 52), c(6.2, 52), c(6.3, 52.1), c(6.4, 52)])
        #expect(GeoSimplify.douglasPeucker(line, tolerance: 1) == [c(6, 52), c(6.4, 52)])
        // A dense closed ring (a circle of 400 points) shrinks but stays closed.
        let circle = (0...400).map { i -> GeoCoordinate in
            let a = Double(i % 400) / 400 * 2 * Double.pi
            return c(6 + 0.05 * cos(a), 52.5 + 0.03 * sin(a))
        }
        let simple = GeoSimplify.douglasPeucker(circle, tolerance: 0.001)
        #expect(simple.count < 60 && simple.count >= 4)
        #expect(simple.first == simple.last)
        // A ring that would collapse keeps its points.
        let tiny = [c(6, 52), c(6.00001, 52), c(6.00001, 52.00001), c(6, 52)]
        #expect(GeoSimplify.douglasPeucker(tiny, tolerance: 0.1) == tiny)
    }

    @Test("the projection fits the bounds, keeps north up and scales longitude by cos 52°")
    func projection() {
        let bounds = GeoBounds(minLongitude: 6, maxLongitude: 7, minLatitude: 52, maxLatitude: 53)
        let p = GeoProjection(bounds: bounds, width: 100, height: 100, padding: 0)
        let nw = p.project(GeoCoordinate(longitude: 6, latitude: 53))
        let se = p.project(GeoCoordinate(longitude: 7, latitude: 52))
        #expect(abs(nw.y) < 1e-9 && abs(se.y - 100) < 1e-9)
        #expect(abs((se.x - nw.x) - 100 * cos(52 * Double.pi / 180)) < 1e-9)
        #expect(abs(nw.x + se.x - 100) < 1e-9)  // centred
        let boundaries = parse(Self.meppel).boundaries
        let around = GeoBounds.around(boundaries)!
        #expect(around.minLongitude == 6.19 && around.maxLongitude == 6.23 && around.maxLatitude == 52.70)
        #expect(GeoProjection(bounds: around, width: 200, height: 200).rings(boundaries[1]).count == 2)
    }

    @Test("arbitrary bytes never crash the parser")
    func arbitraryBytes() async {
        await propertyCheck(count: 500, input: Gen<UInt8>.value(in: 0...255).array(of: 0...400)) { bytes in
            let result = GeoJSONBoundaries.parse(data: Data(bytes), codeProperty: "statcode")
            #expect(!result.issues.isEmpty || !result.boundaries.isEmpty)
        }
    }

    @Test("JSON-like fragments never crash the parser either")
    func jsonFragments() async {
        let pieces = [
            "{", "}", "[", "]", ",", ":", "\"type\"", "\"FeatureCollection\"", "\"Feature\"", "\"features\"", "\"geometry\"",
            "\"Polygon\"", "\"MultiPolygon\"", "\"coordinates\"", "\"properties\"", "\"statcode\"", "6.2", "52.7", "null", "true", "-1e400",
            "\"x\""
        ]
        let token = Gen<String?>.element(of: pieces).map { $0! }
        await propertyCheck(count: 500, input: token.array(of: 0...60)) { tokens in
            _ = GeoJSONBoundaries.parse(data: Data(tokens.joined().utf8), codeProperty: "statcode")
        }
    }
}
