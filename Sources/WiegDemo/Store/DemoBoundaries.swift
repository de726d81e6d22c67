import Fluent
import Foundation
import WiegCore
import WiegStore

extension DemoData {
    /// Synthetic map shapes for the demo, marked synthetic (the map says so): every
    /// region's municipalities in a grid inside a box in the region's part of the country,
    /// and every municipality's wijken and PC4 areas in a grid inside its own shape. Once:
    /// a later start finds them and writes nothing.
    static func loadBoundaries(on db: any Database) async throws {
        let store = FluentBoundaryStore(db: db)
        guard try await store.count() == 0 else { return }
        let areas = FluentAreaStore(db: db)
        var shapes: [GeoBoundary] = []
        let regions = try await areas.list(kind: .regio)
        for (index, region) in regions.enumerated() {
            let members = try await areas.members(ofRegion: region.code)
            guard !members.isEmpty else { continue }
            // Regions side by side across the country, each about 0.6° wide.
            let west = 4.0 + Double(index % 5) * 0.7
            let south = 51.0 + Double(index / 5) * 0.7
            let box = GeoBounds(minLongitude: west, maxLongitude: west + 0.6, minLatitude: south, maxLatitude: south + 0.6)
            shapes += SyntheticBoundaries.grid(codes: members, in: box)
        }
        let placed = Set(shapes.map(\.code))
        // Municipalities outside every region (Meppel, Apeldoorn) on a row of their own.
        let loose = try await areas.list(kind: .gemeente).map(\.code).filter { !placed.contains($0) }
        for (index, code) in loose.enumerated() {
            let west = 4.0 + Double(index % 8) * 0.4
            let box = GeoBounds(minLongitude: west, maxLongitude: west + 0.3, minLatitude: 52.8, maxLatitude: 53.1)
            shapes += SyntheticBoundaries.grid(codes: [code], in: box)
        }
        for municipality in shapes {
            guard let inner = SyntheticBoundaries.innerBox(of: municipality) else { continue }
            let children = try await areas.children(of: municipality.code)
            for kind in [AreaKind.wijk, .pc4] {
                shapes += SyntheticBoundaries.grid(codes: children.filter { $0.kind == kind }.map(\.code), in: inner)
            }
        }
        _ = try await store.replace(shapes, source: "demo: synthetische vormen", synthetic: true, by: .demo, at: Date())
    }
}
