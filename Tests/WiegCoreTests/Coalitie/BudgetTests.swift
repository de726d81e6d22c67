import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Budget: totals and validation")
struct BudgetTests {
    @Test("the NML 2024 budget adds up to the seed's € 143.700 and € 180.000")
    func nmlTotals() {
        let budget = BudgetDemo.nml2024
        #expect(budget.year == 2024)
        #expect(budget.lines.map(\.amount) == [56_400, 42_000, 37_300, 8_000].map { Money(euros: $0) })
        #expect(budget.linesTotal == Money(euros: 143_700))
        #expect(budget.linesTotal.compact == "€ 143.700")
        #expect(budget.outOfPocketTotal == Money(euros: 36_300))
        #expect(budget.grandTotal == Money(euros: 180_000))
        #expect(budget.grandTotal.formatted == "€ 180.000,00")
        #expect(budget.fundedTotal == Money(euros: 180_000))
        #expect(budget.gap == .zero)
        #expect(budget.fteTotalHundredths == 110)
        #expect(budget.funding.map(\.kind) == [.spukIZA])
        #expect(budget.isValid)
    }

    @Test("fte and scale read as the seed's table cell")
    func fteScaleText() {
        let lines = BudgetDemo.nml2024.lines
        #expect(lines.map(\.fteScaleText) == ["0,44 fte schaal 11", "0,33 fte schaal 11", "0,33 fte schaal 10", ""])
        #expect(BudgetLine.fteText(100) == "1,00")
        #expect(BudgetLine.fteText(5) == "0,05")
    }

    @Test("totals follow the lines: nothing is stored")
    func totalsAreComputed() {
        var budget = BudgetDemo.nml2024
        budget.lines.append(BudgetLine(component: "Training", amount: Money(cents: 1_050)))
        budget.funding.append(FundingSource(kind: .gemeente, amount: Money(euros: 10)))
        #expect(budget.linesTotal == Money(cents: 14_370_000 + 1_050))
        #expect(budget.grandTotal == Money(cents: 18_000_000 + 1_050))
        #expect(budget.fundedTotal == Money(euros: 180_010))
        #expect(budget.gap == Money(cents: 50))
        let empty = Budget(year: 2025)
        #expect(empty.grandTotal == .zero && empty.gap == .zero && empty.isValid)
    }

    @Test("validation names every problem in Dutch")
    func validation() {
        let budget = Budget(
            year: 2024,
            lines: [
                BudgetLine(component: "Projectleider", fteHundredths: 1_050, salaryScale: 11, amount: Money(euros: 10)),
                BudgetLine(component: " projectleider ", amount: Money(cents: -500)),
                BudgetLine(component: "", fteHundredths: -1, salaryScale: 19, amount: .zero)
            ],
            outOfPocket: [OutOfPocketCost(description: "Zaalhuur", amount: Money(euros: -1))],
            funding: [FundingSource(kind: .provincie, amount: Money(euros: -2))]
        )
        #expect(!budget.isValid)
        #expect(
            budget.issues.map(\.message) == [
                "Het aantal fte van 'Projectleider' is 10,50; dat is meer dan 10,00 fte.",
                "Het onderdeel 'projectleider' staat meer dan één keer in de begroting van 2024.",
                "Het bedrag van 'projectleider' kan niet negatief zijn (€ -5,00).",
                "Vul bij begrotingsregel 3 een onderdeel in.",
                "Het aantal fte van regel 3 kan niet negatief zijn.",
                "Schaal 19 van regel 3 bestaat niet; kies een schaal van 1 tot en met 18.",
                "Het bedrag van kostenpost 'Zaalhuur' kan niet negatief zijn (€ -1,00).",
                "Het bedrag van financieringsbron 'Provincie' kan niet negatief zijn (€ -2,00)."
            ])
        #expect(
            budget.issues.map(\.place) == [
                "regel 1", "regel 2", "regel 2", "regel 3", "regel 3", "regel 3", "kostenpost 1", "financiering 1"
            ])
    }

    @Test("exactly 10,00 fte is allowed; a bad year is refused")
    func boundaries() {
        let tenFte = Budget(year: 2024, lines: [BudgetLine(component: "Team", fteHundredths: 1_000, amount: Money(euros: 1))])
        #expect(tenFte.isValid)
        #expect(Budget(year: 24).issues.map(\.message) == ["24 is geen geldig begrotingsjaar."])
    }

    @Test("every funding kind has a Dutch label")
    func fundingLabels() {
        #expect(
            FundingKind.allCases.map(\.label) == ["Rijk (impulsgelden)", "SPUK IZA", "Provincie", "Zorgverzekeraar", "Gemeente", "Overig"])
    }
}
