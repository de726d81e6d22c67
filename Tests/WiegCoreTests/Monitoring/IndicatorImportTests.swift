import Foundation
import Testing

@testable import WiegCore

@Suite("Indicator import")
struct IndicatorImportTests {
    static let indicators = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.seeded.map { ($0.code, $0) })
    static let areas: Set<String> = ["NL", "PV22", "GM0119", "PC4-7942", "nml"]

    func plan(_ text: String) -> IndicatorImportPlan {
        IndicatorImport.plan(csv: Data(text.utf8), indicators: Self.indicators, areas: Self.areas)
    }

    @Test("the long format with Dutch numbers and a matching value")
    func long() {
        let plan = plan(
            """
            indicator;gebied;periode;teller;noemer;waarde
            BIG2;GM0119;2019-2021;209;1.598;130,8
            big2;PC4-7942;2019-2021;53;280;189,3
            PERI-STERFTE;nml;2022;5;1000;5
            """)
        #expect(plan.issues == [])
        #expect(plan.format == .long)
        #expect(plan.records.map(\.area) == ["GM0119", "PC4-7942", "nml"])
        #expect(
            plan.records[0]
                == IndicatorValueRecord(
                    indicator: "BIG2", area: "GM0119", period: Period(start: 2019, end: 2021),
                    numerator: 209, denominator: 1598, line: 2))
        #expect(plan.records[1].indicator == "BIG2")
    }

    @Test("the wide format: one column per period, cells teller/noemer, empty cells skipped")
    func wide() {
        let plan = plan(
            """
            indicator,gebied,2020,2021,2019-2021
            BIG2,GM0119,70/530,,209/1598
            """)
        #expect(plan.issues == [])
        #expect(plan.format == .wide)
        #expect(plan.records.map(\.period.description) == ["2020", "2019-2021"])
        #expect(plan.records.map(\.numerator) == [70, 209])
    }

    /// Each bad file: the line, the column as written, and a phrase of the Dutch message.
    static let badFiles: [(String, Int, String?, String)] = [
        ("indicator;gebied;periode;teller;noemer\nXYZ;GM0119;2021;1;10", 2, "indicator", "Onbekende indicator 'XYZ'"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM9999;2021;1;10", 2, "gebied", "Onbekend gebied 'GM9999'"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2021;60;50", 2, "teller", "groter dan de noemer"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2021;-3;50", 2, "teller", "niet negatief"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2021;twaalf;50", 2, "teller", "'twaalf' is geen getal"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2021;12,5;50", 2, "teller", "geheel getal"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2021;1;0", 2, "noemer", "groter dan 0"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;21;1;10", 2, "periode", "Periode '21' klopt niet"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2022-2020;1;10", 2, "periode", "klopt niet"),
        ("indicator;gebied;periode;teller;noemer;waarde\nBIG2;GM0119;2021;209;1598;13,08", 2, "waarde", "past niet bij teller en noemer"),
        ("indicator;gebied;periode;teller;noemer;waarde\nBIG2;GM0119;2021;209;1598;1.3.0", 2, "waarde", "geen getal"),
        ("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2021;1;10\nBIG2;GM0119;2021;2;10", 3, "indicator", "staat ook al op regel 2"),
        ("indicator;gebied;periode;teller\nBIG2;GM0119;2021;1", 1, nil, "kolom noemer nodig"),
        ("indicator;periode;teller;noemer\nBIG2;2021;1;10", 1, nil, "verplichte kolom gebied ontbreekt"),
        ("indicator;gebied;jaartal\nBIG2;GM0119;2021", 1, "jaartal", "Onbekende kolom 'jaartal'"),
        ("indicator;gebied;2021\nBIG2;GM0119;53", 2, "2021", "teller/noemer"),
        ("indicator;gebied;periode;teller;noemer\n;GM0119;2021;1;10", 2, "indicator", "Indicator ontbreekt"),
        ("indicator;gebied;periode;teller;noemer\n\"BIG2;GM0119;2021;1;10", 2, nil, "aanhalingsteken wordt niet gesloten"),
        ("indicator;gebied;periode;teller;noemer\n", 1, nil, "geen waarden")
    ]

    @Test("every bad file is reported with its line, column and a Dutch message", arguments: 0..<badFiles.count)
    func badFile(_ index: Int) {
        let (text, line, column, phrase) = Self.badFiles[index]
        let plan = plan(text)
        #expect(!plan.isValid)
        #expect(
            plan.issues.contains { $0.line == line && $0.column == column && $0.message.contains(phrase) },
            "\(plan.issues)")
    }

    @Test("values outside the importer's areas become issues on their lines")
    func restricted() {
        let plan = plan(
            """
            indicator;gebied;periode;teller;noemer
            BIG2;GM0119;2021;1;10
            BIG2;nml;2021;1;10
            """
        ).restricted(to: ["GM0119", "PC4-7942"])
        #expect(plan.records.map(\.area) == ["GM0119"])
        #expect(plan.issues.map(\.line) == [3] && plan.issues[0].message.contains("buiten uw coalitie"))
        #expect(!plan.isValid)
    }

    @Test("every problem of a file is reported, not just the first")
    func allProblems() {
        let plan = plan(
            """
            indicator;gebied;periode;teller;noemer
            BIG2;GM0119;2021;1;10
            XYZ;GM0119;2021;1;10
            BIG2;GM9999;2021;1;10
            BIG2;GM0119;2021;x;10
            """)
        #expect(plan.issues.map(\.line) == [3, 4, 5])
        #expect(plan.records.count == 1)
    }

    @Test("Windows-1252 files with a BOM-less header and a comma delimiter are read")
    func windows1252() {
        var bytes = Array("indicator,gebied,periode,teller,noemer\nBIG2,GM0119,2021,1,10\n".utf8)
        bytes += Array("ROKEN-ZWANGER,GM0119,2021,3,40\n".utf8)
        bytes.insert(0xE9, at: 8)  // "indicato\u{E9}r": a Latin-1 é makes it invalid UTF-8
        let plan = IndicatorImport.plan(csv: Data(bytes), indicators: Self.indicators, areas: Self.areas)
        #expect(plan.encoding == .windows1252)
        #expect(plan.issues.first?.message.contains("Onbekende kolom") == true)
    }

    @Test("Dutch numbers", arguments: [("1598", 1598), ("1.598", 1598), ("1 598", 1598), ("0", 0), ("12.500", 12500)])
    func counts(_ text: String, _ expected: Int) throws {
        #expect(try DutchNumber.count(text).get() == expected)
    }

    @Test(
        "decimals with comma or point",
        arguments: [("130,8", 130.8, 1), ("130.8", 130.8, 1), ("1.234,5", 1234.5, 1), ("1,234.5", 1234.5, 1), ("5", 5, 0)])
    func decimals(_ text: String, _ value: Double, _ places: Int) throws {
        let parsed = try DutchNumber.decimal(text).get()
        #expect(parsed.value == value && parsed.decimals == places)
    }

    @Test("periods")
    func periods() {
        #expect(Period.parse("2019-2021") == Period(start: 2019, end: 2021))
        #expect(Period.parse("2019–2021")?.description == "2019-2021")
        #expect(Period.parse("2021") == Period(year: 2021))
        #expect(Period.parse("21") == nil && Period.parse("2021-2019") == nil && Period.parse("") == nil)
        #expect(Period(year: 2020) < Period(start: 2019, end: 2021))
    }

    @Test("the seeded catalogue has unique codes, and BIG2 is a lower-is-better proportion per 1000")
    func catalogue() {
        #expect(Set(IndicatorCatalogue.seeded.map(\.code)).count == IndicatorCatalogue.seeded.count)
        let big2 = Self.indicators["BIG2"]!
        #expect(big2.statistic == .proportion && big2.multiplier == 1000 && big2.polarity == .lowerIsBetter)
        #expect(abs(big2.value(numerator: 209, denominator: 1598)! - 130.788) < 0.001)
        #expect(abs(big2.value(numerator: 53, denominator: 280)! - 189.286) < 0.001)
    }
}
