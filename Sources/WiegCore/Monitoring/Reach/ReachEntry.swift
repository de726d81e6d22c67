import Foundation

/// The reach of one aanbod in one quarter: counts per measure, optionally for one
/// activity (e.g. one Centering group) of the aanbod.
public struct ReachEntry: Codable, Sendable, Equatable {
    public var serviceID: UUID
    public var quarter: ReachQuarter
    public var counts: [ReachMeasure: Int]
    public var activityID: UUID?

    public init(serviceID: UUID, quarter: ReachQuarter, counts: [ReachMeasure: Int], activityID: UUID? = nil) {
        self.serviceID = serviceID
        self.quarter = quarter
        self.counts = counts
        self.activityID = activityID
    }

    public func count(_ measure: ReachMeasure) -> Int { counts[measure] ?? 0 }

    /// The counts as the public may see them: a count from 1 to below the threshold is
    /// nil (hidden), as small numbers in indicator tables; 0 is shown, it reveals no one.
    public func publicCounts(threshold: Int = Suppression.defaultThreshold) -> [ReachMeasure: Int?] {
        Dictionary(uniqueKeysWithValues: ReachMeasure.allCases.map { ($0, Self.publicCount(count($0), threshold: threshold)) })
    }

    /// One count for the public: nil when 0 < count < threshold.
    public static func publicCount(_ count: Int, threshold: Int = Suppression.defaultThreshold) -> Int? {
        count > 0 && count < threshold ? nil : count
    }

    /// The sum per measure over entries (e.g. a year, or all activities of an aanbod),
    /// before suppression: hide small totals with `publicCount` afterwards.
    public static func totals(_ entries: [ReachEntry]) -> [ReachMeasure: Int] {
        var result: [ReachMeasure: Int] = [:]
        for entry in entries { for (measure, n) in entry.counts { result[measure, default: 0] += n } }
        return result
    }
}
