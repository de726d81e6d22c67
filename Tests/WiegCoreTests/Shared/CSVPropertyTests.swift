import Foundation
import PropertyBased
import Testing

@testable import WiegCore

/// Properties of the CSV reader and the geography import over generated input.
@Suite("CSV properties")
struct CSVPropertyTests {
    /// Characters that stress a CSV reader: both delimiters, quotes, line breaks,
    /// spaces, tabs and non-ASCII letters.
    static let fieldCharacter = Gen<Character?>.element(of: Array("aZ09 ;,\"\n\r\tëéĳ€-_'")).map { $0! }
    static let field = fieldCharacter.string(of: 0...12)

    @Test("arbitrary bytes never crash the reader or the import")
    func arbitraryBytes() async {
        await propertyCheck(count: 500, input: Gen<UInt8>.value(in: 0...255).array(of: 0...600)) { bytes in
            let data = Data(bytes)
            if let table = try? CSVReader.parse(data) {
                #expect(table.rows.allSatisfy { $0.line >= 1 })
            }
            let plan = GeographyImport.plan(csv: data, existing: [:])
            #expect(plan.isValid == (plan.issues.isEmpty && !plan.records.isEmpty))
        }
    }

    @Test("rows written with quotes read back exactly, with either delimiter and either line ending")
    func roundTrip() async {
        let rows = zip(Self.field, Self.field, Self.field).array(of: 1...8)
        await propertyCheck(count: 300, input: rows, Gen<Bool>.bool, Gen<Bool>.bool) { rows, semicolon, crlf in
            let delimiter = semicolon ? ";" : ","
            let newline = crlf ? "\r\n" : "\n"
            // A first field of "x" keeps every record from being a blank line.
            let records = rows.map { ["x" + $0.0, $0.1, $0.2] }
            func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            let text =
                (["a", "b", "c"].joined(separator: delimiter) + newline)
                + records.map { $0.map(quoted).joined(separator: delimiter) }.joined(separator: newline)
            let table = try CSVReader.parse(Data(text.utf8))
            #expect(table.header == ["a", "b", "c"])
            #expect(table.delimiter == Character(delimiter))
            // Inside quotes a CRLF or CR line break reads as "\n".
            let expected = records.map {
                $0.map { $0.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
            }
            #expect(table.rows.map(\.fields) == expected)
        }
    }

    @Test("a valid municipality row imports as exactly what was written")
    func geographyRoundTrip() async {
        let digits = Gen.number.string(of: 4)
        let name = Gen<Character?>.element(of: Array("abcdefghij ëé-'")).map { $0! }.string(of: 1...20)
        await propertyCheck(count: 200, input: digits, name) { code, rawName in
            let name = rawName.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return }
            let csv = "code;naam;soort;ouder\nGM\(code);\"\(name)\";gemeente;PV22\n"
            let plan = GeographyImport.plan(csv: Data(csv.utf8), existing: ["PV22": .provincie])
            #expect(plan.issues == [])
            #expect(plan.records == [AreaRecord(code: "GM\(code)", kind: .gemeente, name: name, parentCode: "PV22")])
        }
    }
}
