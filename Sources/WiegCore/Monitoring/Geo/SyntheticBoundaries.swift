import Foundation

/// Simplified synthetic shapes for the demo, where no real boundaries are imported: the
/// areas are laid out as a grid of quadrilaterals inside a box, their shared corners
/// shifted a little (deterministically, from the codes) so the map does not look like a
/// spreadsheet. Neighbouring areas share their edges exactly, so the map has no gaps.
/// Always labelled synthetic wherever shown.
public enum SyntheticBoundaries {
    /// One shape per code, in a grid of ⌈√n⌉ columns filling `bounds` row by row.
    public static func grid(codes: [String], names: [String: String] = [:], in bounds: GeoBounds) -> [GeoBoundary] {
        guard !codes.isEmpty else { return [] }
        let columns = Int(Double(codes.count).squareRoot().rounded(.up))
        let rows = (codes.count + columns - 1) / columns
        let width = (bounds.maxLongitude - bounds.minLongitude) / Double(columns)
        let height = (bounds.maxLatitude - bounds.minLatitude) / Double(rows)
        let salt = codes.joined().utf8.reduce(UInt64(1_469_598_103_934_665_603)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        // Inner corners move up to a fifth of a cell; corners on the box edge stay on it.
        func corner(_ column: Int, _ row: Int) -> GeoCoordinate {
            var x = bounds.minLongitude + Double(column) * width
            var y = bounds.minLatitude + Double(row) * height
            if column > 0 && column < columns { x += width * 0.2 * jitter(salt, column, row, 0) }
            if row > 0 && row < rows { y += height * 0.2 * jitter(salt, column, row, 1) }
            return GeoCoordinate(longitude: x, latitude: y)
        }
        return codes.enumerated().map { index, code in
            let column = index % columns
            let row = rows - 1 - index / columns  // the first code top left
            let ring = [
                corner(column, row), corner(column + 1, row), corner(column + 1, row + 1), corner(column, row + 1), corner(column, row)
            ]
            return GeoBoundary(code: code, name: names[code], polygons: [[ring]])
        }
    }

    /// The box of one shape (to lay out its own smaller areas inside it), shrunk a little so
    /// the children stay within the parent's outline (corners move at most a fifth of a cell).
    public static func innerBox(of boundary: GeoBoundary) -> GeoBounds? {
        guard let b = GeoBounds.around([boundary]) else { return nil }
        let dx = (b.maxLongitude - b.minLongitude) * 0.35
        let dy = (b.maxLatitude - b.minLatitude) * 0.35
        return GeoBounds(
            minLongitude: b.minLongitude + dx, maxLongitude: b.maxLongitude - dx,
            minLatitude: b.minLatitude + dy, maxLatitude: b.maxLatitude - dy)
    }

    /// A number in [-1, 1] that depends only on the salt and the corner.
    static func jitter(_ salt: UInt64, _ column: Int, _ row: Int, _ axis: Int) -> Double {
        var h = salt ^ (UInt64(column) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(row) &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(axis)
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Double(h % 2001) / 1000 - 1
    }
}
