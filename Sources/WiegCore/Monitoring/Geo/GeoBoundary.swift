/// A WGS84 position: longitude (east) and latitude (north) in degrees.
public struct GeoCoordinate: Sendable, Equatable, Hashable, Codable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// An area's outline: one or more polygons, each a list of closed rings (the first the
/// outer ring, the others holes), as GeoJSON has them.
public struct GeoBoundary: Sendable, Equatable {
    public var code: String
    public var name: String?
    public var polygons: [[[GeoCoordinate]]]

    public init(code: String, name: String?, polygons: [[[GeoCoordinate]]]) {
        self.code = code
        self.name = name
        self.polygons = polygons
    }

    public var pointCount: Int { polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

    /// The outline with every ring simplified (see `GeoSimplify.douglasPeucker`).
    public func simplified(tolerance: Double) -> GeoBoundary {
        GeoBoundary(
            code: code, name: name,
            polygons: polygons.map { $0.map { GeoSimplify.douglasPeucker($0, tolerance: tolerance) } })
    }
}

/// A longitude/latitude box.
public struct GeoBounds: Sendable, Equatable {
    public var minLongitude: Double, maxLongitude: Double
    public var minLatitude: Double, maxLatitude: Double

    public init(minLongitude: Double, maxLongitude: Double, minLatitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
    }

    /// Generous bounds of the Netherlands, the Wadden and the North Sea coast included.
    /// Coordinates outside are refused: usually RD (EPSG:28992) metres instead of WGS84.
    public static let netherlands = GeoBounds(minLongitude: 3.0, maxLongitude: 7.6, minLatitude: 50.6, maxLatitude: 53.8)

    public func contains(_ c: GeoCoordinate) -> Bool {
        (minLongitude...maxLongitude).contains(c.longitude) && (minLatitude...maxLatitude).contains(c.latitude)
    }

    /// The smallest box around all outlines; nil when there are no points.
    public static func around(_ boundaries: [GeoBoundary]) -> GeoBounds? {
        var result: GeoBounds?
        for b in boundaries {
            for polygon in b.polygons {
                for ring in polygon {
                    for c in ring {
                        if var r = result {
                            r.minLongitude = min(r.minLongitude, c.longitude)
                            r.maxLongitude = max(r.maxLongitude, c.longitude)
                            r.minLatitude = min(r.minLatitude, c.latitude)
                            r.maxLatitude = max(r.maxLatitude, c.latitude)
                            result = r
                        } else {
                            result = GeoBounds(
                                minLongitude: c.longitude, maxLongitude: c.longitude, minLatitude: c.latitude, maxLatitude: c.latitude)
                        }
                    }
                }
            }
        }
        return result
    }
}
