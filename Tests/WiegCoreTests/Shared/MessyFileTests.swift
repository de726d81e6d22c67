import Foundation
import Testing

@testable import WiegCore

/// Files as real users save them (issue 11, items 19–21).
@Suite("Messy files from real users")
struct MessyFileTests {
    static let indicators = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.seeded.map { ($0.code, $0) })
    static let areas: Set<String> = ["NL", "GM0119", "PC4-7942", "nml"]
    static let text = "indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2019-2021;209;1598\n"

    @Test("a UTF-16 file with its byte-order mark (Excel's 'Unicode text') is read as text", arguments: [true, false])
    func utf16(littleEndian: Bool) throws {
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        data.append(Self.text.data(using: littleEndian ? .utf16LittleEndian : .utf16BigEndian)!)
        let table = try CSVReader.parse(data)
        #expect(table.header == ["indicator", "gebied", "periode", "teller", "noemer"])
        #expect(table.encoding == .utf16)
        let plan = IndicatorImport.plan(csv: data, indicators: Self.indicators, areas: Self.areas)
        #expect(plan.issues == [] && plan.records.count == 1)
    }

    @Test("Excel's sep=; first line names the delimiter; lines keep their numbers in the file")
    func separatorLine() throws {
        let table = try CSVReader.parse(Data(("sep=;\r\n" + Self.text + "BIG2;GM0119;2022\n").utf8))
        #expect(table.header == ["indicator", "gebied", "periode", "teller", "noemer"])
        #expect(table.rows.map(\.line) == [3, 4])
        let comma = try CSVReader.parse(Data("SEP=,\nnaam;x,y\n1;2,3\n".utf8))
        #expect(comma.header == ["naam;x", "y"])
        let plan = IndicatorImport.plan(
            csv: Data(("sep=;\n" + Self.text + "BIG2;GM9999;2019-2021;1;2\n").utf8),
            indicators: Self.indicators, areas: Self.areas)
        #expect(plan.issues.map(\.line) == [4])
    }

    @Test("area codes are case-insensitive in an import: gm0119 is GM0119, pc4-7942 is PC4-7942; a region slug stays as it is")
    func caseInsensitiveCodes() {
        let plan = IndicatorImport.plan(
            csv: Data(
                "indicator;gebied;periode;teller;noemer\nbig2;gm0119;2019-2021;209;1598\nBIG2;pc4-7942;2019-2021;53;280\nBIG2;NML;2019-2021;1;2\n"
                    .utf8),
            indicators: Self.indicators, areas: Self.areas)
        #expect(plan.records.map(\.area) == ["GM0119", "PC4-7942"])
        #expect(plan.issues.count == 1 && plan.issues.first?.line == 4)
    }
}
