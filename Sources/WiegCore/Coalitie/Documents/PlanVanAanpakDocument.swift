import Foundation

/// The plan of approach (plan van aanpak) of a coalition as a document: the coalition,
/// its partners per domain, ambitions, societal results, goals per action line,
/// activities, workgroups and cooperation agreements.
public enum PlanVanAanpakDocument {
    /// `organisations` gives the names of members, owners and parties.
    public static func build(
        coalition: CoalitionRecord, plan: PlanOfApproach, activities: [Activity],
        agreements: [Agreement], organisations: [OrganisationRecord],
        workgroups: [DocumentWorkgroup] = []
    ) -> CoalitionDocument {
        let name = DocumentText.names(organisations)
        var sections = [
            DocumentSection("Coalitie", blocks: [.paragraph(DocumentText.coalitionSummary(coalition))]),
            DocumentSection("Partners per domein", blocks: [membersByDomain(coalition, organisations)]),
            DocumentSection("Ambities", blocks: [list(plan.ambitions, empty: "Er zijn nog geen ambities vastgelegd.")]),
            DocumentSection(
                "Maatschappelijke resultaten",
                blocks: [list(plan.societalResults, empty: "Er zijn nog geen maatschappelijke resultaten vastgelegd.")]),
            DocumentSection("Doelen per actielijn", blocks: plan.goals.isEmpty ? [.paragraph("Er zijn nog geen doelen vastgelegd.")] : [])
        ]
        sections += goalsPerActionLine(plan.goals)
        sections.append(DocumentSection("Activiteiten", blocks: [activitiesTable(activities, name)]))
        if !workgroups.isEmpty {
            sections.append(
                DocumentSection(
                    "Werkgroepen",
                    blocks: [
                        .table(
                            DocumentTable(
                                header: ["Werkgroep", "Actie-eigenaar", "Namens de projectgroep"],
                                rows: workgroups.map { [$0.name, $0.actionOwner, $0.projectGroupContact] }))
                    ]))
        }
        sections.append(DocumentSection("Samenwerkingsafspraken", blocks: [agreementsTable(agreements, name)]))
        let status = plan.documented ? "vastgesteld" + (plan.documentedAt.map { " op \(dutchDate($0))" } ?? "") : "concept"
        return CoalitionDocument(
            title: "Plan van aanpak \(coalition.name)",
            subtitle: "\(plan.periodLabel) · \(status)", sections: sections)
    }

    static func list(_ items: [String], empty: String) -> DocumentBlock {
        items.isEmpty ? .paragraph(empty) : .bullets(items)
    }

    /// One table, domains in their fixed order, members of unknown domain last.
    static func membersByDomain(_ coalition: CoalitionRecord, _ organisations: [OrganisationRecord]) -> DocumentBlock {
        guard !coalition.members.isEmpty else { return .paragraph("Er zijn nog geen partners vastgelegd.") }
        let byID = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = NetworkDomain.allCases.map(Optional.some) + [nil]
        let rows = order.flatMap { domain in
            coalition.members.filter { (byID[$0.organisationID]?.domain ?? $0.domain) == domain }.map { member in
                [domain?.dutchName ?? "onbekend", byID[member.organisationID]?.name ?? "onbekende organisatie", member.contactRole]
            }
        }
        return .table(DocumentTable(header: ["Domein", "Organisatie", "Rol contactpersoon"], rows: rows))
    }

    /// A level-2 section per action line that has goals (a goal under each of its lines),
    /// then the goals without an action line.
    static func goalsPerActionLine(_ goals: [Goal]) -> [DocumentSection] {
        func item(_ goal: Goal) -> String {
            let themes = goal.themes.isEmpty ? "" : "; thema: " + goal.themes.map(\.dutchName).joined(separator: ", ")
            return "\(goal.text) (\(goal.phase.dutchName)\(themes))"
        }
        var sections = ActionLine.allCases.compactMap { line -> DocumentSection? in
            let matching = goals.filter { $0.actionLines.contains(line) }
            return matching.isEmpty ? nil : DocumentSection(line.label, level: 2, blocks: [.bullets(matching.map(item))])
        }
        let loose = goals.filter(\.actionLines.isEmpty)
        if !loose.isEmpty { sections.append(DocumentSection("Zonder actielijn", level: 2, blocks: [.bullets(loose.map(item))])) }
        return sections
    }

    static func activitiesTable(_ activities: [Activity], _ name: (UUID) -> String) -> DocumentBlock {
        guard !activities.isEmpty else { return .paragraph("Er zijn nog geen activiteiten vastgelegd.") }
        return .table(
            DocumentTable(
                header: ["Activiteit", "Actielijnen", "Planning", "Eigenaar", "Verwacht resultaat", "Status"],
                rows: activities.map { activity in
                    let owner = [activity.ownerOrganisationID.map(name), activity.ownerRole].compactMap { $0 }.joined(separator: ", ")
                    return [
                        activity.title, DocumentText.actionLines(activity.actionLines), DocumentText.allQuarters(activity.quarters),
                        owner, activity.expectedResult, activity.status.dutchName
                    ]
                }))
    }

    static func agreementsTable(_ agreements: [Agreement], _ name: (UUID) -> String) -> DocumentBlock {
        guard !agreements.isEmpty else { return .paragraph("Er zijn nog geen samenwerkingsafspraken vastgelegd.") }
        return .table(
            DocumentTable(
                header: ["Afspraak", "Niveau", "Partijen", "Datum"],
                rows: agreements.map { agreement in
                    [
                        agreement.title, agreement.level.dutchName, MinimumRequirementsTest.list(agreement.distinctPartyIDs.map(name)),
                        agreement.date.map(dutchDate) ?? ""
                    ]
                }))
    }
}
