import Foundation
import Testing

@testable import WiegCore

@Suite struct SyntheticBoundariesTests {
    let box = GeoBounds(minLongitude: 5.5, maxLongitude: 6.5, minLatitude: 52.0, maxLatitude: 53.0)

    @Test func everyCodeGetsOneClosedShapeInsideTheBox() throws {
        let codes = (1...7).map { "GM900\($0)" }
        let shapes = SyntheticBoundaries.grid(codes: codes, in: box)
        #expect(shapes.map(\.code) == codes)
        for shape in shapes {
            let ring = try #require(shape.polygons.first?.first)
            #expect(ring.count == 5)
            #expect(ring.first == ring.last)
            #expect(ring.allSatisfy { box.contains($0) })
        }
    }

    @Test func neighboursShareTheirEdgeExactly() {
        let shapes = SyntheticBoundaries.grid(codes: ["A", "B", "C", "D"], in: box)
        // 2 × 2: A top left, B top right; A's right edge is B's left edge.
        let a = shapes[0].polygons[0][0]
        let b = shapes[1].polygons[0][0]
        #expect(a[1] == b[0])
        #expect(a[2] == b[3])
    }

    @Test func theSameCodesGiveTheSameShapes() {
        let codes = ["WK011901", "WK011902", "WK011903"]
        #expect(SyntheticBoundaries.grid(codes: codes, in: box) == SyntheticBoundaries.grid(codes: codes, in: box))
        #expect(SyntheticBoundaries.grid(codes: [], in: box).isEmpty)
    }

    @Test func childrenFitInsideTheirParentsInnerBox() throws {
        let parent = SyntheticBoundaries.grid(codes: ["GM0119"], in: box)[0]
        let inner = try #require(SyntheticBoundaries.innerBox(of: parent))
        let children = SyntheticBoundaries.grid(codes: ["PC4-7940", "PC4-7941", "PC4-7942"], in: inner)
        #expect(children.allSatisfy { $0.polygons[0][0].allSatisfy { inner.contains($0) && box.contains($0) } })
    }
}
