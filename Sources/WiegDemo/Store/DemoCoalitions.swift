import Fluent
import Foundation
import WiegCore
import WiegStore

extension DemoData {
    /// The demo coalitions' work from the seeds (Meppel, Noord- en Midden-Limburg,
    /// Apeldoorn), once. The foundation's coalitions are matched by slug and keep their
    /// id; organisations are matched by name (as the social map does), and Apeldoorn's
    /// own organisations are added to the social map.
    static func loadCoalitions(on db: any Database, now: Date = Date()) async throws {
        guard try await ActivityRow.query(on: db).count() == 0 else { return }
        let network = FluentNetworkStore(db: db)
        for demo in CoalitionDemo.all {
            for org in demo.organisations where try await OrganisationRow.find(org.id, on: db) == nil {
                try await network.save(org, by: .demo, at: now)
            }
        }
        let existing = try await OrganisationRow.query(on: db).all()
        let byName = Dictionary(existing.map { ($0.name.lowercased(), $0.id!) }, uniquingKeysWith: { a, _ in a })
        var remap: [UUID: UUID] = [:]
        for org in CoalitionDemo.organisations(now: now) { if let id = byName[org.name.lowercased()] { remap[org.id] = id } }
        func map(_ id: UUID) -> UUID { remap[id] ?? id }

        let slugs = [
            CoalitionDemo.meppel.coalition.id: "meppel", CoalitionDemo.noordMiddenLimburg.coalition.id: "nml",
            CoalitionDemo.apeldoorn.coalition.id: "apeldoorn"
        ]
        for demo in CoalitionDemo.all {
            var work = demo.work
            let slug = slugs[work.coalition.id] ?? Slug.make(work.coalition.name)
            let model: CoalitionRow
            if let found = try await CoalitionRow.query(on: db).filter(\.$slug == slug).first() {
                model = found
            } else {
                model = CoalitionRow(
                    id: work.coalition.id, slug: slug, name: work.coalition.name,
                    kind: work.coalition.kind == .regionaal ? .regionaal : .lokaal,
                    areaCode: work.coalition.areaCode, regionCode: nil)
                try await model.create(on: db)
            }
            work.coalition.id = model.id!
            work.coalition.name = model.name
            work.coalition.members = work.coalition.members.map { member in
                var member = member
                member.organisationID = map(member.organisationID)
                return member
            }
            work.activities = work.activities.map { activity in
                var activity = activity
                activity.ownerOrganisationID = activity.ownerOrganisationID.map(map)
                return activity
            }
            work.agreements = work.agreements.map { agreement in
                var agreement = agreement
                agreement.partyIDs = agreement.partyIDs.map(map)
                return agreement
            }
            work.workgroups = work.workgroups.map { group in
                var group = group
                group.memberOrganisationIDs = group.memberOrganisationIDs.map(map)
                return group
            }
            // Meppel and Noord- en Midden-Limburg share their plans ("Leren van elkaar"), so
            // the demo has something to learn from; Apeldoorn does not.
            work.coalition.publishesPlan = work.coalition.areaCode != "GM0200"
            try await FluentCoalitionWorkStore(db: db).seed(work, by: .demo, at: now)
        }
    }
}
