import Foundation

extension GeoCoordinate {
    /// The distance along the earth's surface in kilometres (haversine; good to well under
    /// a percent at the distances parents travel).
    public func kilometres(to other: GeoCoordinate) -> Double {
        let radius = 6371.0088
        let lat1 = latitude * .pi / 180
        let lat2 = other.latitude * .pi / 180
        let dLat = (other.latitude - latitude) * .pi / 180
        let dLon = (other.longitude - longitude) * .pi / 180
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * radius * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}

extension GeoBoundary {
    /// The middle of the outline's bounding box: where "about 3 km from your postcode"
    /// measures from.
    public var centre: GeoCoordinate? {
        GeoBounds.around([self]).map {
            GeoCoordinate(longitude: ($0.minLongitude + $0.maxLongitude) / 2, latitude: ($0.minLatitude + $0.maxLatitude) / 2)
        }
    }
}
