/// One row of `/api/v1/indicatoren/{code}/waarden`: an area's figure for one period. In
/// JSON the cell's fields sit beside the area and period; hidden counts are left out.
@dynamicMemberLookup
public struct ValueRow: Codable, Sendable, Equatable {
    public var areaCode: String
    public var areaName: String
    public var areaKind: AreaKind
    public var period: Period
    public var cell: IndicatorCell

    public init(areaCode: String, areaName: String, areaKind: AreaKind, period: Period, cell: IndicatorCell) {
        self.areaCode = areaCode
        self.areaName = areaName
        self.areaKind = areaKind
        self.period = period
        self.cell = cell
    }

    /// `row.value`, `row.suppression`, … read through to the cell.
    public subscript<T>(dynamicMember path: KeyPath<IndicatorCell, T>) -> T { cell[keyPath: path] }

    enum CodingKeys: String, CodingKey { case areaCode, areaName, areaKind, period }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        areaCode = try c.decode(String.self, forKey: .areaCode)
        areaName = try c.decode(String.self, forKey: .areaName)
        areaKind = try c.decode(AreaKind.self, forKey: .areaKind)
        period = try c.decode(Period.self, forKey: .period)
        cell = try IndicatorCell(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(areaCode, forKey: .areaCode)
        try c.encode(areaName, forKey: .areaName)
        try c.encode(areaKind, forKey: .areaKind)
        try c.encode(period, forKey: .period)
        try cell.encode(to: encoder)
    }
}

/// The values view of one indicator: a row per area for one period, compared with a
/// reference area's value of the same period, small numbers suppressed for the public.
public enum IndicatorValueRows {
    /// - Parameters:
    ///   - areas: the rows, in this order; an area without a value for the period gets no row.
    ///   - values: values of any indicators, areas and periods; those of `definition` and the
    ///     period are used. Include the siblings and parents of the rows (all values of the
    ///     period are best): suppression is decided over all of them.
    ///   - period: nil for the latest period with a value for one of `areas`.
    ///   - reference: the area code to compare with (e.g. the municipality or `NL`); its value
    ///     must be in `values`. Hidden from the public when suppressed, then nothing is compared.
    ///   - showSmallNumbers: the areas whose small numbers this viewer sees (with a warning).
    ///   - geography: further areas whose parents matter for suppression (siblings not shown).
    ///   - disclosure: the maps decided over the whole geography; without one, suppression is
    ///     decided over `values` and `geography` alone.
    public static func build(
        definition: IndicatorDefinition, areas: [AreaRecord], values: [IndicatorValueRecord],
        period: Period?, reference: String?, showSmallNumbers: SmallNumberAccess,
        geography: [AreaRecord] = [], disclosure: DisclosureLookup? = nil
    ) -> [ValueRow] {
        let own = values.filter { $0.indicator == definition.code }
        let codes = Set(areas.map(\.code))
        guard let period = period ?? own.filter({ codes.contains($0.area) }).map(\.period).max() else { return [] }
        let inPeriod = own.filter { $0.period == period }
        var byArea: [String: IndicatorValueRecord] = [:]
        for record in inPeriod { byArea[record.area] = record }
        let states =
            disclosure?(definition.code, period)
            ?? DisclosureMap.build(values: inPeriod, areas: geography + areas, threshold: definition.publicationThreshold)
        let referenceValue = reference.flatMap { code in
            publicValue(definition, byArea[code], states[code], showSmallNumbers: showSmallNumbers.covers(code) && !states.isWithheld(code))
        }
        return areas.compactMap { area in
            guard let record = byArea[area.code] else { return nil }
            let cell = IndicatorCell.make(
                definition: definition, record: record, state: states[area.code],
                reference: referenceValue, showSmallNumbers: showSmallNumbers.covers(area) && !states.isWithheld(area.code))
            return ValueRow(areaCode: area.code, areaName: area.name, areaKind: area.kind, period: period, cell: cell)
        }
    }

    /// A reference value this viewer may see; nil when missing or hidden.
    static func publicValue(
        _ definition: IndicatorDefinition, _ record: IndicatorValueRecord?, _ state: DisclosureVerdict?,
        showSmallNumbers: Bool
    ) -> Double? {
        guard let record else { return nil }
        if ValueSuppression.resolve(
            state?.state ?? definition.smallState(numerator: record.numerator, denominator: record.denominator),
            showSmallNumbers: showSmallNumbers
        ).isHidden {
            return nil
        }
        return definition.value(numerator: record.numerator, denominator: record.denominator)
    }
}
