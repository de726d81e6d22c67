/// Primary and secondary suppression of small numbers in public tables.
///
/// Primary: a cell whose numerator or denominator is below the threshold (default 10,
/// the publication threshold of the catalogue) is hidden. Secondary: a total and its parts
/// (a parent and its children, a region and its municipalities) form a group. When exactly
/// one member of a group is hidden, it is the total minus the others (or the sum of the
/// parts), so one more part is hidden as well: the shown part with the smallest denominator
/// (then numerator, then code). This repeats over all groups until no group has exactly one
/// hidden member, so differencing along the groups derives nothing. It is applied even when
/// the parts do not add up to the total (boundaries differ, some parts missing): an
/// estimate is still a disclosure risk, so the rule errs on the safe side.
///
/// A total that is not in `cells` counts as shown (it may be published elsewhere). When
/// the only part of a shown total is hidden, the total itself is hidden (secondary).
public enum Suppression {
    public static let defaultThreshold = 10

    /// The state of every cell, in the order given; the groups are the parents and their
    /// children (`SuppressionCell.parentCode`).
    public static func apply(cells: [SuppressionCell], threshold: Int = defaultThreshold) -> [SuppressedCell] {
        var groups: [String: [Int]] = [:]
        for (i, cell) in cells.enumerated() {
            guard let parent = cell.parentCode, parent != cell.areaCode else { continue }
            groups[parent, default: []].append(i)
        }
        return apply(cells: cells, indexedGroups: groups.map { (total: $0.key, key: $0.key, parts: $0.value) }, threshold: threshold)
    }

    /// The state of every cell, in the order given, with the groups given explicitly: a
    /// total (an area code) and the codes of its parts. An area can be a part of several
    /// groups (a municipality in its province and in its region).
    public static func apply(cells: [SuppressionCell], groups: [SuppressionGroup], threshold: Int = defaultThreshold) -> [SuppressedCell] {
        var index: [String: Int] = [:]
        for (i, cell) in cells.enumerated() where index[cell.areaCode] == nil { index[cell.areaCode] = i }
        let indexed = groups.map { group in
            (total: group.total, key: group.key, parts: group.parts.compactMap { index[$0] }.filter { cells[$0].areaCode != group.total })
        }
        return apply(cells: cells, indexedGroups: indexed, threshold: threshold)
    }

    static func apply(
        cells: [SuppressionCell], indexedGroups: [(total: String, key: String, parts: [Int])],
        threshold: Int
    ) -> [SuppressedCell] {
        var states = cells.map { $0.numerator < threshold || $0.denominator < threshold ? SuppressionState.primary : .shown }
        var reasons: [String?] = states.map { $0 == .primary ? primaryReason(threshold) : nil }

        var totalIndex: [String: Int] = [:]
        for (i, cell) in cells.enumerated() where totalIndex[cell.areaCode] == nil { totalIndex[cell.areaCode] = i }
        // Parts ordered smallest first, so the next one to hide is the first shown one.
        let ordered = indexedGroups.filter { !$0.parts.isEmpty }.sorted { ($0.total, $0.key) < ($1.total, $1.key) }.map { group in
            (
                total: group.total, cell: totalIndex[group.total],
                parts: group.parts.sorted { a, b in
                    let x = cells[a]
                    let y = cells[b]
                    return (x.denominator, x.numerator, x.areaCode, a) < (y.denominator, y.numerator, y.areaCode, b)
                }
            )
        }
        // Per group: how many parts are hidden, and where the first shown part may be (cells
        // are only ever hidden, so the pointer only moves forward). At national scale this
        // keeps a pass over all groups linear instead of rescanning every group's parts.
        var groupsOfPart = [[Int]](repeating: [], count: cells.count)
        var hiddenParts = [Int](repeating: 0, count: ordered.count)
        for (g, group) in ordered.enumerated() {
            for part in group.parts {
                groupsOfPart[part].append(g)
                if states[part].isHidden { hiddenParts[g] += 1 }
            }
        }
        var firstShown = [Int](repeating: 0, count: ordered.count)
        func hide(_ cell: Int, _ reason: String) {
            states[cell] = .secondary
            reasons[cell] = reason
            for g in groupsOfPart[cell] { hiddenParts[g] += 1 }
        }

        var changed = true
        while changed {
            changed = false
            for (g, group) in ordered.enumerated() {
                let totalHidden = group.cell.map { states[$0].isHidden } ?? false
                guard hiddenParts[g] + (totalHidden ? 1 : 0) == 1 else { continue }
                while firstShown[g] < group.parts.count && states[group.parts[firstShown[g]]].isHidden { firstShown[g] += 1 }
                if firstShown[g] < group.parts.count {
                    let exposed = totalHidden ? group.total : cells[group.parts.first { states[$0].isHidden }!].areaCode
                    hide(
                        group.parts[firstShown[g]],
                        totalHidden
                            ? "Verborgen omdat het verborgen cijfer van \(group.total) anders de som van zijn deelgebieden is."
                            : "Verborgen omdat het verborgen cijfer van \(exposed) anders terug te rekenen is uit het totaal van \(group.total)."
                    )
                    changed = true
                } else if let total = group.cell, !totalHidden {
                    let only = cells[group.parts.first { states[$0].isHidden }!].areaCode
                    states[total] = .secondary
                    reasons[total] = "Verborgen omdat \(only) het enige deelgebied is en het cijfer anders gelijk is aan dit totaal."
                    for g2 in groupsOfPart[total] { hiddenParts[g2] += 1 }
                    changed = true
                }
            }
        }
        return cells.indices.map { SuppressedCell(cell: cells[$0], state: states[$0], reason: reasons[$0]) }
    }

    static func primaryReason(_ threshold: Int) -> String {
        "Verborgen omdat de teller of de noemer kleiner is dan \(threshold): bij zulke kleine aantallen kunnen personen herkenbaar zijn."
    }
}

/// A total and its parts: a municipality and its PC4 areas, a municipality and its wijken
/// (a second group with the same total), a region and its municipalities.
public struct SuppressionGroup: Sendable, Equatable {
    public var total: String
    public var parts: [String]
    /// Tells apart groups with the same total (e.g. "pc4" and "wijk").
    public var key: String

    public init(total: String, parts: [String], key: String = "") {
        self.total = total
        self.parts = parts
        self.key = key
    }
}
