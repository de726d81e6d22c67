import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Coalition CSV exports")
struct CoalitionCSVTests {
    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test("the budget is written as Excel-NL reads it: BOM, ';', CRLF, Dutch decimals")
    func budget() throws {
        let data = CoalitionCSV.budget(BudgetDemo.nml2024)
        let csv = text(data)
        #expect(csv.hasPrefix("\u{FEFF}soort;onderdeel;omschrijving;fte;schaal;bedrag\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains("\r\nsubtotaal;Totaal van alle onderdelen;;1,10;;143.700,00\r\n"))
        #expect(csv.contains("\r\nout-of-pocket;Out of pocket kosten;;;;36.300,00\r\n"))
        #expect(csv.contains("\r\ntotaal;Totaal;;;;180.000,00\r\n"))
        #expect(csv.contains("\r\ntekort;Nog niet gefinancierd;;;;0,00\r\n"))
        // The first description holds ';' and is quoted.
        #expect(csv.contains("onderdeel;Programma regisseur;\"Actieplan om te komen tot regionale afspraken; Concretiseren"))
        let table = try CSVReader.parse(data)
        #expect(table.delimiter == ";")
        #expect(table.rows.count == 9)
        #expect(
            table.rows[0].fields == ["onderdeel", "Programma regisseur", BudgetDemo.nml2024.lines[0].description, "0,44", "11", "56.400,00"]
        )
    }

    @Test("a negative amount stays a number; text that looks like a formula is guarded")
    func budgetGuard() {
        let budget = Budget(
            year: 2024, lines: [BudgetLine(component: "=HYPERLINK(\"x\")", description: "@cmd", amount: Money(cents: 123_450))],
            funding: [FundingSource(kind: .gemeente, amount: Money(euros: 2_000), note: "-1+1")])
        let csv = text(CoalitionCSV.budget(budget))
        #expect(csv.contains("onderdeel;\"'=HYPERLINK(\"\"x\"\")\";'@cmd;;;1.234,50\r\n"))
        #expect(csv.contains("financiering;Gemeente;'-1+1;;;2.000,00\r\n"))
        #expect(csv.contains("tekort;Nog niet gefinancierd;;;;-765,50\r\n"))
    }

    @Test("activities: every field, quoting and the formula guard", arguments: ["=1+1", "+31 6", "-x", "@SUM(A1)"])
    func activityGuard(title: String) throws {
        let activity = Activity(
            title: title, description: "regel 1\nregel 2; met \"quotes\"", actionLines: [.a21, .a11],
            quarters: [Quarter(year: 2024, quarter: 1), Quarter(year: 2024, quarter: 2)], expectedResult: " spatie",
            status: .loopt, statusDate: CoalitieExample.date(2024, 3, 5))
        let data = CoalitionCSV.activities([activity])
        let table = try CSVReader.parse(data)
        let fields = table.rows[0].fields
        #expect(fields[0] == "'" + title)
        #expect(fields[1] == "regel 1\nregel 2; met \"quotes\"")
        #expect(fields[2] == "1.1|2.1")
        #expect(fields[3] == "Q1 - Q2 2024")
        #expect(fields[4] == " spatie")
        #expect(fields[5] == "loopt")
        #expect(fields[6] == "05-03-2024")
        #expect(text(data).contains(";\"regel 1\nregel 2; met \"\"quotes\"\"\";"))
    }

    @Test("the NML initiatives export with owner names and the seed's quarters")
    func limburgActivities() throws {
        let demo = CoalitionDemo.noordMiddenLimburg
        let names = Dictionary(uniqueKeysWithValues: demo.workgroups.map { ($0.id, $0.name) })
        let table = try CSVReader.parse(
            CoalitionCSV.activities(
                demo.activities, organisations: DemoDocuments.organisations,
                workgroupNames: names))
        #expect(table.header.count == 13)
        #expect(table.rows.count == 12)
        #expect(table.rows[8].fields[3] == "Q1 + Q4 2024")
        #expect(table.rows.allSatisfy { $0.fields[8] == "GGD Limburg-Noord" })
    }

    @Test("quarters in several years are grouped per year")
    func quartersAcrossYears() {
        let quarters = [Quarter(year: 2025, quarter: 1), Quarter(year: 2024, quarter: 4), Quarter(year: 2024, quarter: 3)]
        #expect(DocumentText.allQuarters(quarters) == "Q3 - Q4 2024, Q1 2025")
        #expect(DocumentText.timeFrame(quarters, year: 2023) == "")
        #expect(DocumentText.timeFrame([1, 2, 4].map { Quarter(year: 2024, quarter: $0) }, year: 2024) == "Q1 - Q2 + Q4")
    }
}
