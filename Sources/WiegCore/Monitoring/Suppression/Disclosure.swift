/// Whether one area's figure may be shown to someone who may not see small numbers, decided
/// as the level views decide it: with its siblings (the areas with the same parent, for the
/// same indicator and period), primary and secondary suppression. A profile that showed
/// what the level view hides would let the hidden cell be computed from the parent total.
public enum Disclosure {
    public static func isHidden(_ area: String, among siblings: [SuppressionCell], threshold: Int) -> Bool {
        guard siblings.contains(where: { $0.areaCode == area }) else { return false }
        return Suppression.apply(cells: siblings, threshold: threshold).first { $0.cell.areaCode == area }?.state.isHidden ?? false
    }
}
