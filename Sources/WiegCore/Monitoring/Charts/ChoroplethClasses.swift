/// One class of a choropleth map: values from `lower` to `upper` (both included; a value
/// on a boundary belongs to the lower class) get `colour`; `label` is its legend text.
public struct ChoroplethClass: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var colour: String
    public var label: String

    public init(lower: Double, upper: Double, colour: String, label: String) {
        self.lower = lower
        self.upper = upper
        self.colour = colour
        self.label = label
    }
}

/// The classes of a choropleth map and the legend texts for areas without a class.
/// Legend texts are Dutch and chosen by the caller (the defaults say "van … tot …").
public struct ChoroplethClasses: Sendable, Equatable {
    public var classes: [ChoroplethClass]
    /// For areas whose figure is hidden (hatched).
    public var suppressedLabel: String
    /// For areas without a figure.
    public var missingLabel: String

    /// Light to dark blue, five steps.
    public static let blues = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"]

    public static func rangeLabel(_ lower: Double, _ upper: Double) -> String {
        "van \(SVGWriter.dutch(lower)) tot \(SVGWriter.dutch(upper))"
    }

    public init(
        classes: [ChoroplethClass], suppressedLabel: String = "Verborgen (kleine aantallen)",
        missingLabel: String = "Geen gegevens"
    ) {
        self.classes = classes
        self.suppressedLabel = suppressedLabel
        self.missingLabel = missingLabel
    }

    /// Classes with (about) the same number of areas each: the breaks are the values at the
    /// quantiles i/k (the last value of each i/k share, no interpolation), k = the number of colours. Equal
    /// breaks are merged, so there may be fewer classes.
    public static func quantile(
        values: [Double], colours: [String] = blues,
        label: (Double, Double) -> String = rangeLabel
    ) -> ChoroplethClasses {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, !colours.isEmpty else { return ChoroplethClasses(classes: []) }
        var breaks = [first]
        for i in 1...colours.count {
            let b = sorted[max(0, (i * sorted.count) / colours.count - 1)]
            if b > breaks.last! { breaks.append(b) }
        }
        if breaks.count == 1 { breaks.append(first) }
        return fixed(breaks: breaks, colours: colours, label: label)
    }

    /// Classes between consecutive breaks (sorted ascending), coloured in order.
    public static func fixed(
        breaks: [Double], colours: [String] = blues,
        label: (Double, Double) -> String = rangeLabel
    ) -> ChoroplethClasses {
        guard breaks.count > 1, !colours.isEmpty else { return ChoroplethClasses(classes: []) }
        let count = breaks.count - 1
        return ChoroplethClasses(
            classes: (0..<count).map { i in
                let colour = colours[count == 1 ? colours.count - 1 : i * (colours.count - 1) / (count - 1)]
                return ChoroplethClass(lower: breaks[i], upper: breaks[i + 1], colour: colour, label: label(breaks[i], breaks[i + 1]))
            })
    }

    /// The index of the class holding `value`; nil when it lies outside all classes.
    public func classIndex(for value: Double) -> Int? {
        classes.firstIndex { $0.lower <= value && value <= $0.upper }
    }
}
