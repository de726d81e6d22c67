import Foundation
import WiegCore

extension AreaRow {
    /// The area as WiegCore's value (without region members: the monitoring views that
    /// use it look members up themselves).
    public var record: AreaRecord {
        AreaRecord(code: code, kind: kind, name: name, parentCode: parentCode, members: [], synthetic: synthetic)
    }
}

extension IndicatorValueRow {
    /// The stored value as the rest of Wieg sees it.
    public var value: IndicatorValue {
        IndicatorValue(
            id: id ?? UUID(), indicatorCode: indicatorCode, areaCode: areaCode, period: period, periodStart: periodStart,
            periodEnd: periodEnd, numerator: numerator, denominator: denominator, sourceFile: sourceFile,
            importedAt: importedAt, importedBy: importedBy)
    }

    /// The stored value as WiegCore's record; nil for a period that no longer parses.
    public var record: IndicatorValueRecord? { value.record }
}
