import Foundation

/// How far one practice (a goal, activity or workgroup of a published plan) spread: which
/// coalitions copied it, for the region dashboard ("welke praktijken verspreiden zich").
public struct PracticeSpread: Sendable, Equatable {
    /// One coalition's copy.
    public struct Copy: Sendable, Equatable {
        public var coalitionID: UUID
        public var coalitionName: String
        /// The id of the copy in that coalition's plan.
        public var itemID: UUID
        public var copiedOn: Date
    }

    /// The original item. When a copy is copied again, the spread counts for the original.
    public var source: OriginSource
    public var sourceCoalitionName: String
    /// The goal's text, activity's title or workgroup's name: the original's when it is
    /// among the works counted, otherwise the first copy's.
    public var title: String
    /// The copies, oldest first.
    public var copies: [Copy]

    /// How many different coalitions copied it.
    public var coalitionCount: Int { Set(copies.map(\.coalitionID)).count }

    /// The spread of every copied item in `works`, most-spread first (then by title).
    public static func count(works: [CoalitionWork]) -> [PracticeSpread] {
        var items: [OriginSource: (title: String, origin: Origin?, coalition: CoalitionRecord)] = [:]
        for work in works {
            func add(_ kind: OriginItemKind, _ id: UUID, _ title: String, _ origin: Origin?) {
                items[OriginSource(coalitionID: work.coalition.id, itemKind: kind, itemID: id)] = (title, origin, work.coalition)
            }
            for goal in work.plan?.goals ?? [] { add(.doel, goal.id, goal.text, goal.origin) }
            for activity in work.activities { add(.activiteit, activity.id, activity.title, activity.origin) }
            for group in work.workgroups { add(.werkgroep, group.id, group.name, group.origin) }
        }
        /// Follows origins back to the original (guarding against a cycle).
        func root(of origin: Origin) -> Origin {
            var current = origin
            var seen: Set<OriginSource> = [current.source]
            while let next = items[current.source]?.origin, seen.insert(next.source).inserted { current = next }
            return current
        }
        var spreads: [OriginSource: PracticeSpread] = [:]
        for (key, item) in items {
            guard let origin = item.origin else { continue }
            let original = root(of: origin)
            let copy = Copy(coalitionID: key.coalitionID, coalitionName: item.coalition.name, itemID: key.itemID, copiedOn: origin.copiedOn)
            spreads[
                original.source,
                default: PracticeSpread(
                    source: original.source, sourceCoalitionName: original.coalitionName,
                    title: items[original.source]?.title ?? item.title, copies: [])
            ]
            .copies.append(copy)
        }
        return spreads.values.map { spread in
            var spread = spread
            spread.copies.sort {
                ($0.copiedOn, $0.coalitionName, $0.itemID.uuidString) < ($1.copiedOn, $1.coalitionName, $1.itemID.uuidString)
            }
            if items[spread.source] == nil, let first = spread.copies.first,
                let title = items[OriginSource(coalitionID: first.coalitionID, itemKind: spread.source.itemKind, itemID: first.itemID)]?
                    .title
            {
                spread.title = title
            }
            return spread
        }.sorted {
            ($1.coalitionCount, DutchText.fold($0.title), $0.source.itemID.uuidString)
                < ($0.coalitionCount, DutchText.fold($1.title), $1.source.itemID.uuidString)
        }
    }
}
