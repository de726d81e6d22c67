import Foundation
import PropertyBased
import Testing

@testable import WiegCore

/// Round trips of Money through its Dutch notations over random amounts.
@Suite("Money properties")
struct BudgetMoneyPropertyTests {
    static let cents = Gen<Int64>.value(in: -999_999_999_999_99...999_999_999_999_99)

    @Test("formatted then parsed gives the same cents")
    func formattedRoundTrip() async {
        await propertyCheck(count: 500, input: Self.cents) { cents in
            let money = Money(cents: cents)
            #expect((try? Money(dutch: money.formatted)) == money)
            #expect((try? Money(dutch: money.compact)) == money)
        }
    }

    @Test("sums do not depend on order")
    func sumOrder() async {
        await propertyCheck(count: 200, input: Gen<Int64>.value(in: -1_000_000...1_000_000).array(of: 0...20)) { values in
            let amounts = values.map(Money.init(cents:))
            #expect(amounts.sum() == amounts.reversed().sum())
            #expect(amounts.sum().cents == values.reduce(0, +))
        }
    }
}
