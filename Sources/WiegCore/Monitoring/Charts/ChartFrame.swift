/// The plot area inside a chart and the axes around it. Shared by the funnel plot and
/// the trend chart so both look alike.
struct ChartFrame {
    let width: Double, height: Double
    let left: Double, right: Double, top: Double, bottom: Double

    init(width: Double, height: Double, left: Double = 56, right: Double = 16, top: Double = 16, bottom: Double = 48) {
        self.width = width
        self.height = height
        self.left = left
        self.right = width - right
        self.top = top
        self.bottom = height - bottom
    }

    var xRange: ClosedRange<Double> { left...right }
    var yRange: ClosedRange<Double> { top...bottom }

    /// A clip path the size of the plot area, id `\(id)-clip`.
    func clipPath(_ svg: inout SVGWriter, id: String) {
        svg.open("defs")
        svg.open("clipPath", [("id", "\(id)-clip")])
        svg.element(
            "rect",
            [
                ("x", SVGWriter.number(left)), ("y", SVGWriter.number(top)),
                ("width", SVGWriter.number(right - left)), ("height", SVGWriter.number(bottom - top))
            ])
        svg.close("clipPath")
        svg.close("defs")
    }

    /// The y axis with grid lines and Dutch tick labels, and its title turned upright.
    func yAxis(_ svg: inout SVGWriter, scale: LinearScale, title: String) {
        let ticks = scale.ticks(5)
        let decimals = ticks.count > 1 ? LinearScale.decimals(forStep: ticks[1] - ticks[0]) : 0
        svg.open("g", [("class", "as-y"), ("font-size", "11"), ("fill", "#333")])
        for tick in ticks {
            let y = SVGWriter.number(scale(tick))
            svg.element(
                "line",
                [
                    ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)), ("y1", y), ("y2", y),
                    ("stroke", "#e3e3e3")
                ])
            svg.element(
                "text", [("x", SVGWriter.number(left - 6)), ("y", y), ("text-anchor", "end"), ("dominant-baseline", "middle")],
                text: SVGWriter.dutch(tick, decimals: decimals))
        }
        svg.element(
            "text",
            [
                ("transform", "translate(12 \(SVGWriter.number((top + bottom) / 2))) rotate(-90)"),
                ("text-anchor", "middle")
            ], text: title)
        svg.close("g")
    }

    /// The x axis line with labels at the given positions, and its title below.
    func xAxis(_ svg: inout SVGWriter, labels: [(x: Double, text: String)], title: String) {
        svg.open("g", [("class", "as-x"), ("font-size", "11"), ("fill", "#333")])
        svg.element(
            "line",
            [
                ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)), ("y1", SVGWriter.number(bottom)),
                ("y2", SVGWriter.number(bottom)), ("stroke", "#333")
            ])
        for label in labels {
            svg.element(
                "text", [("x", SVGWriter.number(label.x)), ("y", SVGWriter.number(bottom + 16)), ("text-anchor", "middle")],
                text: label.text)
        }
        if !title.isEmpty {
            svg.element(
                "text",
                [
                    ("x", SVGWriter.number((left + right) / 2)), ("y", SVGWriter.number(height - 8)),
                    ("text-anchor", "middle")
                ], text: title)
        }
        svg.close("g")
    }
}

extension SVGWriter {
    /// A polyline through the points, or nothing for fewer than two.
    mutating func polyline(_ points: [SVGPoint], _ attributes: [(String, String)]) {
        guard points.count > 1 else { return }
        var text = ""
        text.reserveCapacity(points.count * 12)
        for (i, p) in points.enumerated() {
            if i > 0 { text += " " }
            text += SVGWriter.pair(p)
        }
        element("polyline", [("points", text), ("fill", "none")] + attributes)
    }
}
