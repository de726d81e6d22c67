import Plot

typealias BodyNode = Node<HTML.BodyContext>

/// Small builders on top of Plot for the elements whose typed contexts get in the way
/// (forms, tables, links inside lists). Text and attribute values are still escaped
/// by Plot.
enum H {
    static func el(_ name: String, _ nodes: [BodyNode]) -> BodyNode { .element(named: name, nodes: nodes) }
    static func el(_ name: String, _ nodes: BodyNode...) -> BodyNode { .element(named: name, nodes: nodes) }

    static func void(_ name: String, _ attributes: [(String, String?)]) -> BodyNode {
        .selfClosedElement(named: name, attributes: attributes.compactMap { name, value in
            value.map { Attribute<HTML.BodyContext>(name: name, value: $0, ignoreIfValueIsEmpty: false) }
        })
    }

    static func attr(_ name: String, _ value: String?) -> BodyNode {
        guard let value else { return .empty }
        return .attribute(named: name, value: value, ignoreIfValueIsEmpty: false)
    }

    static func flag(_ name: String, _ on: Bool) -> BodyNode { on ? .attribute(named: name) : .empty }
    static func cls(_ value: String) -> BodyNode { attr("class", value) }
    static func text(_ value: String) -> BodyNode { .text(value) }

    static func a(_ href: String, _ label: String, _ extra: BodyNode...) -> BodyNode {
        el("a", [attr("href", href)] + extra + [.text(label)])
    }

    static func p(_ text: String, _ extra: BodyNode...) -> BodyNode { el("p", extra + [.text(text)]) }
    static func h1(_ text: String) -> BodyNode { el("h1", .text(text)) }
    static func h2(_ text: String, id: String? = nil) -> BodyNode { el("h2", attr("id", id), .text(text)) }

    /// A table with a caption, header cells with scope, and rows of cells.
    static func table(caption: String, headers: [String], rows: [[BodyNode]]) -> BodyNode {
        el("div", cls("table-wrap"),
           el("table",
              el("caption", .text(caption)),
              el("thead", el("tr", headers.map { el("th", attr("scope", "col"), .text($0)) })),
              el("tbody", rows.map { cells in el("tr", cells.map { el("td", $0) }) })))
    }

    static func dl(_ items: [(String, BodyNode)]) -> BodyNode {
        el("dl", items.flatMap { [el("dt", .text($0.0)), el("dd", $0.1)] })
    }

    static func notice(_ text: String, kind: String = "info") -> BodyNode {
        el("div", cls("notice notice-\(kind)"), attr("role", kind == "error" ? "alert" : "status"), el("p", .text(text)))
    }
}
