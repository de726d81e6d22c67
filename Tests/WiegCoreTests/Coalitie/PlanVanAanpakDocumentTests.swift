import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Plan van aanpak document")
struct PlanVanAanpakDocumentTests {
    let document = DemoDocuments.plan(CoalitionDemo.meppel)

    @Test("Meppel's plan has its ambitions, societal results, goals per action line, workgroups and agreements")
    func meppel() throws {
        #expect(document.title == "Plan van aanpak Kansrijke Start Meppel")
        #expect(document.subtitle == "2021–2022 · vastgesteld op 01-04-2021")
        #expect(DemoDocuments.section("Ambities", in: document)?.blocks == [.bullets(CoalitionDemo.meppel.plan.ambitions)])
        #expect(
            DemoDocuments.section("Maatschappelijke resultaten", in: document)?.blocks
                == [.bullets(CoalitionDemo.meppel.plan.societalResults)])
        let lines = document.sections.filter { $0.level == 2 }.map(\.heading)
        #expect(lines == [ActionLine.a11, .a12, .a21, .a22, .a32].map(\.label))
        #expect(DemoDocuments.table("Werkgroepen", in: document)?.bodyRows.count == 8)
        let agreements = try #require(DemoDocuments.table("Samenwerkingsafspraken", in: document))
        #expect(agreements.bodyRows[0][2] == "Gemeente Meppel en Icare Jeugdgezondheidszorg")
        #expect(DemoDocuments.table("Activiteiten", in: document)?.bodyRows.count == 5)
    }

    @Test("partners are grouped by domain, medical first")
    func membersByDomain() throws {
        let table = try #require(DemoDocuments.table("Partners per domein", in: document))
        let domains = table.bodyRows.map { $0[0] }
        #expect(domains == domains.sorted { order($0) < order($1) })
        #expect(domains.first == "medisch")
        #expect(table.bodyRows.count == CoalitionDemo.meppel.coalition.members.count)
        #expect(table.bodyRows.contains(["sociaal", "Gemeente Meppel", "beleidsregisseur sociaal domein, lid projectgroep"]))
    }

    private func order(_ name: String) -> Int {
        NetworkDomain.allCases.firstIndex { $0.dutchName == name } ?? NetworkDomain.allCases.count
    }

    @Test("an empty plan says what is missing; an unknown organisation is named as such")
    func empty() {
        let coalition = CoalitionRecord(
            name: "Test", areaCode: "GM0001",
            members: [CoalitionMember(organisationID: UUID(), domain: nil, contactRole: "rol")])
        let document = PlanVanAanpakDocument.build(
            coalition: coalition, plan: PlanOfApproach(firstYear: 2025, lastYear: 2025),
            activities: [], agreements: [], organisations: [])
        let text = DemoDocuments.text(document)
        #expect(document.subtitle == "2025 · concept")
        #expect(text.contains("Er is geen projectleider vastgelegd."))
        #expect(text.contains("| onbekend | onbekende organisatie | rol |"))
        #expect(text.contains("Er zijn nog geen doelen vastgelegd."))
        #expect(text.contains("Er zijn nog geen samenwerkingsafspraken vastgelegd."))
        #expect(!text.contains("## Werkgroepen"))
    }
}
