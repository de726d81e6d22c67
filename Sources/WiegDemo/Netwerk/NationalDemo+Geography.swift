import Foundation
import WiegCore

/// A municipality of the national demo: one of the demo geography's real ones or a synthetic one.
public struct NationalMunicipality: Sendable, Equatable {
    public let code: String
    /// The area's name, e.g. "Meppel" or "Synthetische gemeente 12".
    public let name: String
    /// The place in organisation names: the name, or "Synthetisch 12" for a synthetic one.
    public let place: String
    public let provinceCode: String
    public let synthetic: Bool
}

extension NationalDemo {
    /// Municipalities per province (CBS, 2024): 342 in all.
    static let municipalitiesPerProvince: [(province: String, count: Int)] = [
        ("PV20", 10), ("PV21", 18), ("PV22", 12), ("PV23", 25), ("PV24", 6), ("PV25", 51),
        ("PV26", 26), ("PV27", 44), ("PV28", 50), ("PV29", 13), ("PV30", 56), ("PV31", 31)
    ]

    /// The real municipalities the demo geography (WiegStore's DemoGeography) already defines,
    /// with their province; the national demo adds the others. A test checks this list against
    /// DemoGeography's CSV.
    static let demoGeographyMunicipalities: [(code: String, name: String, province: String)] = [
        ("GM1680", "Aa en Hunze", "PV22"), ("GM0106", "Assen", "PV22"), ("GM1681", "Borger-Odoorn", "PV22"),
        ("GM0109", "Coevorden", "PV22"), ("GM1690", "De Wolden", "PV22"), ("GM0114", "Emmen", "PV22"),
        ("GM0118", "Hoogeveen", "PV22"), ("GM0119", "Meppel", "PV22"), ("GM1731", "Midden-Drenthe", "PV22"),
        ("GM1699", "Noordenveld", "PV22"), ("GM1730", "Tynaarlo", "PV22"), ("GM1701", "Westerveld", "PV22"),
        ("GM0200", "Apeldoorn", "PV25"),
        ("GM0889", "Beesel", "PV31"), ("GM0893", "Bergen (L.)", "PV31"), ("GM1711", "Echt-Susteren", "PV31"),
        ("GM0907", "Gennep", "PV31"), ("GM1507", "Horst aan de Maas", "PV31"), ("GM1640", "Leudal", "PV31"),
        ("GM1641", "Maasgouw", "PV31"), ("GM0944", "Mook en Middelaar", "PV31"), ("GM0946", "Nederweert", "PV31"),
        ("GM1894", "Peel en Maas", "PV31"), ("GM1669", "Roerdalen", "PV31"), ("GM0957", "Roermond", "PV31"),
        ("GM0983", "Venlo", "PV31"), ("GM0984", "Venray", "PV31"), ("GM0988", "Weert", "PV31")
    ]

    /// Synthetic municipality `n` (1-based) has code GM9000+n; real CBS codes stay below 2000.
    /// They are numbered province by province from PV20 (Groningen): GM9001–GM9010 lie in
    /// Groningen, GM9011–GM9028 in Fryslân, GM9029–GM9053 in Overijssel, and so on.
    public static func syntheticCode(_ n: Int) -> String { "GM\(9000 + n)" }

    /// The name of synthetic municipality `n`.
    public static func syntheticName(_ n: Int) -> String { "Synthetische gemeente \(n)" }

    /// All 342 municipalities: the demo geography's real ones first, then the synthetic ones.
    public static let municipalities: [NationalMunicipality] = {
        var result = demoGeographyMunicipalities.map {
            NationalMunicipality(code: $0.code, name: $0.name, place: $0.name, provinceCode: $0.province, synthetic: false)
        }
        var n = 0
        for (province, count) in municipalitiesPerProvince {
            let known = demoGeographyMunicipalities.filter { $0.province == province }.count
            for _ in 0..<max(0, count - known) {
                n += 1
                result.append(
                    NationalMunicipality(
                        code: syntheticCode(n), name: syntheticName(n),
                        place: "Synthetisch \(n)", provinceCode: province, synthetic: true))
            }
        }
        return result
    }()

    /// The synthetic municipalities in `code;naam;soort;ouder;leden;synthetisch` format, for
    /// Wieg's geography import on top of the demo geography (which has every province).
    static func geographyCSV() -> String {
        var lines = ["code;naam;soort;ouder;leden;synthetisch"]
        for m in municipalities where m.synthetic {
            lines.append("\(m.code);\(m.name);gemeente;\(m.provinceCode);;ja")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
