/// The region dashboard: a row per municipality of the region and a row for the region
/// total, a column per key indicator (each at its own latest common period), every cell
/// compared with the region's own value and suppressed like the values view.
///
/// Suppression treats the region as the total of its municipalities: when one
/// municipality is hidden, the region total would reveal it, so a second one is hidden
/// too (see `DisclosureMap`, which the web passes decided over the whole country). The region's value is its own imported value when there is
/// one, otherwise the sum of its municipalities' counts.
public struct RegionMatrix: Codable, Sendable, Equatable {
    public struct Column: Codable, Sendable, Equatable {
        public var code: String
        public var nameNL: String
        public var nameEN: String
        public var unitLabel: String
        public var polarity: Polarity
        /// The latest period every municipality has a value for (else the latest with any
        /// value); nil when there are no values at all.
        public var period: Period?
        /// The region total is the sum of the municipalities (no value of its own).
        public var regionSummed: Bool
    }

    public struct Row: Codable, Sendable, Equatable {
        public var areaCode: String
        public var areaName: String
        public var isRegionTotal: Bool
        /// One per column, in column order.
        public var cells: [IndicatorCell]
    }

    public var regionCode: String
    public var regionName: String
    public var columns: [Column]
    /// The municipalities, in the order given.
    public var rows: [Row]
    public var total: Row

    /// The municipalities, then the region total.
    public var allRows: [Row] { rows + [total] }

    public static func build(
        region: AreaRecord, municipalities: [AreaRecord], indicators: [IndicatorDefinition],
        values: [IndicatorValueRecord], showSmallNumbers: SmallNumberAccess,
        disclosure: DisclosureLookup? = nil
    ) -> RegionMatrix {
        let codes = municipalities.map(\.code)
        var columns: [Column] = []
        var cells: [String: [IndicatorCell]] = [:]
        for definition in indicators {
            let own = values.filter { $0.indicator == definition.code && ($0.area == region.code || codes.contains($0.area)) }
            let period =
                commonPeriod(own.filter { codes.contains($0.area) }, codes: codes)
                ?? own.filter { $0.area == region.code }.map(\.period).max()
            var byArea: [String: IndicatorValueRecord] = [:]
            for record in own where record.period == period { byArea[record.area] = record }
            let summed = byArea[region.code] == nil && codes.contains { byArea[$0] != nil }
            if summed, let period {
                let members = codes.compactMap { byArea[$0] }
                byArea[region.code] = IndicatorValueRecord(
                    indicator: definition.code, area: region.code, period: period,
                    numerator: members.reduce(0) { $0 + $1.numerator },
                    denominator: members.reduce(0) { $0 + $1.denominator }, line: 0)
            }
            let records = ([region.code] + codes).compactMap { byArea[$0] }
            var withMembers = region
            withMembers.members = codes
            let states =
                period.flatMap { disclosure?(definition.code, $0) }
                ?? DisclosureMap.build(values: records, areas: [withMembers], threshold: definition.publicationThreshold)
            let reference = IndicatorValueRows.publicValue(
                definition, byArea[region.code], states[region.code],
                showSmallNumbers: showSmallNumbers.covers(region) && !states.isWithheld(region.code))
            for code in [region.code] + codes {
                cells[code, default: []].append(
                    IndicatorCell.make(
                        definition: definition, record: byArea[code], state: states[code],
                        reference: code == region.code ? nil : reference,
                        showSmallNumbers: showSmallNumbers.covers(code) && !states.isWithheld(code)))
            }
            columns.append(
                Column(
                    code: definition.code, nameNL: definition.nameNL, nameEN: definition.nameEN,
                    unitLabel: definition.unitLabel, polarity: definition.polarity, period: period,
                    regionSummed: summed))
        }
        let rows = municipalities.map { Row(areaCode: $0.code, areaName: $0.name, isRegionTotal: false, cells: cells[$0.code] ?? []) }
        let total = Row(areaCode: region.code, areaName: region.name, isRegionTotal: true, cells: cells[region.code] ?? [])
        return RegionMatrix(regionCode: region.code, regionName: region.name, columns: columns, rows: rows, total: total)
    }

    /// The latest period in which every municipality has a value; else the latest with any.
    static func commonPeriod(_ records: [IndicatorValueRecord], codes: [String]) -> Period? {
        var areasPerPeriod: [Period: Set<String>] = [:]
        for record in records { areasPerPeriod[record.period, default: []].insert(record.area) }
        let complete = areasPerPeriod.filter { $0.value.count == Set(codes).count }.keys.max()
        return complete ?? areasPerPeriod.keys.max()
    }
}
