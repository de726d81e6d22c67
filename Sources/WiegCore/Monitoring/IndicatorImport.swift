import Foundation

/// One value to import: numerator and denominator of an indicator for an area and period.
public struct IndicatorValueRecord: Codable, Sendable, Equatable {
    public var indicator: String
    public var area: String
    public var period: Period
    public var numerator: Int
    public var denominator: Int
    /// Where it stood in the file, for messages.
    public var line: Int

    public init(indicator: String, area: String, period: Period, numerator: Int, denominator: Int, line: Int) {
        self.indicator = indicator
        self.area = area
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
        self.line = line
    }
}

public struct IndicatorImportPlan: Sendable, Equatable {
    public enum Format: String, Sendable { case long, wide }
    public let records: [IndicatorValueRecord]
    public let issues: [ImportIssue]
    public let format: Format?
    public let encoding: CSVEncoding?
    public var isValid: Bool { issues.isEmpty && !records.isEmpty }
}

enum IndicatorColumn: String, ImportColumn {
    case indicator, gebied, periode, teller, noemer, waarde

    var names: [String] {
        switch self {
        case .indicator: ["indicator", "indicatorcode"]
        case .gebied: ["gebied", "gebiedscode", "area"]
        case .periode: ["periode", "jaar", "period", "year"]
        case .teller: ["teller", "numerator"]
        case .noemer: ["noemer", "denominator"]
        case .waarde: ["waarde", "value"]
        }
    }

    static let required: [IndicatorColumn] = [.indicator, .gebied]
    static let allText =
        "indicator, gebied, periode, teller, noemer en waarde (lang formaat), of indicator, gebied en één kolom per periode (breed formaat)"
    static let requiredText = "indicator en gebied"
}

/// Reads indicator values from CSV, in the long format (indicator;gebied;periode;teller;
/// noemer[;waarde]) or the wide format (indicator;gebied;2019;2020;… with cells
/// `teller/noemer`). Every problem is reported with its line and column, in Dutch.
public enum IndicatorImport {
    public static func plan(csv: Data, indicators: [String: IndicatorDefinition], areas: Set<String>) -> IndicatorImportPlan {
        let table: CSVTable
        do {
            table = try CSVReader.parse(csv)
        } catch {
            return IndicatorImportPlan(records: [], issues: [error.issue], format: nil, encoding: nil)
        }
        let columns = ImportColumns<IndicatorColumn>(header: table.header, extra: { Period.parse($0) != nil })
        let isLong = columns.has(.teller) || columns.has(.noemer)
        let periodColumns = table.header.enumerated().compactMap { i, name in Period.parse(name).map { (i, name, $0) } }
        var issues = columns.issues
        if isLong {
            for column in [IndicatorColumn.periode, .teller, .noemer] where !columns.has(column) {
                issues.append(
                    ImportIssue(
                        line: 1, column: nil,
                        message:
                            "Het lange formaat heeft de kolom \(column.rawValue) nodig (indicator, gebied, periode, teller, noemer)."))
            }
        } else if periodColumns.isEmpty && columns.missing.isEmpty {
            issues.append(
                ImportIssue(
                    line: 1, column: nil,
                    message:
                        "Geen kolommen teller en noemer, en geen periodekolommen (zoals 2021 of 2019-2021): gebruik het lange of het brede formaat."
                ))
        }
        guard issues.isEmpty else {
            return IndicatorImportPlan(records: [], issues: issues, format: nil, encoding: table.encoding)
        }
        var checker = ValueChecker(indicators: indicators, areas: areas, expectedRows: table.rows.count)
        for row in table.rows {
            let indicator = columns.value(.indicator, in: row)
            let area = columns.value(.gebied, in: row)
            let names = (indicator: columns.name(.indicator), area: columns.name(.gebied))
            if isLong {
                checker.check(
                    line: row.line, indicator: indicator, area: area, names: names,
                    period: (columns.value(.periode, in: row), columns.name(.periode)),
                    numerator: (columns.value(.teller, in: row), columns.name(.teller)),
                    denominator: (columns.value(.noemer, in: row), columns.name(.noemer)),
                    value: columns.has(.waarde) ? (columns.value(.waarde, in: row), columns.name(.waarde)) : nil)
            } else {
                for (index, name, _) in periodColumns {
                    let cell = index < row.fields.count ? row.fields[index].trimmingWhitespace : ""
                    guard !cell.isEmpty else { continue }
                    let parts = cell.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                    guard parts.count == 2 else {
                        checker.issues.append(
                            ImportIssue(
                                line: row.line, column: name,
                                message:
                                    "Schrijf een cel als teller/noemer, zoals 53/280; '\(cell)' is dat niet."))
                        continue
                    }
                    checker.check(
                        line: row.line, indicator: indicator, area: area, names: names, period: (name, name),
                        numerator: (parts[0], name), denominator: (parts[1], name), value: nil)
                }
            }
        }
        if checker.records.isEmpty && checker.issues.isEmpty {
            checker.issues.append(ImportIssue(line: 1, column: nil, message: "Het bestand bevat geen waarden."))
        }
        return IndicatorImportPlan(
            records: checker.records, issues: checker.issues,
            format: isLong ? .long : .wide, encoding: table.encoding)
    }
}

/// Checks one value at a time and remembers keys, to report duplicates.
struct ValueChecker {
    let indicators: [String: IndicatorDefinition]
    let areas: Set<String>
    var records: [IndicatorValueRecord] = []
    var issues: [ImportIssue] = []
    private var seen: [String: Int] = [:]
    /// A file names a handful of indicators and periods hundreds of thousands of times.
    private var definitions: [String: IndicatorDefinition?] = [:]
    private var periods: [String: Period?] = [:]

    init(indicators: [String: IndicatorDefinition], areas: Set<String>, expectedRows: Int = 0) {
        self.indicators = indicators
        self.areas = areas
        seen.reserveCapacity(expectedRows)
        records.reserveCapacity(expectedRows)
    }

    mutating func check(
        line: Int, indicator rawIndicator: String, area rawArea: String, names: (indicator: String, area: String),
        period rawPeriod: (String, String), numerator rawNumerator: (String, String),
        denominator rawDenominator: (String, String), value rawValue: (String, String)?
    ) {
        let before = issues.count
        func report(_ column: String, _ message: String) { issues.append(ImportIssue(line: line, column: column, message: message)) }
        // Codes are case-insensitive: `gm0119` is GM0119 (checked only when not found as written).
        let area = areas.contains(rawArea) ? rawArea : AreaCode.normalised(rawArea)
        let definition: IndicatorDefinition?
        if let known = definitions[rawIndicator] {
            definition = known
        } else {
            definition = indicators[rawIndicator.uppercased()]
            definitions[rawIndicator] = .some(definition)
        }
        if rawIndicator.isEmpty {
            report(names.indicator, "Indicator ontbreekt.")
        } else if definition == nil {
            report(names.indicator, "Onbekende indicator '\(rawIndicator)'; zie de catalogus voor de codes.")
        }
        if area.isEmpty {
            report(names.area, "Gebiedscode ontbreekt.")
        } else if !areas.contains(area) {
            report(names.area, "Onbekend gebied '\(rawArea)'; importeer het eerst bij de gebieden.")
        }
        let period: Period?
        if let known = periods[rawPeriod.0] {
            period = known
        } else {
            period = Period.parse(rawPeriod.0)
            periods[rawPeriod.0] = .some(period)
        }
        if period == nil {
            report(
                rawPeriod.1,
                rawPeriod.0.isEmpty
                    ? "Periode ontbreekt." : "Periode '\(rawPeriod.0)' klopt niet; schrijf een jaar (2021) of jaren (2019-2021).")
        }
        var numerator: Int?
        var denominator: Int?
        switch DutchNumber.count(rawNumerator.0) {
        case .success(let n): numerator = n
        case .failure(let m): report(rawNumerator.1, "Teller: " + m.text)
        }
        switch DutchNumber.count(rawDenominator.0) {
        case .success(let n) where n == 0: report(rawDenominator.1, "De noemer moet groter dan 0 zijn.")
        case .success(let n): denominator = n
        case .failure(let m): report(rawDenominator.1, "Noemer: " + m.text)
        }
        if let n = numerator, let d = denominator, let definition {
            if definition.statistic == .proportion && n > d {
                report(rawNumerator.1, "De teller (\(n)) is groter dan de noemer (\(d)); bij een aandeel kan dat niet.")
            }
            if let (text, column) = rawValue, !text.isEmpty {
                switch DutchNumber.decimal(text) {
                case .failure(let m): report(column, "Waarde: " + m.text)
                case .success(let (value, decimals)):
                    let computed = definition.value(numerator: n, denominator: d)!
                    let tolerance = 0.5 * pow(10, -Double(decimals)) + 1e-9
                    if abs(value - computed) > tolerance {
                        report(
                            column,
                            "De waarde \(text) past niet bij teller en noemer: \(n)/\(d) is \(String(format: "%.1f", computed)) \(definition.unitLabel)."
                        )
                    }
                }
            }
        }
        guard issues.count == before, let definition, let period, let numerator, let denominator else { return }
        let key = "\(definition.code)|\(area)|\(period)"
        if let first = seen[key] {
            report(names.indicator, "\(definition.code) voor \(area) in \(period) staat ook al op regel \(first).")
            return
        }
        seen[key] = line
        records.append(
            IndicatorValueRecord(
                indicator: definition.code, area: area, period: period,
                numerator: numerator, denominator: denominator, line: line))
    }
}

extension IndicatorImportPlan {
    /// The plan with every value outside `allowed` turned into an issue: someone may
    /// import only the figures of their own area(s).
    public func restricted(to allowed: Set<String>) -> IndicatorImportPlan {
        let outside = records.filter { !allowed.contains($0.area) }
        guard !outside.isEmpty else { return self }
        let extra = outside.map {
            ImportIssue(
                line: $0.line, column: nil,
                message: "U mag geen cijfers importeren voor \($0.area): dat gebied valt buiten uw coalitie of regio.")
        }
        return IndicatorImportPlan(
            records: records.filter { allowed.contains($0.area) },
            issues: (issues + extra).sorted { $0.line < $1.line }, format: format, encoding: encoding)
    }
}
