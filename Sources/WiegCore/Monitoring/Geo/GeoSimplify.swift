import Foundation

/// Line simplification for area outlines.
public enum GeoSimplify {
    /// cos(52°): how much shorter a degree of longitude is than one of latitude in the
    /// middle of the Netherlands. Distances are measured with longitude scaled by this.
    public static let longitudeScale = cos(52 * Double.pi / 180)

    /// Douglas–Peucker (Douglas & Peucker 1973): keeps the first and last point and, of the
    /// points between, only those farther than `tolerance` (in degrees of latitude, about
    /// 111 km; 0.0005 ≈ 55 m) from the line through the points kept around them. A closed
    /// ring stays closed; a ring that would keep fewer than 4 points is returned as it was.
    /// Iterative, so long rings cannot overflow the stack.
    public static func douglasPeucker(_ points: [GeoCoordinate], tolerance: Double) -> [GeoCoordinate] {
        guard points.count > 2, tolerance > 0 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var farthest = first
            var distance = 0.0
            for i in (first + 1)..<last {
                let d = segmentDistance(points[i], points[first], points[last])
                if d > distance {
                    distance = d
                    farthest = i
                }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        let result = points.indices.filter { keep[$0] }.map { points[$0] }
        let closed = points.first == points.last
        return closed && result.count < 4 ? points : result
    }

    /// The distance from p to the segment a–b, longitude scaled by `longitudeScale`.
    static func segmentDistance(_ p: GeoCoordinate, _ a: GeoCoordinate, _ b: GeoCoordinate) -> Double {
        let k = longitudeScale
        let px = p.longitude * k
        let py = p.latitude
        let ax = a.longitude * k
        let ay = a.latitude
        let dx = b.longitude * k - ax
        let dy = b.latitude - ay
        let length2 = dx * dx + dy * dy
        var t = length2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0
        t = min(1, max(0, t))
        let ex = px - (ax + t * dx)
        let ey = py - (ay + t * dy)
        return (ex * ex + ey * ey).squareRoot()
    }
}
