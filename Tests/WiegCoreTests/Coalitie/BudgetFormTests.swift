import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Budget line and funding forms")
struct BudgetFormTests {
    func issues<T>(_ check: FormCheck<T>) -> [String: String] {
        Dictionary(check.issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("the NML programme director line: fte with a comma or a point, the amount to the cent")
    func validLine() throws {
        let line = try #require(
            BudgetLineForm.check(fields: [
                "onderdeel": "Programma regisseur", "omschrijving": "Sturing geven aan het programma",
                "fte": "0,44", "schaal": "11", "bedrag": "€ 56.400"
            ]).record)
        #expect(
            line
                == BudgetLine(
                    component: "Programma regisseur", description: "Sturing geven aan het programma", fteHundredths: 44,
                    salaryScale: 11, amount: Money(euros: 56_400)))
        #expect(BudgetLineForm.check(fields: ["onderdeel": "O", "fte": "0.5", "bedrag": "1.234,56"]).record?.fteHundredths == 50)
        #expect(
            BudgetLineForm.check(fields: ["onderdeel": "O", "fte": "1", "bedrag": "12,5"]).record
                == BudgetLine(component: "O", fteHundredths: 100, amount: Money(cents: 1250)))
        #expect(
            BudgetLineForm.check(fields: ["onderdeel": "O", "fte": ",33", "bedrag": "-"]).record
                == BudgetLine(component: "O", fteHundredths: 33, amount: .zero))
        for line in BudgetDemo.nml2024.lines {
            #expect(BudgetLineForm.check(fields: BudgetLineForm.fields(line)).record == line)
        }
    }

    @Test("every budget line field's problem names the field")
    func invalidLine() {
        let base = ["onderdeel": "Communicatie", "bedrag": "37.300"]
        func with(_ key: String, _ value: String) -> FormCheck<BudgetLine> {
            BudgetLineForm.check(fields: base.merging([key: value]) { $1 }, otherComponents: ["Programma regisseur"])
        }
        #expect(issues(with("onderdeel", "")) == ["onderdeel": "Vul het onderdeel in."])
        #expect(
            issues(with("onderdeel", "programma regisseur ")) == [
                "onderdeel": "Het onderdeel 'programma regisseur' staat al in de begroting."
            ])
        #expect(
            issues(with("omschrijving", String(repeating: "o", count: 4001)))
                == ["omschrijving": "De omschrijving is te lang (hoogstens 4000 tekens, nu 4001)."])
        for fte in ["0,444", "een half", "1,2,3", "-0,5", "1,"] {
            #expect(issues(with("fte", fte)) == ["fte": "'\(fte)' is geen aantal fte; schrijf bijvoorbeeld 0,44."], "\(fte)")
        }
        #expect(issues(with("fte", "10,01")) == ["fte": "10,01 fte is meer dan 10,00 fte voor één regel."])
        #expect(issues(with("schaal", "19")) == ["schaal": "Schaal '19' bestaat niet; kies een schaal van 1 tot en met 18."])
        #expect(issues(with("schaal", "elf")) == ["schaal": "Schaal 'elf' bestaat niet; kies een schaal van 1 tot en met 18."])
        #expect(issues(with("bedrag", "")) == ["bedrag": "Vul een bedrag in."])
        #expect(issues(with("bedrag", "12,345")) == ["bedrag": "Een bedrag heeft hoogstens twee cijfers achter de komma: '12,345'."])
        #expect(issues(with("bedrag", "-12,50")) == ["bedrag": "Een bedrag kan niet negatief zijn (€ -12,50)."])
    }

    @Test("a funding source from the fixed list by code or label; problems name the field")
    func funding() throws {
        let source = try #require(
            FundingForm.check(fields: ["bron": "SPUK IZA", "bedrag": "180.000", "toelichting": "Via mandaatgemeente"]).record)
        #expect(source == FundingSource(kind: .spukIZA, amount: Money(euros: 180_000), note: "Via mandaatgemeente"))
        for source in BudgetDemo.nml2024.funding {
            #expect(FundingForm.check(fields: FundingForm.fields(source)).record == source)
        }
        #expect(issues(FundingForm.check(fields: ["bedrag": "5"])) == ["bron": "Kies de financieringsbron."])
        #expect(
            issues(FundingForm.check(fields: ["bron": "loterij", "bedrag": "5"]))
                == [
                    "bron":
                        "'loterij' is geen geldige keuze voor de financieringsbron; kies uit Rijk (impulsgelden), SPUK IZA, Provincie, Zorgverzekeraar, Gemeente, Overig."
                ])
        #expect(
            issues(FundingForm.check(fields: ["bron": "gemeente", "bedrag": "veel"]))
                == ["bedrag": "'veel' is geen bedrag: gebruik alleen cijfers, punten en een komma."])
        #expect(
            issues(FundingForm.check(fields: ["bron": "gemeente", "bedrag": "-5"])) == [
                "bedrag": "Een bedrag kan niet negatief zijn (€ -5,00)."
            ])
    }

    @Test("an out-of-pocket cost needs a description and an amount that is not negative")
    func outOfPocket() throws {
        let cost = try #require(OutOfPocketForm.check(fields: ["omschrijving": "Drukwerk folders", "bedrag": "1.250,50"]).record)
        #expect(cost == OutOfPocketCost(description: "Drukwerk folders", amount: Money(cents: 125_050)))
        #expect(OutOfPocketForm.check(fields: OutOfPocketForm.fields(cost)).record == cost)
        #expect(issues(OutOfPocketForm.check(fields: ["bedrag": "5"])) == ["omschrijving": "Vul de omschrijving in."])
        #expect(
            issues(OutOfPocketForm.check(fields: ["omschrijving": String(repeating: "d", count: 201), "bedrag": "5"]))
                == ["omschrijving": "De omschrijving is te lang (hoogstens 200 tekens, nu 201)."])
        #expect(
            issues(OutOfPocketForm.check(fields: ["omschrijving": "Zaalhuur", "bedrag": "-1"])) == [
                "bedrag": "Een bedrag kan niet negatief zijn (€ -1,00)."
            ])
        #expect(issues(OutOfPocketForm.check(fields: ["omschrijving": "Zaalhuur"])) == ["bedrag": "Vul een bedrag in."])
    }
}
