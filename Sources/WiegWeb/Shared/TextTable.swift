import Plot
import WiegCore

extension H {
    /// The same table as `H.table`, for plain text cells, written straight to HTML: a
    /// funnel plot of 4,000 PC4 areas spent 40 % of its time in Plot escaping and
    /// rendering one node per cell; this writes the bytes in one pass.
    static func textTable(caption: String, headers: [String], rows: [[String]]) -> BodyNode {
        var html = "<div class=\"table-wrap\"><table><caption>"
        html.reserveCapacity(64 + rows.count * (rows.first?.count ?? 1) * 24)
        HTMLText.append(caption, to: &html)
        html += "</caption><thead><tr>"
        for header in headers {
            html += "<th scope=\"col\">"
            HTMLText.append(header, to: &html)
            html += "</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for cell in row {
                html += "<td>"
                HTMLText.append(cell, to: &html)
                html += "</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table></div>"
        return .raw(html)
    }
}

/// Text cells go through WiegCore's one escaping helper.
enum HTMLText {
    static func append(_ text: String, to html: inout String) { HTMLEscape.append(text, to: &html) }
    static func escaped(_ text: String) -> String { HTMLEscape.escape(text) }
}
