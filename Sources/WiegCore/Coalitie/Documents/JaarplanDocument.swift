import Foundation

/// The annual plan (jaarplan) of a coalition, in the structure of the NML annual plan
/// 2024 (seed 003): ambition and topics, initiatives with time frame and result per action
/// line, risks with mitigations, governance, workgroups and the budget.
public enum JaarplanDocument {
    /// Only activities with a quarter in `year` (or with no quarters at all) are shown.
    public static func build(
        year: Int, coalition: CoalitionRecord, plan: PlanOfApproach?, activities: [Activity],
        risks: [DocumentRisk], governance: [DocumentGovernanceLayer], workgroups: [DocumentWorkgroup],
        budget: Budget?
    ) -> CoalitionDocument {
        var sections = [
            DocumentSection("Inleiding", blocks: [.paragraph(DocumentText.coalitionSummary(coalition))]),
            DocumentSection(
                "Ambitie", blocks: [PlanVanAanpakDocument.list(plan?.ambitions ?? [], empty: "Er is nog geen ambitie vastgelegd.")])
        ]
        if let goals = plan?.goals, !goals.isEmpty {
            sections.append(DocumentSection("Onderwerpen", level: 2, blocks: [.bullets(goals.map(\.text))]))
        }
        sections += initiatives(activities.filter { DocumentText.runs($0, in: year) }, year: year)
        sections.append(
            DocumentSection(
                "Risico's en beheersmaatregelen",
                blocks: [
                    risks.isEmpty
                        ? .paragraph("Er zijn geen risico's vastgelegd.")
                        : .table(
                            DocumentTable(
                                header: ["Risico", "Beheersmaatregelen", "Verantwoordelijken"],
                                rows: risks.map { [$0.risk, $0.mitigation, $0.responsible.joined(separator: ", ")] }))
                ]))
        sections.append(
            DocumentSection(
                "Governance",
                blocks: [
                    governance.isEmpty
                        ? .paragraph("Er is geen governance vastgelegd.")
                        : .table(
                            DocumentTable(
                                header: ["Gremium", "Samenstelling", "Taak", "Frequentie"],
                                rows: governance.map { [$0.name, $0.members, $0.task, $0.cadence] }))
                ]))
        sections.append(
            DocumentSection(
                "Werkgroepen",
                blocks: [
                    workgroups.isEmpty
                        ? .paragraph("Er zijn geen werkgroepen vastgelegd.")
                        : .table(
                            DocumentTable(
                                header: ["Werkgroep", "Actie-eigenaar", "Contactpersoon"],
                                rows: workgroups.map { [$0.name, $0.actionOwner, $0.projectGroupContact] }))
                ]))
        sections.append(DocumentSection("Financiering", blocks: financing(budget, year: year)))
        return CoalitionDocument(title: "Jaarplan \(year)", subtitle: coalition.name, sections: sections)
    }

    /// "Activiteiten in jaarplan 2024", then a level-2 section per action line (an initiative
    /// under its first line) and "Overige initiatieven" for those without one.
    static func initiatives(_ activities: [Activity], year: Int) -> [DocumentSection] {
        let chapter = DocumentSection(
            "Activiteiten in jaarplan \(year)",
            blocks: activities.isEmpty ? [.paragraph("Er zijn geen initiatieven voor \(year).")] : [])
        func table(_ group: [Activity]) -> DocumentBlock {
            .table(
                DocumentTable(
                    header: ["Initiatief", "Tijdspad", "Resultaat"],
                    rows: group.map {
                        [$0.title, DocumentText.timeFrame($0.quarters, year: year), $0.expectedResult]
                    }))
        }
        var groups = ActionLine.allCases.compactMap { line -> DocumentSection? in
            let group = activities.filter { $0.actionLines.min() == line }
            return group.isEmpty ? nil : DocumentSection(line.label, level: 2, blocks: [table(group)])
        }
        let loose = activities.filter(\.actionLines.isEmpty)
        if !loose.isEmpty { groups.append(DocumentSection("Overige initiatieven", level: 2, blocks: [table(loose)])) }
        return [chapter] + groups
    }

    /// The seed's budget table: lines, "Totaal van alle onderdelen", out-of-pocket costs,
    /// "Totaal"; then the funding.
    static func financing(_ budget: Budget?, year: Int) -> [DocumentBlock] {
        guard let budget else { return [.paragraph("Er is geen begroting voor \(year) vastgelegd.")] }
        var rows = budget.lines.map { line in
            DocumentTable.Row([
                line.description.isEmpty ? line.component : "\(line.component): \(line.description)",
                line.fteScaleText, line.amount.compact
            ])
        }
        if !budget.outOfPocket.isEmpty {
            rows.append(DocumentTable.Row(["Totaal van alle onderdelen", "", budget.linesTotal.compact], isTotal: true))
            rows += budget.outOfPocket.map { DocumentTable.Row([$0.description, "", $0.amount.compact]) }
        }
        rows.append(DocumentTable.Row(["Totaal", "", budget.grandTotal.compact], isTotal: true))
        var blocks: [DocumentBlock] = [.table(DocumentTable(header: ["Onderdeel", "Fte/Schaal", "Kosten"], rows: rows))]
        if !budget.funding.isEmpty {
            blocks.append(
                .bullets(
                    budget.funding.map { source in
                        "\(source.kind.label): \(source.amount.compact)" + (source.note.isEmpty ? "" : ". \(source.note)")
                    }))
        }
        if budget.gap.isNegative {
            blocks.append(.paragraph("Er is \((-budget.gap).compact) meer gefinancierd dan begroot."))
        } else if budget.gap != .zero {
            blocks.append(.paragraph("Nog niet gefinancierd: \(budget.gap.compact)."))
        }
        return blocks
    }
}
