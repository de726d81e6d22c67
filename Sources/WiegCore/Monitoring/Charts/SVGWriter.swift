/// A point in SVG user units (x to the right, y down).
public struct SVGPoint: Sendable, Equatable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A tiny SVG writer: elements with escaped attributes and text, numbers in a fixed
/// format so the same input gives byte-for-byte the same output. No Foundation
/// formatters, so thousands of points are cheap.
public struct SVGWriter: Sendable {
    public private(set) var output = ""

    public init() {}

    /// `<name a="v" …>`; `close: true` writes a self-closing element.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = [], close: Bool = false) {
        output += "<" + name
        for (key, value) in attributes { output += " " + key + "=\"" + Self.escape(value) + "\"" }
        output += close ? "/>" : ">"
    }

    /// A self-closing element.
    public mutating func element(_ name: String, _ attributes: [(String, String)]) { open(name, attributes, close: true) }

    /// `<name …>text</name>`, the text escaped.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        output += Self.escape(text)
        close(name)
    }

    public mutating func close(_ name: String) { output += "</" + name + ">" }

    /// Appends markup as it is (already escaped or built by this writer).
    public mutating func raw(_ markup: String) { output += markup }

    /// Escapes &, <, >, " and ' for text and attribute values (the one shared helper).
    public static func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    /// A coordinate with at most one decimal, trailing ".0" dropped, never "-0"; a value
    /// that is not finite is written as 0.
    public static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "0" }
        let tenths = Int((value * 10).rounded())
        if tenths == 0 { return "0" }
        let magnitude = tenths.magnitude
        let whole = String(magnitude / 10)
        let fraction = magnitude % 10
        return (tenths < 0 ? "-" : "") + (fraction == 0 ? whole : whole + "." + String(fraction))
    }

    /// "x,y" for a point.
    public static func pair(_ p: SVGPoint) -> String { number(p.x) + "," + number(p.y) }

    /// A value for a reader, the Dutch way: a decimal comma, a fixed number of decimals
    /// (0…3), thousands grouped with a point: 1.598 or 130,8.
    public static func dutch(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        let places = min(3, max(0, decimals))
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        var whole = String(scaled / scale)
        var grouped = ""
        while whole.count > 3 {
            grouped = "." + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        var text = (value < 0 && scaled != 0 ? "-" : "") + whole + grouped
        if places > 0 {
            let fraction = String(scaled % scale)
            text += "," + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }

    /// Opens an accessible `<svg>` (role="img", labelled by its title and description)
    /// with `<title>` and `<desc>`; `id` makes the ids unique on a page.
    public mutating func openDocument(
        width: Double, height: Double, title: String, description: String, id: String,
        className: String
    ) {
        open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
                ("width", Self.number(width)), ("height", Self.number(height)), ("role", "img"), ("class", className),
                ("aria-labelledby", "\(id)-title \(id)-desc")
            ])
        element("title", [("id", "\(id)-title")], text: title)
        element("desc", [("id", "\(id)-desc")], text: description)
    }
}
