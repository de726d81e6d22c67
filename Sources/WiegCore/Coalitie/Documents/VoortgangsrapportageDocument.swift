import Foundation

/// The yearly progress report (voortgangsrapportage): what was realised, the outcome of
/// the minimum-requirements test with its evidence, the status of Pharos' ten points and,
/// optionally, a table of key figures the caller supplies.
public enum VoortgangsrapportageDocument {
    /// `keyFigures` is shown as it is given (header, rows, totals); `nil` leaves the section out.
    /// `points` of another year than `year` are shown with a remark.
    public static func build(
        year: Int, coalition: CoalitionRecord, plan: PlanOfApproach?, activities: [Activity],
        agreements: [Agreement], organisations: [OrganisationRecord], services: [ServiceRecord] = [],
        points: PharosYear?, keyFigures: DocumentTable? = nil, referrals: DocumentTable? = nil
    ) -> CoalitionDocument {
        let current = activities.filter { DocumentText.runs($0, in: year) }
        let results = MinimumRequirementsTest.evaluate(
            coalition: coalition, plan: plan, activities: activities,
            agreements: agreements, organisations: organisations,
            year: year, services: services)
        var sections = [
            DocumentSection("Samenvatting", blocks: [.paragraph(summary(current, results, year: year))]),
            DocumentSection("Gerealiseerd in \(year)", blocks: realised(current, year: year)),
            DocumentSection(
                "Toets minimale eisen \(year)",
                blocks: [
                    .table(
                        DocumentTable(
                            header: ["Criterium", "Uitkomst", "Onderbouwing"],
                            rows: results.map { ["\($0.criterion.rawValue). \($0.criterion.dutchName)", $0.outcome.dutchName, $0.evidence] }
                        ))
                ]),
            DocumentSection("De 10 punten in \(year)", blocks: pointBlocks(points, year: year))
        ]
        if let keyFigures {
            sections.append(DocumentSection("Kerncijfers", blocks: [.table(keyFigures)]))
        }
        if let referrals {
            sections.append(DocumentSection("Verwijzingen met een hulpkaart", blocks: [.table(referrals)]))
        }
        return CoalitionDocument(title: "Voortgangsrapportage \(year)", subtitle: coalition.name, sections: sections)
    }

    static func summary(_ activities: [Activity], _ results: [CriterionResult], year: Int) -> String {
        let done = activities.filter { $0.status == .gerealiseerd }.count
        func count(_ outcome: CriterionOutcome) -> Int { results.filter { $0.outcome == outcome }.count }
        return "In \(year) zijn \(done) van de \(activities.count) activiteiten gerealiseerd. Toets minimale eisen: "
            + "\(count(.voldaan)) van de \(results.count) criteria voldaan, \(count(.nietVoldaan)) niet voldaan, \(count(.onbekend)) onbekend."
    }

    /// The realised activities as a list, then every activity of the year with its status.
    static func realised(_ activities: [Activity], year: Int) -> [DocumentBlock] {
        guard !activities.isEmpty else { return [.paragraph("Er zijn geen activiteiten voor \(year) vastgelegd.")] }
        let done = activities.filter { $0.status == .gerealiseerd }
        let list: DocumentBlock =
            done.isEmpty
            ? .paragraph("Er is in \(year) nog geen activiteit gerealiseerd.")
            : .bullets(done.map { $0.expectedResult.isEmpty ? $0.title : "\($0.title): \($0.expectedResult)" })
        let table = DocumentTable(
            header: ["Activiteit", "Tijdspad", "Status", "Toelichting"],
            rows: activities.map { activity in
                let date = activity.statusDate.map { " (\(dutchDate($0)))" } ?? ""
                return [
                    activity.title, DocumentText.timeFrame(activity.quarters, year: year),
                    activity.status.dutchName + date, activity.statusNote ?? ""
                ]
            })
        return [list, .table(table)]
    }

    static func pointBlocks(_ points: PharosYear?, year: Int) -> [DocumentBlock] {
        guard let points else { return [.paragraph("De 10 punten zijn voor \(year) nog niet ingevuld.")] }
        var blocks: [DocumentBlock] = []
        if points.year != year {
            blocks.append(.paragraph("Dit is de stand van \(points.year); voor \(year) is nog geen nieuwe stand ingevuld."))
        }
        let counts = points.statusCounts
        blocks.append(.paragraph(PointStatus.allCases.reversed().map { "\($0.label): \(counts[$0] ?? 0)" }.joined(separator: " · ")))
        blocks.append(
            .table(
                DocumentTable(
                    header: ["Punt", "Status", "Waar staan we", "Wat willen we ontwikkelen"],
                    rows: points.assessments.map { assessment in
                        [
                            "\(assessment.point.number). \(assessment.point.title)", assessment.status.label,
                            assessment.waarStaanWe, assessment.watWillenWeOntwikkelen
                        ]
                    })))
        return blocks
    }
}
