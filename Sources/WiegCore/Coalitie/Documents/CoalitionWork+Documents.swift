import Foundation

/// The printable documents of a coalition, by their URL name.
public enum CoalitionDocumentKind: String, CaseIterable, Sendable {
    case planVanAanpak = "plan-van-aanpak"
    case jaarplan
    case voortgangsrapportage

    /// Whether the document is about one year.
    public var isYearly: Bool { self != .planVanAanpak }
}

extension CoalitionWork {
    /// A document built from the working data; nil for a plan of approach when there is
    /// no plan yet. `keyFigures` (the coalition area's indicators, from Monitoring) go into
    /// the Voortgangsrapportage.
    public func document(
        _ kind: CoalitionDocumentKind, year: Int, organisations: [OrganisationRecord],
        services: [ServiceRecord] = [], keyFigures: DocumentTable? = nil, referrals: DocumentTable? = nil
    ) -> CoalitionDocument? {
        let workgroups = self.workgroups.map {
            DocumentWorkgroup(name: $0.name, actionOwner: $0.actionOwner, projectGroupContact: $0.projectGroupContact)
        }
        switch kind {
        case .planVanAanpak:
            guard let plan else { return nil }
            return PlanVanAanpakDocument.build(
                coalition: coalition, plan: plan, activities: activities, agreements: agreements,
                organisations: organisations, workgroups: workgroups)
        case .jaarplan:
            let risks = self.risks.map { DocumentRisk(risk: $0.risk, mitigation: $0.mitigation, responsible: $0.responsibleParties) }
            let governance = self.governance.map { body in
                DocumentGovernanceLayer(
                    name: body.name, members: body.members.joined(separator: "; "), task: body.kind.dutchName,
                    cadence: body.requiredMeetingsPerYear > 0 ? "minimaal \(body.requiredMeetingsPerYear) keer per jaar" : "")
            }
            return JaarplanDocument.build(
                year: year, coalition: coalition, plan: plan, activities: activities, risks: risks,
                governance: governance, workgroups: workgroups, budget: budget(year))
        case .voortgangsrapportage:
            return VoortgangsrapportageDocument.build(
                year: year, coalition: coalition, plan: plan, activities: activities,
                agreements: agreements, organisations: organisations, services: services,
                points: points(year), keyFigures: keyFigures, referrals: referrals)
        }
    }
}
