import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("SVG charts")
struct SVGChartTests {
    @Test("numbers: one decimal, no trailing .0, no -0; Dutch numbers with a comma and grouped thousands")
    func numbers() {
        #expect([0, -0.04, 12, 12.25, -3.45, 1234.56, .nan].map(SVGWriter.number) == ["0", "0", "12", "12.3", "-3.5", "1234.6", "0"])
        #expect(SVGWriter.dutch(130.8) == "130,8")
        #expect(SVGWriter.dutch(1598, decimals: 0) == "1.598")
        #expect(SVGWriter.dutch(1234567.891, decimals: 2) == "1.234.567,89")
        #expect(SVGWriter.dutch(-0.04) == "0,0")
        #expect(SVGWriter.dutch(0.05, decimals: 3) == "0,050")
    }

    @Test("text and attributes are escaped")
    func escaping() {
        var svg = SVGWriter()
        svg.element("text", [("data-x", "a\"b<c>")], text: "Bergen (L.) & 's-Hertogenbosch")
        #expect(svg.output == "<text data-x=\"a&quot;b&lt;c&gt;\">Bergen (L.) &amp; &#39;s-Hertogenbosch</text>")
    }

    @Test("a sparkline is exactly this, with a gap for a missing value")
    func sparkline() {
        let svg = SparklineSVG.render(values: [10, 20, nil, 15, 30], label: "BIG2 2019–2023")
        #expect(
            svg == "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 80 20\" width=\"80\" height=\"20\" role=\"img\" "
                + "aria-label=\"BIG2 2019–2023\" class=\"sparkline\">"
                + "<polyline points=\"2,18 21,10\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"1.5\"/>"
                + "<polyline points=\"59,14 78,2\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"1.5\"/>"
                + "<circle cx=\"78\" cy=\"2\" r=\"2\" fill=\"#1f5f8b\"/></svg>")
    }

    static func funnel(points: [FunnelPlotPoint]) -> String {
        let curve = ProportionFunnel.curve(target: 0.15, maxN: 2000, points: 60)
        let (l95, l998) = FunnelLimit.split(curve, factor: 1000)
        return FunnelPlotSVG.render(
            points: points, limits95: l95, limits998: l998, target: 150, unit: "per 1000",
            title: "BIG2 per wijk", id: "f")
    }

    @Test("the funnel plot is accessible, labels only the areas outside 99.8 % and names them in the description")
    func funnelPlot() {
        let svg = Self.funnel(points: [
            FunnelPlotPoint(label: "Haveltermade", denominator: 280, value: 260),
            FunnelPlotPoint(label: "Centrum", denominator: 500, value: 152),
            FunnelPlotPoint(label: "Oost & West", denominator: 1500, value: 90)
        ])
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 400\""))
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"f-title f-desc\""))
        #expect(svg.contains("<title id=\"f-title\">BIG2 per wijk</title>"))
        #expect(svg.contains("Buiten de 99,8%-grenzen liggen 2 gebieden: Haveltermade, Oost &amp; West."))
        #expect(svg.contains(">Haveltermade</text>") && svg.contains(">Oost &amp; West</text>"))
        #expect(!svg.contains(">Centrum</text>"))
        #expect(svg.contains("<title>Centrum: 152,0 per 1000 (noemer 500)</title>"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 4)
        #expect(svg.hasSuffix("</svg>"))
        #expect(
            svg
                == Self.funnel(points: [
                    FunnelPlotPoint(label: "Haveltermade", denominator: 280, value: 260),
                    FunnelPlotPoint(label: "Centrum", denominator: 500, value: 152),
                    FunnelPlotPoint(label: "Oost & West", denominator: 1500, value: 90)
                ]))
    }

    // Speed is measured by the funnel benchmark (Benchmarks/), not here.
    @Test("4,000 points all become circles")
    func funnelManyPoints() {
        var rng = SplitMix64(seed: 7)
        let points = (0..<4000).map { i in
            FunnelPlotPoint(label: "Gebied \(i)", denominator: Double(rng.int(20...2000)), value: Double(rng.int(50...260)))
        }
        let svg = Self.funnel(points: points)
        #expect(svg.components(separatedBy: "<circle").count - 1 == 4000)
    }

    @Test("the trend chart draws a band for the main area, dashed references, and breaks lines at gaps")
    func trend() {
        let main = TrendSeries(
            label: "Meppel",
            points: [
                TrendPoint(period: "2019", value: 120, interval: ConfidenceInterval(lower: 100, upper: 140)),
                TrendPoint(period: "2020", value: 130.8, interval: ConfidenceInterval(lower: 113, upper: 150)),
                TrendPoint(period: "2021", value: nil),
                TrendPoint(period: "2022", value: 125, interval: ConfidenceInterval(lower: 105, upper: 146))
            ])
        let nl = TrendSeries(label: "Nederland", points: ["2019", "2020", "2021", "2022"].map { TrendPoint(period: $0, value: 110) })
        let svg = TrendChartSVG.render(series: [main, nl], unit: "per 1000", title: "BIG2 in Meppel", id: "t")
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 1)  // 2019–2020; 2022 alone gets an error bar
        #expect(svg.contains("stroke-opacity=\"0.4\" stroke-width=\"6\""))
        #expect(svg.components(separatedBy: "stroke-dasharray=\"5 3\"").count - 1 == 2)  // reference line + legend
        #expect(svg.contains("<title>Meppel, 2020: 130,8 per 1000</title>"))
        #expect(
            svg.contains("vergeleken met Nederland. De band is het 95%-betrouwbaarheidsinterval. Laatste waarde (2022): 125,0 per 1000."))
        #expect(svg.contains(">2021</text>"))
    }

    @Test("quantile classes split evenly; fixed classes take the colours in order")
    func classes() {
        let q = ChoroplethClasses.quantile(values: (1...10).map(Double.init), colours: ["a", "b", "c", "d", "e"])
        #expect(q.classes.map(\.upper) == [2, 4, 6, 8, 10])
        #expect(q.classes.map(\.label).first == "van 1,0 tot 2,0")
        #expect(q.classIndex(for: 2) == 0 && q.classIndex(for: 2.5) == 1 && q.classIndex(for: 11) == nil)
        let same = ChoroplethClasses.quantile(values: [5, 5, 5])
        #expect(same.classes.count == 1 && same.classIndex(for: 5) == 0)
        let f = ChoroplethClasses.fixed(breaks: [0, 10, 20], colours: ["x", "y", "z"], label: { "\(Int($0))–\(Int($1)) %" })
        #expect(f.classes.map(\.colour) == ["x", "z"] && f.classes.map(\.label) == ["0–10 %", "10–20 %"])
    }

    @Test("a choropleth hatches hidden areas and explains every fill in the legend")
    func choropleth() {
        let square = [SVGPoint(x: 0, y: 0), SVGPoint(x: 10, y: 0), SVGPoint(x: 10, y: 10), SVGPoint(x: 0, y: 10)]
        let features = [
            ChoroplethFeature(code: "WK011901", name: "Centrum", rings: [square], value: 12),
            ChoroplethFeature(code: "WK011902", name: "Haveltermade", rings: [square], value: nil, suppressed: true),
            ChoroplethFeature(code: "WK011903", name: "Oosterboer", rings: [square], value: nil)
        ]
        let classes = ChoroplethClasses.fixed(breaks: [0, 10, 20], colours: ["#aaaaaa", "#222222"])
        let svg = ChoroplethSVG.render(features: features, classes: classes, title: "BIG2", unit: "%", id: "k", width: 100, height: 100)
        #expect(svg.contains("<pattern id=\"k-arcering\""))
        #expect(
            svg.contains("<path d=\"M0,0 10,0 10,10 0,10Z\" fill=\"#222222\" data-code=\"WK011901\"><title>Centrum: 12,0 %</title></path>"))
        #expect(svg.contains("fill=\"url(#k-arcering)\" data-code=\"WK011902\"><title>Haveltermade: verborgen (kleine aantallen)</title>"))
        #expect(
            svg.contains(">van 0,0 tot 10,0</text>") && svg.contains(">Verborgen (kleine aantallen)</text>")
                && svg.contains(">Geen gegevens</text>"))
        #expect(svg.contains("1 gebied is gearceerd: verborgen (kleine aantallen). 1 gebied zonder gegevens."))
    }
}
