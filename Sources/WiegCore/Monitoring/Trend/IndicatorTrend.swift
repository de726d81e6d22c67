/// One line of an indicator's trend: an area's figure per period. Every line of a trend
/// has a point for every period any line has, so a period without a figure is a gap
/// (`IndicatorCell.missing`), and a hidden figure is a gap too, marked by its suppression
/// state: never a zero.
public struct IndicatorTrend: Codable, Sendable, Equatable {
    @dynamicMemberLookup
    public struct Point: Codable, Sendable, Equatable {
        public var period: Period
        public var cell: IndicatorCell

        public init(period: Period, cell: IndicatorCell) {
            self.period = period
            self.cell = cell
        }

        /// `point.value`, `point.suppression`, … read through to the cell.
        public subscript<T>(dynamicMember path: KeyPath<IndicatorCell, T>) -> T { cell[keyPath: path] }

        /// Hidden from this viewer: a gap with a reason.
        public var isSuppressed: Bool { cell.suppression.isHidden }
    }

    public var areaCode: String
    public var areaName: String
    /// A reference line (province, country), not the area itself.
    public var isReference: Bool
    /// Sorted by period (by end year, then start year).
    public var points: [Point]

    /// The line as `TrendChartSVG` draws it: hidden and missing figures have no value, so
    /// the line breaks there; the interval is the 95 % one.
    public var chartSeries: TrendSeries {
        TrendSeries(
            label: areaName,
            points: points.map {
                TrendPoint(period: $0.period.description, value: $0.cell.value, interval: $0.cell.interval95)
            })
    }

    /// The area's line first, then one per reference. Each point of the area is compared
    /// with the first reference's figure of the same period (when this viewer may see it).
    /// Suppression comes from `disclosure` (decided over the whole country); without it, it is
    /// decided per period over the values given, with the parents from `geography` (pass the
    /// area's siblings and their values to protect them).
    public static func build(
        definition: IndicatorDefinition, area: AreaRecord, references: [AreaRecord],
        values: [IndicatorValueRecord], showSmallNumbers: SmallNumberAccess,
        geography: [AreaRecord] = [], disclosure: DisclosureLookup? = nil
    ) -> [IndicatorTrend] {
        let own = values.filter { $0.indicator == definition.code }
        let lines = [area] + references
        let codes = Set(lines.map(\.code))
        let periods = Set(own.filter { codes.contains($0.area) }.map(\.period)).sorted()
        var cells: [String: [IndicatorCell]] = [:]
        for period in periods {
            let inPeriod = own.filter { $0.period == period }
            var byArea: [String: IndicatorValueRecord] = [:]
            for record in inPeriod { byArea[record.area] = record }
            let states =
                disclosure?(definition.code, period)
                ?? DisclosureMap.build(values: inPeriod, areas: geography + lines, threshold: definition.publicationThreshold)
            let reference = references.first.flatMap {
                IndicatorValueRows.publicValue(
                    definition, byArea[$0.code], states[$0.code],
                    showSmallNumbers: showSmallNumbers.covers($0) && !states.isWithheld($0.code))
            }
            for (i, line) in lines.enumerated() {
                cells[line.code + "#\(i)", default: []].append(
                    IndicatorCell.make(
                        definition: definition, record: byArea[line.code], state: states[line.code],
                        reference: i == 0 ? reference : nil,
                        showSmallNumbers: showSmallNumbers.covers(line) && !states.isWithheld(line.code)))
            }
        }
        return lines.enumerated().map { i, line in
            let row = cells[line.code + "#\(i)"] ?? []
            return IndicatorTrend(
                areaCode: line.code, areaName: line.name, isReference: i > 0,
                points: zip(periods, row).map { Point(period: $0, cell: $1) })
        }
    }
}

extension TrendSeries {
    /// The lines of an indicator's trend, ready for `TrendChartSVG.render`: the area first,
    /// then the references; hidden and missing figures are gaps. See `IndicatorTrend.build`.
    public static func build(
        definition: IndicatorDefinition, area: AreaRecord, references: [AreaRecord],
        values: [IndicatorValueRecord], showSmallNumbers: SmallNumberAccess,
        geography: [AreaRecord] = [], disclosure: DisclosureLookup? = nil
    ) -> [TrendSeries] {
        IndicatorTrend.build(
            definition: definition, area: area, references: references, values: values,
            showSmallNumbers: showSmallNumbers, geography: geography, disclosure: disclosure
        ).map(\.chartSeries)
    }
}
