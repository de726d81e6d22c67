import Foundation
import WiegCore

extension DemoCoalition {
    /// The demo as the coalition's working data: workgroups, risks and governance
    /// layers become the real types (governance kinds read from the layer's name, the
    /// required number of meetings from its cadence text, e.g. "minimaal 2 keer per jaar").
    /// Ids not fixed by the seed are name-based, so every load gives the same ones.
    public var work: CoalitionWork {
        let namespace = coalition.id
        let workgroups = self.workgroups.map { group in
            Workgroup(
                id: group.id, name: group.name, actionOwner: group.actionOwner, projectGroupContact: group.projectGroupContact,
                memberOrganisationIDs: group.actionOwnerOrganisationID.map { [$0] } ?? [], note: group.note)
        }
        let risks = self.risks.enumerated().map { number, risk in
            Risk(
                id: UUID(name: "risk/\(number)", namespace: namespace), risk: risk.risk, mitigation: risk.mitigation,
                responsibleParties: risk.responsible)
        }
        let governance = self.governance.enumerated().map { number, layer in
            GovernanceBody(
                id: UUID(name: "governance/\(number)", namespace: namespace), kind: Self.kind(of: layer.name),
                name: layer.name, members: [layer.members], requiredMeetingsPerYear: Self.meetingsPerYear(layer.cadence))
        }
        return CoalitionWork(
            coalition: coalition, plan: plan, activities: activities, agreements: agreements,
            workgroups: workgroups, risks: risks, governance: governance,
            budgets: budget.map { [$0] } ?? [], points: points.map { [$0] } ?? [],
            startingSituation: StartingSituation(
                documentedWithFigures: source.hasPrefix("000") || source.hasPrefix("003"),
                indicatorCodes: ["BIG2"]))
    }

    static func kind(of name: String) -> GovernanceBodyKind {
        let folded = name.lowercased()
        if folded.contains("portefeuillehouder") { return .portefeuillehoudersoverleg }
        if folded.contains("kerngroep") { return .kerngroep }
        if folded.contains("adviesraad") || folded.contains("regieraad") { return .adviesraad }
        if folded.contains("bestuurlijk") { return .bestuurlijkeBijeenkomst }
        return .stuurgroep
    }

    /// "minimaal 2 keer per jaar" → 2; anything without "per jaar" → 0 (no agreed number).
    static func meetingsPerYear(_ cadence: String) -> Int {
        let folded = cadence.lowercased()
        guard folded.contains("per jaar") else { return 0 }
        let words = folded.split(whereSeparator: { !$0.isNumber && !$0.isLetter })
        for (position, word) in words.enumerated() where word == "keer" && position > 0 {
            if let number = Int(words[position - 1]) { return number }
        }
        return 0
    }
}
