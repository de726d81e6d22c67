import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Coalition document: model and table of contents")
struct CoalitionDocumentTests {
    @Test(
        "a heading's anchor is lower-case ASCII with single hyphens",
        arguments: [
            ("Risico's en beheersmaatregelen", "risicos-en-beheersmaatregelen"),
            ("Activiteiten in jaarplan 2024", "activiteiten-in-jaarplan-2024"),
            ("2.1 beter signaleren van (niet-medische) problemen", "2-1-beter-signaleren-van-niet-medische-problemen"),
            ("Eén loket — voor cliënten!", "een-loket-voor-clienten"),
            ("  Toets | minimale  eisen ", "toets-minimale-eisen"),
            ("???", "sectie")
        ])
    func slug(heading: String, anchor: String) {
        #expect(DocumentAnchor.slug(heading) == anchor)
    }

    @Test("repeated headings get numbered anchors that clash with no other heading")
    func uniqueAnchors() {
        #expect(
            DocumentAnchor.unique(["Werkgroepen", "Werkgroepen", "Werkgroepen-2", "Werkgroepen"])
                == ["werkgroepen", "werkgroepen-3", "werkgroepen-2", "werkgroepen-4"])
        let document = CoalitionDocument(title: "T", sections: [DocumentSection("Doelen"), DocumentSection("Doelen", level: 2)])
        #expect(
            document.tableOfContents == [
                TableOfContentsEntry(heading: "Doelen", level: 1, anchor: "doelen"),
                TableOfContentsEntry(heading: "Doelen", level: 2, anchor: "doelen-2")
            ])
    }

    @Test("the anchors of every demo document are unique")
    func demoDocumentsHaveUniqueAnchors() {
        for document in DemoDocuments.all() {
            let anchors = document.tableOfContents.map(\.anchor)
            #expect(Set(anchors).count == anchors.count, "\(document.title)")
            #expect(anchors.count == document.sections.count)
        }
    }

    @Test("levels are clamped and total rows are kept apart from body rows")
    func modelBasics() {
        #expect(DocumentSection("x", level: 0).level == 1)
        #expect(DocumentSection("x", level: 9).level == 5)
        let table = DocumentTable(header: ["a", "b"], rows: [["1", "2"]], totals: [["Totaal", "2"]])
        #expect(table.rows.map(\.isTotal) == [false, true])
        #expect(table.bodyRows == [["1", "2"]])
        #expect(table.totalRows == [["Totaal", "2"]])
    }
}

/// The demo coalitions' documents, as the web layer would build them.
enum DemoDocuments {
    static let organisations = CoalitionDemo.organisations(now: CoalitieExample.date(2024, 6, 1))

    static func plan(_ demo: DemoCoalition) -> CoalitionDocument {
        PlanVanAanpakDocument.build(
            coalition: demo.coalition, plan: demo.plan, activities: demo.activities,
            agreements: demo.agreements, organisations: organisations,
            workgroups: demo.workgroups.map(\.document))
    }

    static func annualPlan(_ demo: DemoCoalition) -> CoalitionDocument {
        JaarplanDocument.build(
            year: demo.year, coalition: demo.coalition, plan: demo.plan, activities: demo.activities,
            risks: demo.risks.map(\.document), governance: demo.governance.map(\.document),
            workgroups: demo.workgroups.map(\.document), budget: demo.budget)
    }

    static func progress(_ demo: DemoCoalition, keyFigures: DocumentTable? = nil) -> CoalitionDocument {
        VoortgangsrapportageDocument.build(
            year: demo.year, coalition: demo.coalition, plan: demo.plan, activities: demo.activities,
            agreements: demo.agreements, organisations: organisations, points: demo.points,
            keyFigures: keyFigures)
    }

    static func all() -> [CoalitionDocument] {
        CoalitionDemo.all.flatMap { [plan($0), annualPlan($0), progress($0)] }
    }

    /// Every text of a document, for "contains" checks.
    static func text(_ document: CoalitionDocument) -> String {
        MarkdownRenderer.render(document)
    }

    static func section(_ heading: String, in document: CoalitionDocument) -> DocumentSection? {
        document.sections.first { $0.heading == heading }
    }

    static func table(_ heading: String, in document: CoalitionDocument) -> DocumentTable? {
        section(heading, in: document)?.blocks.lazy.compactMap { block -> DocumentTable? in
            if case .table(let table) = block { return table }
            return nil
        }.first
    }
}
