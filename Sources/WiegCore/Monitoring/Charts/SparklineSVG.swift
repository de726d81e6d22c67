/// A small inline trend line (for a table cell): no axes, a dot on the last value,
/// gaps where a value is missing. `label` is read by screen readers (aria-label).
public enum SparklineSVG {
    public static func render(values: [Double?], label: String, width: Double = 80, height: Double = 20) -> String {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        let low = present.min() ?? 0
        let high = present.max() ?? 1
        let x = LinearScale(domain: 0...Double(max(1, values.count - 1)), range: 2...(width - 2))
        let y = LinearScale(domain: high > low ? low...high : (low - 1)...(low + 1), range: 2...(height - 2), inverted: true)
        var svg = SVGWriter()
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
                ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height)), ("role", "img"),
                ("aria-label", label), ("class", "sparkline")
            ])
        var run: [SVGPoint] = []
        func flush() {
            svg.polyline(run, [("stroke", "#1f5f8b"), ("stroke-width", "1.5")])
            run = []
        }
        for (i, value) in values.enumerated() {
            if let value, value.isFinite { run.append(SVGPoint(x: x(Double(i)), y: y(value))) } else { flush() }
        }
        flush()
        if let i = values.lastIndex(where: { $0?.isFinite == true }), let v = values[i] {
            svg.element("circle", [("cx", SVGWriter.number(x(Double(i)))), ("cy", SVGWriter.number(y(v))), ("r", "2"), ("fill", "#1f5f8b")])
        }
        svg.close("svg")
        return svg.output
    }
}
