import Foundation
import PropertyBased
import Testing

@testable import WiegCore
@testable import WiegDemo

/// Properties of the new coalition forms over random input.
@Suite("Coalition form properties")
struct CoalitionFormPropertyTests {
    @Test("any fte of 0,00–10,00 and any amount round-trip through the budget line form, with a comma or a point")
    func budgetLineRoundTrip() async {
        await propertyCheck(count: 300, input: Gen<Int>.int(in: 0...1000), Gen<Int64>.value(in: 0...99_999_999_99)) { fte, cents in
            let line = BudgetLine(component: "Onderdeel", fteHundredths: fte, salaryScale: 10, amount: Money(cents: cents))
            #expect(BudgetLineForm.check(fields: BudgetLineForm.fields(line)).record == line)
            var pointed = BudgetLineForm.fields(line)
            pointed["fte"] = pointed["fte"]?.replacingOccurrences(of: ",", with: ".")
            #expect(BudgetLineForm.check(fields: pointed).record == line)
        }
    }

    @Test("any nine-digit number in a role is refused as a BSN, written plain or grouped")
    func bsnRefused() async {
        await propertyCheck(count: 300, input: Gen<Int>.int(in: 100_000_000...999_999_999)) { number in
            let digits = String(number)
            let grouped = String(digits.prefix(4)) + "." + String(digits.dropFirst(4).prefix(2)) + "." + String(digits.suffix(3))
            for role in ["moeder \(digits)", "cliënt (\(grouped))"] {
                #expect(PersonalDataGuard.finding(in: role) == .bsn, "\(role)")
            }
        }
    }

    @Test("a copy never keeps the source's id, status or owner, and always names its source")
    func copyResets() async {
        let source = CoalitionDemo.noordMiddenLimburg.work.published()
        let target = CoalitionDemo.meppel.work
        await propertyCheck(count: 50, input: Gen<Int>.int(in: 0...(source.activities.count - 1)), Gen<Int>.int(in: 2000...2100)) {
            index, year in
            let original = source.activities[index]
            let on = Calendar.dutch.date(from: DateComponents(year: year, month: 6, day: 1))!
            let copy = target.copying(activity: original, from: source, on: on).activities.last!
            #expect(copy.id != original.id && copy.status == .gepland && copy.ownerRole == nil && copy.ownerOrganisationID == nil)
            #expect(copy.origin?.itemID == original.id && copy.origin?.coalitionID == source.coalitionID)
            #expect(copy.quarters.map(\.year).min() == year && copy.quarters.count == original.quarters.count)
        }
    }
}
