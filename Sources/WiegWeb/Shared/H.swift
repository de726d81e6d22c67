import Plot
import WiegCore

typealias BodyNode = Node<HTML.BodyContext>

/// Small builders on top of Plot for the elements whose typed contexts get in the way
/// (forms, tables, links inside lists). Plot escapes text nodes but not attribute
/// values: every attribute value is escaped here, by WiegCore's `HTMLEscape`.
enum H {
    static func el(_ name: String, _ nodes: [BodyNode]) -> BodyNode { .element(named: name, nodes: nodes) }
    static func el(_ name: String, _ nodes: BodyNode...) -> BodyNode { .element(named: name, nodes: nodes) }

    static func void(_ name: String, _ attributes: [(String, String?)]) -> BodyNode {
        .selfClosedElement(
            named: name,
            attributes: attributes.compactMap { name, value in
                value.map { Attribute<HTML.BodyContext>(name: name, value: HTMLEscape.escape($0), ignoreIfValueIsEmpty: false) }
            })
    }

    static func attr(_ name: String, _ value: String?) -> BodyNode {
        guard let value else { return .empty }
        return .attribute(named: name, value: HTMLEscape.escape(value), ignoreIfValueIsEmpty: false)
    }

    static func flag(_ name: String, _ on: Bool) -> BodyNode { on ? .attribute(named: name) : .empty }
    static func cls(_ value: String) -> BodyNode { attr("class", value) }
    /// Text through WiegCore's one escaping helper (Plot's own text escaping keeps
    /// entity-like sequences and leaves quotes as they are).
    static func text(_ value: String) -> BodyNode { .raw(HTMLEscape.escape(value)) }

    static func a(_ href: String, _ label: String, _ extra: BodyNode...) -> BodyNode {
        el("a", [attr("href", href)] + extra + [H.text(label)])
    }

    /// A link that leaves Wieg: only to a full http(s) address; anything else (a
    /// `javascript:` URL stored before the check existed, say) is shown as text.
    static func external(_ url: String, _ label: String, _ extra: BodyNode...) -> BodyNode {
        guard NetworkFields.isWebsite(url) else { return H.text(label) }
        return el("a", [attr("href", url), attr("rel", "noopener noreferrer")] + extra + [H.text(label)])
    }

    static func p(_ text: String, _ extra: BodyNode...) -> BodyNode { el("p", extra + [H.text(text)]) }
    static func h1(_ text: String) -> BodyNode { el("h1", H.text(text)) }
    static func h2(_ text: String, id: String? = nil) -> BodyNode { el("h2", attr("id", id), H.text(text)) }

    /// A table with a caption, header cells with scope, and rows of cells.
    static func table(caption: String, headers: [String], rows: [[BodyNode]]) -> BodyNode {
        el(
            "div", cls("table-wrap"),
            el(
                "table",
                el("caption", H.text(caption)),
                el("thead", el("tr", headers.map { el("th", attr("scope", "col"), H.text($0)) })),
                el("tbody", rows.map { cells in el("tr", cells.map { el("td", $0) }) })))
    }

    static func dl(_ items: [(String, BodyNode)]) -> BodyNode {
        el("dl", items.flatMap { [el("dt", H.text($0.0)), el("dd", $0.1)] })
    }

    /// The kinds of notice the stylesheet draws (a typed kind: a misspelt class once left
    /// the small-numbers warning unstyled).
    enum NoticeKind: String { case info, ok, warn, error }

    static func notice(_ text: String, kind: NoticeKind = .info) -> BodyNode {
        el("div", cls("notice notice-\(kind.rawValue)"), attr("role", kind == .error ? "alert" : "status"), el("p", H.text(text)))
    }
}
