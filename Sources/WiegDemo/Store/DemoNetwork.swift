import Fluent
import Foundation
import WiegCore
import WiegStore

extension DemoData {
    /// The demo social map, once. Organisations the foundation demo already made (the
    /// ones accounts belong to) are matched by name and keep their id.
    static func loadNetwork(on db: any Database, now: Date = Date()) async throws {
        guard try await ServiceRow.query(on: db).count() == 0 else { return }
        let demo = NetworkDemo.make(now: now)
        let existing = try await OrganisationRow.query(on: db).all()
        let byName = Dictionary(existing.map { ($0.name.lowercased(), $0.id!) }, uniquingKeysWith: { a, _ in a })
        var remap: [UUID: UUID] = [:]
        for org in demo.organisations { if let id = byName[org.name.lowercased()] { remap[org.id] = id } }
        // Addresses get a place on the demo's own (synthetic) map: inside the outline of
        // their postcode's PC4 area, a little apart, so "about 2 km" means something there.
        let pc4 = Set(demo.organisations.flatMap(\.addresses).compactMap { Postcode($0.postcode)?.areaCode })
        let outlines = try await FluentBoundaryStore(db: db).boundaries(codes: Array(pc4))
        let organisations = demo.organisations.enumerated().map { index, org in
            var org = org
            org.id = remap[org.id] ?? org.id
            org.addresses = org.addresses.map { address in
                var address = address
                if let code = Postcode(address.postcode)?.areaCode, let centre = outlines[code]?.centre {
                    let step = Double(index % 5 - 2) * 0.004
                    address.latitude = ((centre.latitude + step) * 10_000).rounded() / 10_000
                    address.longitude = ((centre.longitude - step) * 10_000).rounded() / 10_000
                }
                return address
            }
            return org
        }
        let services = demo.services.map { service in
            var service = service
            service.organisationID = remap[service.organisationID] ?? service.organisationID
            return service
        }
        let zorgpaden = demo.zorgpaden.map { path in
            var path = path
            path.steps = path.steps.map { step in
                var step = step
                step.organisationID = step.organisationID.map { remap[$0] ?? $0 }
                return step
            }
            return path
        }
        _ = try await FluentNetworkStore(db: db).importNetwork(
            organisations: organisations, services: services, zorgpaden: zorgpaden,
            source: "demo: sociale kaart uit de brondocumenten", by: .demo, at: now)
    }
}
