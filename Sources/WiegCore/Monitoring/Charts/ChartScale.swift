/// A linear map from a data range to a pixel range, with "nice" ticks (1, 2 or 5 × 10ⁿ).
public struct LinearScale: Sendable, Equatable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    /// true maps the domain's lower bound to the range's upper bound (a y axis).
    public var inverted: Bool

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, inverted: Bool = false) {
        self.domain = domain.upperBound > domain.lowerBound ? domain : domain.lowerBound...(domain.lowerBound + 1)
        self.range = range
        self.inverted = inverted
    }

    public func callAsFunction(_ value: Double) -> Double {
        let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        let span = range.upperBound - range.lowerBound
        return inverted ? range.upperBound - t * span : range.lowerBound + t * span
    }

    /// About `count` round values inside the domain.
    public func ticks(_ count: Int = 5) -> [Double] {
        let step = Self.niceStep((domain.upperBound - domain.lowerBound) / Double(max(1, count)))
        var value = (domain.lowerBound / step).rounded(.up) * step
        var result: [Double] = []
        while value <= domain.upperBound + step * 1e-9, result.count < 50 {
            result.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return result
    }

    /// A domain widened to round values around `low…high` (with room when they are equal).
    public static func niceDomain(_ low: Double, _ high: Double, count: Int = 5) -> ClosedRange<Double> {
        guard low.isFinite, high.isFinite else { return 0...1 }
        let (a, b) = high > low ? (low, high) : (low - max(1, abs(low) * 0.1), low + max(1, abs(low) * 0.1))
        let step = niceStep((b - a) / Double(max(1, count)))
        return ((a / step).rounded(.down) * step)...((b / step).rounded(.up) * step)
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for factor in [1.0, 2, 5, 10] where power * factor >= raw { return power * factor }
        return power * 10
    }

    /// How many decimals ticks with this step need (0…3).
    static func decimals(forStep step: Double) -> Int {
        var d = 0
        var s = step
        while d < 3, (s - s.rounded()).magnitude > 1e-9 {
            s *= 10
            d += 1
        }
        return d
    }
}
