/// An area on a choropleth map: its outline in SVG coordinates (rings; holes drawn with
/// the even-odd rule), its name and value, and whether the value is hidden.
public struct ChoroplethFeature: Sendable, Equatable {
    public var code: String
    public var name: String
    public var rings: [[SVGPoint]]
    public var value: Double?
    public var suppressed: Bool

    public init(code: String, name: String, rings: [[SVGPoint]], value: Double?, suppressed: Bool = false) {
        self.code = code
        self.name = name
        self.rings = rings
        self.value = value
        self.suppressed = suppressed
    }
}

/// A choropleth map as SVG: each area filled with its class's colour, hidden figures
/// hatched, missing ones light grey, and a legend that says what every fill means. The
/// outlines must already be projected to `width` × `height` (see `GeoProjection`); the
/// legend is drawn below the map.
public enum ChoroplethSVG {
    public static func render(
        features: [ChoroplethFeature], classes: ChoroplethClasses, title: String, unit: String,
        id: String = "kaart", width: Double = 480, height: Double = 560
    ) -> String {
        let hidden = features.filter(\.suppressed).count
        let missing = features.filter { !$0.suppressed && $0.value == nil }.count
        var legend = classes.classes.map { (fill: $0.colour, label: $0.label) }
        if hidden > 0 { legend.append(("url(#\(id)-arcering)", classes.suppressedLabel)) }
        if missing > 0 { legend.append(("#f0f0f0", classes.missingLabel)) }
        let rowHeight = 20.0
        let legendTop = height + 12
        let totalHeight = legendTop + rowHeight * Double(legend.count) + 8

        var description = "Kaart van \(features.count) gebieden in \(classes.classes.count) klassen (\(unit))."
        if hidden > 0 {
            description +=
                (hidden == 1 ? " 1 gebied is" : " \(hidden) gebieden zijn") + " gearceerd: \(classes.suppressedLabel.lowercased())."
        }
        if missing > 0 { description += missing == 1 ? " 1 gebied zonder gegevens." : " \(missing) gebieden zonder gegevens." }
        var svg = SVGWriter()
        svg.openDocument(width: width, height: totalHeight, title: title, description: description, id: id, className: "kaart")
        svg.raw(
            "<defs><pattern id=\"\(SVGWriter.escape(id))-arcering\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#777777\" stroke-width=\"2\"/></pattern></defs>")
        svg.open("g", [("class", "gebieden"), ("stroke", "#ffffff"), ("stroke-width", "0.5"), ("fill-rule", "evenodd")])
        for feature in features {
            let fill: String
            let valueText: String
            if feature.suppressed {
                fill = "url(#\(id)-arcering)"
                valueText = classes.suppressedLabel.lowercased()
            } else if let value = feature.value, let index = classes.classIndex(for: value) {
                fill = classes.classes[index].colour
                valueText = SVGWriter.dutch(value) + " " + unit
            } else {
                fill = "#f0f0f0"
                valueText = feature.value.map { SVGWriter.dutch($0) + " " + unit } ?? classes.missingLabel.lowercased()
            }
            var d = ""
            for ring in feature.rings where ring.count > 2 {
                d += "M" + ring.map(SVGWriter.pair).joined(separator: " ") + "Z"
            }
            svg.open("path", [("d", d), ("fill", fill), ("data-code", feature.code)])
            svg.element("title", text: feature.name + ": " + valueText)
            svg.close("path")
        }
        svg.close("g")
        svg.open("g", [("class", "legenda"), ("font-size", "12"), ("fill", "#333")])
        for (i, item) in legend.enumerated() {
            let y = legendTop + rowHeight * Double(i)
            svg.element(
                "rect",
                [
                    ("x", "8"), ("y", SVGWriter.number(y)), ("width", "16"), ("height", "14"), ("fill", item.fill),
                    ("stroke", "#999999")
                ])
            svg.element("text", [("x", "30"), ("y", SVGWriter.number(y + 11))], text: item.label)
        }
        svg.close("g")
        svg.close("svg")
        return svg.output
    }
}
