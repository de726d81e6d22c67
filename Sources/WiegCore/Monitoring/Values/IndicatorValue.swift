import Foundation

/// A stored numerator and denominator of an indicator for one area and period, with where
/// it came from. One per (indicator, area, period): a re-import updates it in place.
public struct IndicatorValue: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var indicatorCode: String
    public var areaCode: String
    /// The period as imported ("2021" or "2019-2021").
    public var period: String
    public var periodStart: Int
    public var periodEnd: Int
    public var numerator: Int
    public var denominator: Int
    /// The import's file name.
    public var sourceFile: String
    public var importedAt: Date
    public var importedBy: String

    public init(
        id: UUID, indicatorCode: String, areaCode: String, period: String, periodStart: Int, periodEnd: Int, numerator: Int,
        denominator: Int, sourceFile: String, importedAt: Date, importedBy: String
    ) {
        self.id = id
        self.indicatorCode = indicatorCode
        self.areaCode = areaCode
        self.period = period
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.numerator = numerator
        self.denominator = denominator
        self.sourceFile = sourceFile
        self.importedAt = importedAt
        self.importedBy = importedBy
    }

    /// The value as an import record; nil for a period that no longer parses.
    public var record: IndicatorValueRecord? {
        guard let parsed = Period.parse(period) else { return nil }
        return IndicatorValueRecord(
            indicator: indicatorCode, area: areaCode, period: parsed, numerator: numerator, denominator: denominator, line: 0)
    }
}
