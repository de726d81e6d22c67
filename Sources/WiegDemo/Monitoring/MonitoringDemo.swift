import Foundation
import WiegCore

/// National monitoring demo: indicator figures for every municipality (the national
/// network demo's 342: the real ones of the demo geography and GM9001–GM9314), about
/// 3,300 wijken and 4,000 PC4 areas, every province and the country, for every indicator
/// and ten years. The figures are invented but consistent: a municipality is the sum of
/// its wijken, its PC4 areas add up to it as well, provinces and the country are sums;
/// numerators never exceed denominators and rates vary around plausible national levels.
/// The areas do not depend on the seed, the figures do; the same seed gives the same CSV.
public enum MonitoringDemo {
    public static let defaultSeed: UInt64 = 20_261_124
    public static let wijkCount = 3_300
    public static let pc4Count = 4_000
    public static let periods = (2015...2024).map { Period(year: $0) }

    /// The areas the CSV needs beyond the regular demo geography (country, provinces, the
    /// real municipalities and Meppel's wijken and PC4 areas): the synthetic municipalities,
    /// then every wijk, then every PC4 area. All marked synthetic.
    public static var areas: [AreaRecord] {
        var result = NationalDemo.municipalities.filter(\.synthetic).map {
            AreaRecord(code: $0.code, kind: .gemeente, name: $0.name, parentCode: $0.provinceCode, synthetic: true)
        }
        for m in layout {
            for w in m.wijken where !w.known {
                result.append(AreaRecord(code: w.code, kind: .wijk, name: w.name, parentCode: m.municipality.code, synthetic: true))
            }
        }
        for m in layout {
            for p in m.pc4 where !p.known {
                result.append(AreaRecord(code: p.code, kind: .pc4, name: p.name, parentCode: m.municipality.code, synthetic: true))
            }
        }
        return result
    }

    /// `areas` in the geography import's format (`code;naam;soort;ouder;leden;synthetisch`).
    public static func geographyCSV() -> String {
        var lines = ["code;naam;soort;ouder;leden;synthetisch"]
        for a in areas { lines.append("\(a.code);\(a.name);\(a.kind == .pc4 ? "pc4" : a.kind.rawValue);\(a.parentCode ?? "");;ja") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every area code a row of the CSV uses.
    public static var figureAreaCodes: [String] {
        ["NL"] + NationalDemo.municipalitiesPerProvince.map(\.province) + layout.map(\.municipality.code)
            + layout.flatMap { $0.wijken.map(\.code) } + layout.flatMap { $0.pc4.map(\.code) }
    }

    /// The number of data rows `nationalCSV` writes.
    public static func rowCount(indicators: Int = IndicatorCatalogue.seeded.count, periods: Int = periods.count) -> Int {
        indicators * periods * figureAreaCodes.count
    }

    /// The figures in the long format of `IndicatorImport` (`indicator;gebied;periode;teller;noemer`).
    public static func nationalCSV(
        seed: UInt64 = defaultSeed, indicators: [IndicatorDefinition] = IndicatorCatalogue.seeded,
        periods: [Period] = periods
    ) -> String {
        var generator = MonitoringFigures(seed: seed, indicators: indicators)
        var out = CSVBytes()
        out.append("indicator;gebied;periode;teller;noemer\n")
        for (i, indicator) in indicators.enumerated() {
            for (t, period) in periods.enumerated() {
                generator.write(indicator: i, code: indicator.code, period: period, index: t, to: &out)
            }
        }
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

/// A byte buffer for CSV lines, with fast whole numbers.
struct CSVBytes {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }
    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func number(_ value: Int) {
        guard value > 0 else {
            bytes.append(48)
            return
        }
        let start = bytes.count
        var v = value
        while v > 0 {
            bytes.append(UInt8(48 + v % 10))
            v /= 10
        }
        bytes[start...].reverse()
    }
}
