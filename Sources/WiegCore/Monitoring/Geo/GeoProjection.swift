/// Places WGS84 outlines in an SVG of `width` × `height`: an equirectangular projection
/// with longitude scaled by cos(52°), the latitude of the middle of the Netherlands. Over
/// an area the size of the country this distorts shapes by at most a few percent, which
/// is fine for a choropleth and far simpler than RD or Web Mercator. North is up; the
/// bounds are fitted inside the padding and centred.
public struct GeoProjection: Sendable, Equatable {
    public var bounds: GeoBounds
    public var width: Double
    public var height: Double
    let scale: Double, offsetX: Double, offsetY: Double

    public init(bounds: GeoBounds, width: Double, height: Double, padding: Double = 8) {
        self.bounds = bounds
        self.width = width
        self.height = height
        let k = GeoSimplify.longitudeScale
        let spanX = max(1e-9, (bounds.maxLongitude - bounds.minLongitude) * k)
        let spanY = max(1e-9, bounds.maxLatitude - bounds.minLatitude)
        let innerWidth = max(1, width - 2 * padding)
        let innerHeight = max(1, height - 2 * padding)
        scale = min(innerWidth / spanX, innerHeight / spanY)
        offsetX = padding + (innerWidth - spanX * scale) / 2
        offsetY = padding + (innerHeight - spanY * scale) / 2
    }

    public func project(_ c: GeoCoordinate) -> SVGPoint {
        SVGPoint(
            x: offsetX + (c.longitude - bounds.minLongitude) * GeoSimplify.longitudeScale * scale,
            y: offsetY + (bounds.maxLatitude - c.latitude) * scale)
    }

    /// Every ring of every polygon, projected: the `rings` of a `ChoroplethFeature`.
    public func rings(_ boundary: GeoBoundary) -> [[SVGPoint]] {
        boundary.polygons.flatMap { $0.map { $0.map(project) } }
    }
}
