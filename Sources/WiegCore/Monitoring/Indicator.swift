/// How an indicator's figure is computed and shown.
public enum IndicatorStatistic: String, Codable, Sendable, CaseIterable {
    /// A share of a population (births with BIG2 among all births): Wilson intervals.
    case proportion
    /// Events per population (deaths per 1000 births): exact Poisson / Byar intervals.
    case rate
}

public enum IndicatorSource: String, Codable, Sendable, CaseIterable {
    case perined, cbs
    case ggdMonitor = "ggd-monitor"
    case jgz
    case eigenRegistratie = "eigen-registratie"

    public var dutchName: String {
        switch self {
        case .perined: "Perined"
        case .cbs: "CBS"
        case .ggdMonitor: "GGD-monitor"
        case .jgz: "JGZ"
        case .eigenRegistratie: "eigen registratie"
        }
    }
}

/// An indicator of the catalogue: what it measures, how, and from which source.
public struct IndicatorDefinition: Codable, Sendable, Equatable, Identifiable {
    public var code: String
    public var nameNL: String
    public var nameEN: String
    public var definition: String
    public var numeratorDefinition: String
    public var denominatorDefinition: String
    public var statistic: IndicatorStatistic
    /// 100 for a percentage, 1000 for "per 1000".
    public var multiplier: Int
    public var polarity: Polarity
    public var phase: Phase
    public var source: IndicatorSource
    /// Public views hide a figure whose numerator or denominator is below this.
    public var publicationThreshold: Int

    public var id: String { code }

    public init(
        code: String, nameNL: String, nameEN: String, definition: String, numeratorDefinition: String,
        denominatorDefinition: String, statistic: IndicatorStatistic, multiplier: Int, polarity: Polarity,
        phase: Phase, source: IndicatorSource, publicationThreshold: Int = 10
    ) {
        self.code = code
        self.nameNL = nameNL
        self.nameEN = nameEN
        self.definition = definition
        self.numeratorDefinition = numeratorDefinition
        self.denominatorDefinition = denominatorDefinition
        self.statistic = statistic
        self.multiplier = multiplier
        self.polarity = polarity
        self.phase = phase
        self.source = source
        self.publicationThreshold = publicationThreshold
    }

    /// "%" or "per 1000".
    public var unitLabel: String { multiplier == 100 ? "%" : "per \(multiplier)" }

    /// The figure for a numerator and denominator, in this indicator's unit.
    public func value(numerator: Int, denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) * Double(multiplier) : nil
    }
}
