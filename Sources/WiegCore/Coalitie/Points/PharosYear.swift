import Foundation

/// All ten points of one year, always complete and in Pharos' order.
public struct PharosYear: Sendable, Hashable, Codable {
    public let year: Int
    /// Exactly ten assessments, points 1–10 in order.
    public private(set) var assessments: [PointAssessment]

    /// A year from the given assessments; a point not given starts as niet gestart with
    /// empty texts. When a point is given twice the last one counts. Assessments of
    /// another year take this year.
    public init(year: Int, assessments: [PointAssessment] = []) {
        self.year = year
        var byPoint: [PharosPoint: PointAssessment] = [:]
        for assessment in assessments { byPoint[assessment.point] = assessment }
        self.assessments = PharosPoint.allCases.map { point in
            var assessment = byPoint[point] ?? PointAssessment(year: year, point: point)
            assessment.year = year
            return assessment
        }
    }

    /// The assessment of one point.
    public subscript(point: PharosPoint) -> PointAssessment {
        get { assessments[point.rawValue - 1] }
        set {
            var value = newValue
            value.year = year
            value.point = point
            assessments[point.rawValue - 1] = value
        }
    }

    /// How many points have each status (every status present, possibly 0).
    public var statusCounts: [PointStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: PointStatus.allCases.map { ($0, 0) })
        for assessment in assessments { counts[assessment.status, default: 0] += 1 }
        return counts
    }

    /// The next year's list for the yearly cycle ("de 10 punten krijgen een nieuw jaar"):
    /// texts and statuses are kept as the starting point, only the year changes.
    public func carriedOver(to newYear: Int) -> PharosYear {
        PharosYear(year: newYear, assessments: assessments)
    }
}
