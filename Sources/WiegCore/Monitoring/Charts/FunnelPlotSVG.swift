/// An area on a funnel plot: its denominator (x) and value (y, in the chart's unit).
public struct FunnelPlotPoint: Sendable, Equatable {
    public var label: String
    public var denominator: Double
    public var value: Double

    public init(label: String, denominator: Double, value: Double) {
        self.label = label
        self.denominator = denominator
        self.value = value
    }
}

/// A control limit at one denominator, in the chart's unit.
public struct FunnelLimit: Sendable, Equatable {
    public var n: Double
    public var interval: ConfidenceInterval

    public init(n: Double, interval: ConfidenceInterval) {
        self.n = n
        self.interval = interval
    }

    /// The 95 % and 99.8 % limits of a funnel curve (`ProportionFunnel.curve`,
    /// `RateFunnel.curve`), multiplied by `factor` (e.g. 1000 for proportions shown per 1000).
    public static func split(_ curve: [FunnelPoint], factor: Double = 1) -> (limits95: [FunnelLimit], limits998: [FunnelLimit]) {
        (
            curve.map { FunnelLimit(n: $0.n, interval: $0.limits95.scaled(by: factor)) },
            curve.map { FunnelLimit(n: $0.n, interval: $0.limits998.scaled(by: factor)) }
        )
    }

    /// The limits at `n`, interpolated linearly between the two nearest points of a curve
    /// sorted by n; the first or last point outside the curve.
    static func interpolate(_ limits: [FunnelLimit], at n: Double) -> ConfidenceInterval? {
        guard let first = limits.first, let last = limits.last else { return nil }
        if n <= first.n { return first.interval }
        if n >= last.n { return last.interval }
        var low = 0
        var high = limits.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if limits[mid].n <= n { low = mid } else { high = mid }
        }
        let a = limits[low]
        let b = limits[high]
        let t = (n - a.n) / (b.n - a.n)
        return ConfidenceInterval(
            lower: a.interval.lower + t * (b.interval.lower - a.interval.lower),
            upper: a.interval.upper + t * (b.interval.upper - a.interval.upper))
    }
}

/// A funnel plot as SVG: the denominator on the x axis, the value on the y axis, the
/// target as a line, the 95 % limits dashed and the 99.8 % limits solid. Areas outside
/// the 99.8 % limits are drawn in red and, with `labelOutliers`, named. Each point has a
/// tooltip. Accessible: role="img" with a title and a description that names the outliers.
public enum FunnelPlotSVG {
    public static func render(
        points: [FunnelPlotPoint], limits95: [FunnelLimit], limits998: [FunnelLimit], target: Double,
        unit: String, title: String, labelOutliers: Bool = true, id: String = "trechter",
        width: Double = 640, height: Double = 400
    ) -> String {
        let frame = ChartFrame(width: width, height: height)
        let l95 = limits95.sorted { $0.n < $1.n }
        let l998 = limits998.sorted { $0.n < $1.n }
        let outlier = points.map { p -> Bool in
            guard let limits = FunnelLimit.interpolate(l998, at: p.denominator) else { return false }
            return !limits.contains(p.value)
        }
        let maxN = max(points.map(\.denominator).max() ?? 1, l998.last?.n ?? 1)
        let minN = points.map(\.denominator).min() ?? 0
        let x = LinearScale(domain: LinearScale.niceDomain(0, maxN), range: frame.xRange)
        var values = points.map(\.value) + [target]
        for limit in l998 where limit.n >= minN { values += [limit.interval.lower, limit.interval.upper] }
        let finite = values.filter(\.isFinite)
        let y = LinearScale(domain: LinearScale.niceDomain(finite.min() ?? 0, finite.max() ?? 1), range: frame.yRange, inverted: true)

        let names = zip(points, outlier).filter(\.1).map(\.0.label)
        var description =
            "Trechterdiagram van \(points.count) gebieden: op de x-as de noemer, op de y-as de waarde (\(unit)). "
            + "Streefwaarde \(SVGWriter.dutch(target)). "
        switch names.count {
        case 0: description += "Geen gebied ligt buiten de 99,8%-grenzen."
        case 1: description += "Buiten de 99,8%-grenzen ligt: \(names[0])."
        default:
            let shown = names.prefix(10).joined(separator: ", ")
            description +=
                "Buiten de 99,8%-grenzen liggen \(names.count) gebieden: \(shown)"
                + (names.count > 10 ? " en \(names.count - 10) andere." : ".")
        }

        var svg = SVGWriter()
        svg.openDocument(width: width, height: height, title: title, description: description, id: id, className: "trechterdiagram")
        frame.clipPath(&svg, id: id)
        frame.yAxis(&svg, scale: y, title: unit)
        let xTicks = x.ticks(5)
        let xDecimals = xTicks.count > 1 ? LinearScale.decimals(forStep: xTicks[1] - xTicks[0]) : 0
        frame.xAxis(&svg, labels: xTicks.map { (x($0), SVGWriter.dutch($0, decimals: xDecimals)) }, title: "Noemer (aantal)")

        svg.open("g", [("clip-path", "url(#\(id)-clip)")])
        let targetY = SVGWriter.number(y(target))
        svg.element(
            "line",
            [
                ("x1", SVGWriter.number(frame.left)), ("x2", SVGWriter.number(frame.right)), ("y1", targetY),
                ("y2", targetY), ("stroke", "#333"), ("stroke-width", "1.5"), ("class", "streefwaarde")
            ])
        for (limits, style) in [
            (l95, [("stroke", "#6b8e23"), ("stroke-dasharray", "4 3"), ("class", "grens-95")]),
            (l998, [("stroke", "#b22222"), ("class", "grens-998")])
        ] {
            svg.polyline(limits.map { SVGPoint(x: x($0.n), y: y($0.interval.lower)) }, style)
            svg.polyline(limits.map { SVGPoint(x: x($0.n), y: y($0.interval.upper)) }, style)
        }
        for outside in [false, true] {
            svg.open("g", [("class", outside ? "buiten" : "binnen"), ("fill", outside ? "#b22222" : "#1f5f8b"), ("fill-opacity", "0.8")])
            for (p, isOutlier) in zip(points, outlier) where isOutlier == outside {
                svg.raw(
                    "<circle cx=\"" + SVGWriter.number(x(p.denominator)) + "\" cy=\"" + SVGWriter.number(y(p.value))
                        + "\" r=\"3\"><title>" + SVGWriter.escape(p.label) + ": " + SVGWriter.dutch(p.value) + " " + SVGWriter.escape(unit)
                        + " (noemer " + SVGWriter.dutch(p.denominator, decimals: 0) + ")</title></circle>")
            }
            svg.close("g")
        }
        svg.close("g")
        if labelOutliers {
            svg.open("g", [("class", "namen"), ("font-size", "11"), ("fill", "#222")])
            for (p, isOutlier) in zip(points, outlier) where isOutlier {
                svg.element("text", [("x", SVGWriter.number(x(p.denominator) + 5)), ("y", SVGWriter.number(y(p.value) - 5))], text: p.label)
            }
            svg.close("g")
        }
        svg.close("svg")
        return svg.output
    }
}
