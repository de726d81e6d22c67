/// One period of a trend: its label ("2021", "2019-2021") and value, both optional parts
/// may be missing (no figure, or a hidden one).
public struct TrendPoint: Sendable, Equatable {
    public var period: String
    public var value: Double?
    public var interval: ConfidenceInterval?

    public init(period: String, value: Double?, interval: ConfidenceInterval? = nil) {
        self.period = period
        self.value = value
        self.interval = interval
    }
}

/// A line of the trend chart: the main area or a reference (province, country).
public struct TrendSeries: Sendable, Equatable {
    public var label: String
    public var points: [TrendPoint]

    public init(label: String, points: [TrendPoint]) {
        self.label = label
        self.points = points
    }
}

/// A trend chart as SVG: the first series is the main area, drawn with its 95 % interval
/// as a band (an error bar for a period on its own) and a dot per period; the others are references, drawn as dashed lines. A
/// missing value breaks the line. Periods are placed in the order they first appear.
public enum TrendChartSVG {
    static let colours = ["#1f5f8b", "#d95f02", "#7570b3", "#666666", "#1b9e77"]

    public static func render(
        series: [TrendSeries], unit: String, title: String, id: String = "trend",
        width: Double = 640, height: Double = 320
    ) -> String {
        var periods: [String] = []
        var seen = Set<String>()
        for s in series { for p in s.points where seen.insert(p.period).inserted { periods.append(p.period) } }
        let frame = ChartFrame(width: width, height: height, top: 32)
        let step = (frame.right - frame.left) / Double(max(1, periods.count))
        let position = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, frame.left + step * (Double($0) + 0.5)) })
        var values: [Double] = []
        for (i, s) in series.enumerated() {
            for p in s.points {
                if let v = p.value, v.isFinite { values.append(v) }
                if i == 0, let interval = p.interval { values += [interval.lower, interval.upper].filter(\.isFinite) }
            }
        }
        let y = LinearScale(domain: LinearScale.niceDomain(values.min() ?? 0, values.max() ?? 1), range: frame.yRange, inverted: true)

        var svg = SVGWriter()
        svg.openDocument(
            width: width, height: height, title: title, description: description(series, periods: periods, unit: unit),
            id: id, className: "trendgrafiek")
        frame.yAxis(&svg, scale: y, title: unit)
        frame.xAxis(&svg, labels: periods.map { (position[$0]!, $0) }, title: "")
        if let main = series.first {
            svg.open("g", [("class", "interval"), ("fill", colours[0]), ("fill-opacity", "0.18")])
            for run in runs(main.points, where: { $0.interval != nil && $0.value != nil }) {
                if run.count == 1, let p = run.first {  // a lone period: an error bar instead of a band
                    let x = SVGWriter.number(position[p.period]!)
                    svg.element(
                        "line",
                        [
                            ("x1", x), ("x2", x), ("y1", SVGWriter.number(y(p.interval!.upper))),
                            ("y2", SVGWriter.number(y(p.interval!.lower))), ("stroke", colours[0]),
                            ("stroke-opacity", "0.4"), ("stroke-width", "6")
                        ])
                    continue
                }
                let upper = run.map { SVGPoint(x: position[$0.period]!, y: y($0.interval!.upper)) }
                let lower = run.reversed().map { SVGPoint(x: position[$0.period]!, y: y($0.interval!.lower)) }
                let outline = (upper + lower).map(SVGWriter.pair).joined(separator: " ")
                svg.element("polygon", [("points", outline)])
            }
            svg.close("g")
        }
        for (i, s) in series.enumerated().reversed() {
            let colour = colours[i % colours.count]
            var style = [("stroke", colour), ("stroke-width", i == 0 ? "2.5" : "1.5")]
            if i > 0 { style.append(("stroke-dasharray", "5 3")) }
            svg.open("g", [("class", i == 0 ? "hoofdlijn" : "referentie")])
            for run in runs(s.points, where: { $0.value != nil }) {
                svg.polyline(run.map { SVGPoint(x: position[$0.period]!, y: y($0.value!)) }, style)
            }
            for p in s.points {
                guard let v = p.value, i == 0 || !hasNeighbour(p, in: s.points) else { continue }
                svg.raw(
                    "<circle cx=\"" + SVGWriter.number(position[p.period]!) + "\" cy=\"" + SVGWriter.number(y(v))
                        + "\" r=\"3\" fill=\"" + colour + "\"><title>" + SVGWriter.escape(s.label) + ", " + SVGWriter.escape(p.period)
                        + ": " + SVGWriter.dutch(v) + " " + SVGWriter.escape(unit) + "</title></circle>")
            }
            svg.close("g")
        }
        svg.open("g", [("class", "legenda"), ("font-size", "11"), ("fill", "#333")])
        var x = frame.left
        for (i, s) in series.enumerated() {
            let yText = SVGWriter.number(12)
            svg.element(
                "line",
                [
                    ("x1", SVGWriter.number(x)), ("x2", SVGWriter.number(x + 18)), ("y1", "12"), ("y2", "12"),
                    ("stroke", colours[i % colours.count]), ("stroke-width", i == 0 ? "2.5" : "1.5")
                ]
                    + (i > 0 ? [("stroke-dasharray", "5 3")] : []))
            svg.element("text", [("x", SVGWriter.number(x + 22)), ("y", yText), ("dominant-baseline", "middle")], text: s.label)
            x += 40 + Double(s.label.count) * 6
        }
        svg.close("g")
        svg.close("svg")
        return svg.output
    }

    /// Runs of consecutive points that satisfy `keep`.
    static func runs(_ points: [TrendPoint], where keep: (TrendPoint) -> Bool) -> [[TrendPoint]] {
        var result: [[TrendPoint]] = []
        var current: [TrendPoint] = []
        for p in points {
            if keep(p) {
                current.append(p)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Whether a reference point is part of a line (so it needs no dot of its own).
    static func hasNeighbour(_ point: TrendPoint, in points: [TrendPoint]) -> Bool {
        guard let i = points.firstIndex(of: point) else { return false }
        return (i > 0 && points[i - 1].value != nil) || (i + 1 < points.count && points[i + 1].value != nil)
    }

    static func description(_ series: [TrendSeries], periods: [String], unit: String) -> String {
        guard let main = series.first, let first = periods.first, let last = periods.last else { return "Geen gegevens." }
        var text = "Trend van \(main.label) over \(periods.count) perioden (\(first) tot en met \(last)), in \(unit)"
        if series.count > 1 { text += ", vergeleken met " + series.dropFirst().map(\.label).joined(separator: " en ") }
        text += ". De band is het 95%-betrouwbaarheidsinterval."
        if let latest = main.points.last(where: { $0.value != nil }) {
            text += " Laatste waarde (\(latest.period)): \(SVGWriter.dutch(latest.value!)) \(unit)."
        }
        return text
    }
}
