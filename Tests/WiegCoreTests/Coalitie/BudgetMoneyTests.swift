import Foundation
import Testing

@testable import WiegCore

@Suite("Money: parsing and formatting Dutch amounts")
struct BudgetMoneyTests {
    @Test(
        "Dutch inputs read as exact cents",
        arguments: [
            ("€ 56.400", Int64(5_640_000)),
            ("56400", 5_640_000),
            ("56.400,50", 5_640_050),
            ("1.234,5", 123_450),
            ("-", 0),
            ("€ 56.400,-", 5_640_000),
            ("€56.400,00", 5_640_000),
            ("  8.000 ", 800_000),
            ("1.234.567,89", 123_456_789),
            ("1 234", 123_400),
            ("€\u{00A0}143.700", 14_370_000),
            ("12.5", 1_250),
            ("0,07", 7),
            ("-12,50", -1_250),
            ("€ -12,50", -1_250),
            ("-€ 1.000", -100_000),
            ("EUR 25", 2_500)
        ])
    func parses(input: String, cents: Int64) throws {
        #expect(try Money(dutch: input) == Money(cents: cents))
    }

    @Test(
        "wrong inputs give a Dutch message",
        arguments: [
            ("", "Vul een bedrag in."),
            ("   ", "Vul een bedrag in."),
            ("abc", "'abc' is geen bedrag: gebruik alleen cijfers, punten en een komma."),
            ("12,345", "Een bedrag heeft hoogstens twee cijfers achter de komma: '12,345'."),
            ("1,2,3", "'1,2,3' heeft meer dan één komma."),
            ("56,", "'56,' heeft geen cijfers achter de komma."),
            ("5.64.00", "'5.64.00' is geen bedrag: groepeer duizendtallen per drie cijfers, zoals 56.400."),
            ("€", "'€' is geen bedrag."),
            ("99999999999999999999", "'99999999999999999999' is te groot voor een bedrag.")
        ])
    func refuses(input: String, message: String) {
        #expect(throws: Money.ParseError(message)) { try Money(dutch: input) }
    }

    @Test("formatting in Dutch notation, full and compact")
    func formats() {
        #expect(Money(euros: 56_400).formatted == "€ 56.400,00")
        #expect(Money(euros: 56_400).compact == "€ 56.400")
        #expect(Money(cents: 123_450).compact == "€ 1.234,50")
        #expect(Money(cents: 7).formatted == "€ 0,07")
        #expect(Money(cents: -123_456_789).formatted == "€ -1.234.567,89")
        #expect(Money.zero.compact == "€ 0")
        #expect(Money(euros: 1_000_000).compact == "€ 1.000.000")
        #expect("\(Money(euros: 8_000))" == "€ 8.000,00")
    }

    @Test("addition, subtraction and sums are exact")
    func arithmetic() {
        let amounts = [Money(cents: 10), Money(cents: 20), Money(cents: 30)]
        #expect(amounts.sum() == Money(cents: 60))
        #expect([Money]().sum() == .zero)
        #expect(Money(euros: 1) - Money(cents: 1) == Money(cents: 99))
        #expect(-Money(euros: 2) == Money(cents: -200))
        var total = Money.zero
        total += Money(cents: 5)
        #expect(total == Money(cents: 5))
        #expect(Money(cents: 1) < Money(cents: 2))
    }

    @Test("JSON carries an integer number of cents")
    func json() throws {
        let data = try JSONEncoder().encode(Money(cents: 5_640_050))
        #expect(String(decoding: data, as: UTF8.self) == "5640050")
        #expect(try JSONDecoder().decode(Money.self, from: data) == Money(cents: 5_640_050))
    }
}
