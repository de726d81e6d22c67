import Fluent
import Foundation
import WiegCore

/// The boundary of one area for the map: polygons (rings of longitude/latitude) as JSON.
public final class AreaBoundaryRow: Model, @unchecked Sendable {
    public static let schema = "area_boundaries"

    @ID(custom: "area_code", generatedBy: .user) public var id: String?
    @Field(key: "polygons") public var polygons: String
    @Field(key: "point_count") public var pointCount: Int
    @Field(key: "source_file") public var sourceFile: String
    @Field(key: "synthetic") public var synthetic: Bool
    @Field(key: "imported_at") public var importedAt: Date

    public init() {}

    public var boundary: GeoBoundary? {
        guard let code = id, let rings: [[[[Double]]]] = JSONColumn.decode(polygons) else { return nil }
        return GeoBoundary(
            code: code, name: nil,
            polygons: rings.map { polygon in
                polygon.map { ring in ring.compactMap { $0.count == 2 ? GeoCoordinate(longitude: $0[0], latitude: $0[1]) : nil } }
            })
    }

    static func encode(_ boundary: GeoBoundary) -> String {
        // Six decimals is about 10 cm: more than any simplified map needs.
        let rings = boundary.polygons.map {
            $0.map { $0.map { [($0.longitude * 1e6).rounded() / 1e6, ($0.latitude * 1e6).rounded() / 1e6] } }
        }
        return JSONColumn.encode(rings)
    }
}
