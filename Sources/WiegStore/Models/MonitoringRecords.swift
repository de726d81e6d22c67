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
    /// The stored value as WiegCore's record; nil for a period that no longer parses.
    public var record: IndicatorValueRecord? {
        guard let parsed = Period.parse(period) else { return nil }
        return IndicatorValueRecord(
            indicator: indicatorCode, area: areaCode, period: parsed, numerator: numerator,
            denominator: denominator, line: 0)
    }
}
