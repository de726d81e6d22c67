import Foundation
import Testing

@testable import WiegCore

@Suite struct CSVReaderTests {
    private func parse(_ text: String) throws -> CSVTable {
        try CSVReader.parse(Data(text.utf8))
    }

    @Test func simpleSemicolonFile() throws {
        let table = try parse("code;naam\nGM0119;Meppel\nGM0114;Emmen\n")
        #expect(table.delimiter == ";")
        #expect(table.encoding == .utf8)
        #expect(table.header == ["code", "naam"])
        #expect(
            table.rows == [
                CSVRow(line: 2, fields: ["GM0119", "Meppel"]),
                CSVRow(line: 3, fields: ["GM0114", "Emmen"])
            ])
    }

    @Test func stripsUTF8BOM() throws {
        let table = try CSVReader.parse(Data([0xEF, 0xBB, 0xBF] + Array("code;naam\nNL;Nederland".utf8)))
        #expect(table.header == ["code", "naam"])
        #expect(table.encoding == .utf8)
        #expect(table.rows.first?.fields == ["NL", "Nederland"])
    }

    @Test func decodesWindows1252() throws {
        // "code;naam\nGM1900;Súdwest-Fryslân\nX;café\nY;€ ’ Ÿ" in Windows-1252.
        var bytes = Array("code;naam\nGM1900;S".utf8) + [0xFA] + Array("dwest-Frysl".utf8) + [0xE2, 0x6E]
        bytes += Array("\nX;caf".utf8) + [0xE9] + Array("\nY;".utf8) + [0x80, 0x20, 0x92, 0x20, 0x9F]
        let table = try CSVReader.parse(Data(bytes))
        #expect(table.encoding == .windows1252)
        #expect(table.rows.map(\.fields) == [["GM1900", "Súdwest-Fryslân"], ["X", "café"], ["Y", "€ ’ Ÿ"]])
    }

    @Test func validUTF8IsNotMistakenForWindows1252() throws {
        let table = try parse("code,naam\nGM1900,Súdwest-Fryslân")
        #expect(table.encoding == .utf8)
        #expect(table.rows[0].fields[1] == "Súdwest-Fryslân")
    }

    @Test(arguments: [
        ("a;b;c\n1;2;3", Character(";")),
        ("a,b,c\n1,2,3", Character(",")),
        ("a;b,c\n1;2,3", Character(",")),  // a tie goes to the comma
        ("\"x;y;z\",b\n1,2", Character(",")),  // delimiters inside quotes do not count
        ("a\tb\tc\n1\t2\t3", Character("\t")),
        ("a\tb;c\n1\t2;3", Character(";")),
        ("naam\nMeppel", Character(",")),
        ("\n\n a;b\n1;2", Character(";"))  // leading blank lines are skipped
    ])
    func detectsDelimiter(text: String, expected: Character) throws {
        #expect(try parse(text).delimiter == expected)
    }

    @Test func quotedFieldsWithDelimitersQuotesAndNewlines() throws {
        let text =
            "code;naam;toelichting\n"
            + "GM0119;\"Meppel; stad\";\"zegt \"\"hoi\"\"\"\n"
            + "GM0114;Emmen;\"regel een\nregel twee\r\nregel drie\"\n"
            + "GM0118;Hoogeveen;klaar\n"
        let table = try parse(text)
        #expect(
            table.rows == [
                CSVRow(line: 2, fields: ["GM0119", "Meppel; stad", "zegt \"hoi\""]),
                CSVRow(line: 3, fields: ["GM0114", "Emmen", "regel een\nregel twee\nregel drie"]),
                CSVRow(line: 6, fields: ["GM0118", "Hoogeveen", "klaar"])
            ])
    }

    @Test func lineEndings() throws {
        for eol in ["\r\n", "\r", "\n"] {
            let table = try parse(["code,naam", "NL,Nederland", "", "PV22,Drenthe", ""].joined(separator: eol))
            #expect(table.header == ["code", "naam"], "eol \(eol.debugDescription)")
            #expect(table.rows == [CSVRow(line: 2, fields: ["NL", "Nederland"]), CSVRow(line: 4, fields: ["PV22", "Drenthe"])])
        }
    }

    @Test func trimsUnquotedButKeepsQuotedWhitespace() throws {
        let table = try parse(" code ;  naam \n  NL ; \"  Nederland \" ;x\n")
        #expect(table.header == ["code", "naam"])
        #expect(table.rows[0].fields == ["NL", "  Nederland ", "x"])
    }

    @Test func trimsNonASCIIWhitespaceAndParsesTabs() throws {
        let table = try parse("code\tnaam\n\u{00A0}NL\u{00A0}\t Nederland\u{3000}\n")
        #expect(table.delimiter == "\t")
        #expect(table.rows[0].fields == ["NL", "Nederland"])
    }

    @Test func padsShortRowsAndKeepsLongRows() throws {
        let table = try parse("a;b;c\n1\n1;2;3;4\n;\n")
        #expect(
            table.rows == [
                CSVRow(line: 2, fields: ["1", "", ""]),
                CSVRow(line: 3, fields: ["1", "2", "3", "4"]),
                CSVRow(line: 4, fields: ["", "", ""])  // not fully blank: it has a delimiter
            ])
    }

    @Test func skipsBlankLinesButCountsThem() throws {
        let table = try parse("a,b\n\n   \n1,2\n\n")
        #expect(table.rows == [CSVRow(line: 4, fields: ["1", "2"])])
    }

    @Test func lastLineWithoutNewline() throws {
        #expect(try parse("a,b\n1,2").rows == [CSVRow(line: 2, fields: ["1", "2"])])
        #expect(try parse("a,b\n1,\"\"").rows == [CSVRow(line: 2, fields: ["1", ""])])
    }

    @Test func unterminatedQuoteNamesTheLineItOpens() {
        #expect(throws: CSVError.unterminatedQuote(line: 3)) {
            try parse("a;b\n1;2\n3;\"open\nmore\n")
        }
        #expect(CSVError.unterminatedQuote(line: 12).dutchMessage == "Regel 12: een aanhalingsteken wordt niet gesloten.")
    }

    @Test func emptyInput() {
        #expect(throws: CSVError.empty) { try CSVReader.parse(Data()) }
        #expect(throws: CSVError.empty) { try parse("\u{FEFF}") }
        #expect(throws: CSVError.empty) { try parse("\n \r\n\t\n") }
        #expect(CSVError.empty.dutchMessage == "Het bestand is leeg.")
    }

    @Test func headerOnly() throws {
        let table = try parse("code;naam\n")
        #expect(table.header == ["code", "naam"])
        #expect(table.rows.isEmpty)
    }

    @Test func tooLarge() {
        #expect(throws: CSVError.tooLarge(limit: 10)) {
            try CSVReader.parse(Data("code;naam\nNL;Nederland".utf8), maxBytes: 10)
        }
        #expect(CSVError.tooLarge(limit: 50_000_000).dutchMessage.contains("50 MB"))
    }

    @Test func strayQuoteInsideUnquotedFieldIsLiteral() throws {
        let table = try parse("a;b\n12\" scherm;x\n")
        #expect(table.rows[0].fields == ["12\" scherm", "x"])
    }

    @Test(
        "the ASCII shortcut for whitespace agrees with Unicode for every scalar of the Basic Multilingual Plane; trimming keeps its meaning"
    )
    func whitespaceShortcut() {
        let scalars = (UInt32(0)...0xFFFF).compactMap { Unicode.Scalar($0) }
        #expect(scalars.allSatisfy { String.isWhitespace($0) == $0.properties.isWhitespace })
        #expect(
            " \t53 \r\n".trimmingWhitespace == "53" && "\u{00A0}53\u{2003}".trimmingWhitespace == "53" && "53".trimmingWhitespace == "53")
    }
}
