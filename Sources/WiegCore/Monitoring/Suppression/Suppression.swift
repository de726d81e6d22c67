/// Primary and secondary suppression of small numbers in public tables.
///
/// Primary: a cell whose numerator or denominator is below the threshold (default 10,
/// the publication threshold of the catalogue) is hidden. Secondary: when the parent's
/// total is shown and exactly one of its children is hidden, that child is the parent
/// minus the others, so one more child is hidden as well: the shown child with the
/// smallest denominator (then numerator, then code). This repeats over all groups until
/// no group with a shown parent has exactly one hidden child. It is applied even when the
/// children do not add up to the parent (boundaries differ, some children missing): an
/// estimate is still a disclosure risk, so the rule errs on the safe side.
///
/// A parent that is not in `cells` counts as shown (it may be published elsewhere). When
/// the only child of a shown parent is hidden, the parent itself is hidden (secondary).
public enum Suppression {
    public static let defaultThreshold = 10

    /// The state of every cell, in the order given.
    public static func apply(cells: [SuppressionCell], threshold: Int = defaultThreshold) -> [SuppressedCell] {
        var states = cells.map { $0.numerator < threshold || $0.denominator < threshold ? SuppressionState.primary : .shown }
        var reasons: [String?] = states.map { $0 == .primary ? primaryReason(threshold) : nil }

        var parentIndex: [String: Int] = [:]
        for (i, cell) in cells.enumerated() where parentIndex[cell.areaCode] == nil { parentIndex[cell.areaCode] = i }
        var groups: [String: [Int]] = [:]
        for (i, cell) in cells.enumerated() {
            guard let parent = cell.parentCode, parent != cell.areaCode else { continue }
            groups[parent, default: []].append(i)
        }
        // Children ordered smallest first, so the next one to hide is the first shown one.
        let ordered = groups.keys.sorted().map { parent in
            (parent, groups[parent]!.sorted { a, b in
                let x = cells[a], y = cells[b]
                return (x.denominator, x.numerator, x.areaCode, a) < (y.denominator, y.numerator, y.areaCode, b)
            })
        }

        var changed = true
        while changed {
            changed = false
            for (parent, children) in ordered {
                let parentCell = parentIndex[parent]
                if let parentCell, states[parentCell].isHidden { continue }
                let hidden = children.filter { states[$0].isHidden }
                guard hidden.count == 1 else { continue }
                let exposed = cells[hidden[0]].areaCode
                if let next = children.first(where: { !states[$0].isHidden }) {
                    states[next] = .secondary
                    reasons[next] = "Verborgen omdat het verborgen cijfer van \(exposed) anders terug te rekenen is uit het totaal van \(parent)."
                    changed = true
                } else if let parentCell {
                    states[parentCell] = .secondary
                    reasons[parentCell] = "Verborgen omdat \(exposed) het enige deelgebied is en het cijfer anders gelijk is aan dit totaal."
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
