import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Jaarplan document")
struct JaarplanDocumentTests {
    let document = DemoDocuments.annualPlan(CoalitionDemo.noordMiddenLimburg)

    @Test("NML 2024 follows seed 003: initiatives per action line, risks, governance, workgroups, financing")
    func structure() {
        #expect(document.title == "Jaarplan 2024")
        #expect(document.subtitle == "Regionale ketenaanpak Kansrijke Start Noord- en Midden-Limburg")
        #expect(
            document.sections.filter { $0.level == 1 }.map(\.heading) == [
                "Inleiding", "Ambitie", "Activiteiten in jaarplan 2024", "Risico's en beheersmaatregelen", "Governance",
                "Werkgroepen", "Financiering"
            ])
        let initiatives = document.sections.filter { $0.level == 2 && $0.heading != "Onderwerpen" }
        #expect(initiatives.map(\.heading) == [ActionLine.a21.label, ActionLine.a22.label, "Overige initiatieven"])
        let rows = initiatives.compactMap { DemoDocuments.table($0.heading, in: document) }.flatMap(\.bodyRows)
        #expect(rows.count == 12)
        #expect(
            rows.contains([
                "Verkennen concrete mogelijkheden en wensen convenantpartners", "Q1",
                "Minimaal twee ketenpartners zijn aan elkaar verbonden door overeenkomende wensen en mogelijkheden."
            ]))
    }

    @Test("the four risks with their responsible parties")
    func risks() throws {
        let table = try #require(DemoDocuments.table("Risico's en beheersmaatregelen", in: document))
        #expect(table.header == ["Risico", "Beheersmaatregelen", "Verantwoordelijken"])
        #expect(table.bodyRows.count == 4)
        #expect(table.bodyRows[1][2] == "Gemeenten, Ketenorganisaties, Programmateam")
        #expect(table.bodyRows[0][0].hasPrefix("De tijd die nodig is voor transformatie"))
    }

    @Test("the budget table has the seed's subtotal € 143.700 and total € 180.000")
    func budget() throws {
        let table = try #require(DemoDocuments.table("Financiering", in: document))
        #expect(table.header == ["Onderdeel", "Fte/Schaal", "Kosten"])
        #expect(table.rows.map(\.cells.last) == ["€ 56.400", "€ 42.000", "€ 37.300", "€ 8.000", "€ 143.700", "€ 36.300", "€ 180.000"])
        #expect(table.totalRows == [["Totaal van alle onderdelen", "", "€ 143.700"], ["Totaal", "", "€ 180.000"]])
        #expect(table.rows[0].cells[1] == "0,44 fte schaal 11")
        let text = DemoDocuments.text(document)
        #expect(text.contains("| **Totaal** |  | **€ 180.000** |"))
        #expect(text.contains("SPUK IZA: € 180.000"))
        #expect(!text.contains("Nog niet gefinancierd"))
    }

    @Test("governance and workgroups are listed; an empty input says so")
    func governanceAndEmpty() throws {
        let governance = try #require(DemoDocuments.table("Governance", in: document))
        #expect(
            governance.bodyRows.prefix(3).map { $0[0] } == [
                "Mandaatgemeente Venlo", "Portefeuillehoudersoverleg (PhO) IZA", "Kerngroep IZA NML"
            ])
        #expect(DemoDocuments.table("Werkgroepen", in: document)?.bodyRows.count == 4)
        let bare = JaarplanDocument.build(
            year: 2025, coalition: CoalitionDemo.noordMiddenLimburg.coalition, plan: nil,
            activities: CoalitionDemo.noordMiddenLimburg.activities, risks: [], governance: [],
            workgroups: [], budget: nil)
        let text = DemoDocuments.text(bare)
        #expect(text.contains("Er zijn geen initiatieven voor 2025."))
        #expect(text.contains("Er zijn geen risico's vastgelegd."))
        #expect(text.contains("Er is geen begroting voor 2025 vastgelegd."))
    }

    @Test("an unfunded part of the budget is reported")
    func gap() throws {
        var budget = BudgetDemo.nml2024
        budget.funding = [FundingSource(kind: .gemeente, amount: Money(euros: 100_000))]
        let blocks = JaarplanDocument.financing(budget, year: 2024)
        #expect(blocks.last == .paragraph("Nog niet gefinancierd: € 80.000."))
    }
}
