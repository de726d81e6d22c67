import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Voortgangsrapportage document")
struct VoortgangsrapportageDocumentTests {
    @Test("Meppel 2021: the test with evidence, the ten points and the key figures passed in")
    func meppel() throws {
        let figures = DocumentTable(
            header: ["Indicator", "Meppel", "Postcode 7942"],
            rows: [["Vroeggeboorte/laag geboortegewicht per 1000", "130,8", "189,3"]])
        let document = DemoDocuments.progress(CoalitionDemo.meppel, keyFigures: figures)
        #expect(document.title == "Voortgangsrapportage 2021")
        let test = try #require(DemoDocuments.table("Toets minimale eisen 2021", in: document))
        #expect(test.bodyRows.count == 9)
        #expect(test.bodyRows[0][0] == "1. Samenwerking medisch en sociaal domein")
        #expect(
            test.bodyRows.map { $0[1] } == [
                "voldaan", "voldaan", "onbekend", "voldaan", "voldaan", "voldaan", "voldaan", "voldaan", "onbekend"
            ])
        #expect(test.bodyRows[7][2].contains("Icare Jeugdgezondheidszorg"))
        let points = try #require(DemoDocuments.table("De 10 punten in 2021", in: document))
        #expect(points.bodyRows.count == 10)
        #expect(points.bodyRows[0][0] == "1. Bepaal je stip aan de horizon")
        #expect(points.bodyRows[0][1] == "Op orde")
        #expect(DemoDocuments.table("Kerncijfers", in: document) == figures)
        let text = DemoDocuments.text(document)
        #expect(text.contains("7 van de 9 criteria voldaan, 0 niet voldaan, 2 onbekend"))
        #expect(text.contains("Op orde: 3 · In ontwikkeling: 7 · Niet gestart: 0"))
    }

    @Test("realised activities of the year are listed; other years and the key figures are left out")
    func realised() throws {
        let demo = CoalitionDemo.apeldoorn
        var activities = demo.activities
        activities.append(Activity(title: "Later", quarters: [Quarter(year: 2022, quarter: 1)], status: .gerealiseerd))
        let document = VoortgangsrapportageDocument.build(
            year: 2020, coalition: demo.coalition, plan: demo.plan, activities: activities,
            agreements: demo.agreements, organisations: DemoDocuments.organisations,
            points: nil)
        let realised = try #require(DemoDocuments.section("Gerealiseerd in 2020", in: document))
        guard case .bullets(let items) = realised.blocks.first else {
            Issue.record("no list")
            return
        }
        #expect(items.count == 2)
        #expect(items[0].hasPrefix("Escalatieladder kraamzorg"))
        #expect(DemoDocuments.table("Gerealiseerd in 2020", in: document)?.bodyRows.count == 5)
        #expect(DemoDocuments.section("Kerncijfers", in: document) == nil)
        #expect(DemoDocuments.text(document).contains("De 10 punten zijn voor 2020 nog niet ingevuld."))
    }

    @Test("points of an earlier year are shown with a remark")
    func earlierPoints() {
        let demo = CoalitionDemo.meppel
        let document = VoortgangsrapportageDocument.build(
            year: 2022, coalition: demo.coalition, plan: demo.plan, activities: [],
            agreements: demo.agreements, organisations: DemoDocuments.organisations,
            points: demo.points)
        let text = DemoDocuments.text(document)
        #expect(text.contains("Dit is de stand van 2021; voor 2022 is nog geen nieuwe stand ingevuld."))
        #expect(text.contains("Er zijn geen activiteiten voor 2022 vastgelegd."))
    }
}
