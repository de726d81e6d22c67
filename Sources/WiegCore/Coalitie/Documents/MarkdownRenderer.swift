import Foundation

/// Renders a `CoalitionDocument` as GitHub-flavoured Markdown: the title as `#`, a level-n
/// section as n+1 hashes, bullets as `- `, tables as pipe tables with total rows in bold.
/// Blocks are separated by one blank line; the text ends with one newline.
public enum MarkdownRenderer {
    /// With `tableOfContents`, a linked list of the headings follows the subtitle and every
    /// heading gets an `<a id>` with its anchor, so the links work in any Markdown viewer.
    public static func render(_ document: CoalitionDocument, tableOfContents: Bool = false) -> String {
        var blocks = ["# \(line(document.title))"]
        if let subtitle = document.subtitle, !subtitle.isEmpty { blocks.append("_\(line(subtitle))_") }
        let entries = document.tableOfContents
        if tableOfContents, !entries.isEmpty {
            blocks.append("**Inhoud**")
            blocks.append(
                entries.map { entry in
                    String(repeating: "  ", count: entry.level - 1) + "- [\(line(entry.heading))](#\(entry.anchor))"
                }.joined(separator: "\n"))
        }
        for (section, entry) in zip(document.sections, entries) {
            let heading = String(repeating: "#", count: section.level + 1) + " " + line(section.heading)
            blocks.append(tableOfContents ? "<a id=\"\(entry.anchor)\"></a>\n\(heading)" : heading)
            blocks += section.blocks.compactMap(render)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func render(_ block: DocumentBlock) -> String? {
        switch block {
        case .paragraph(let text):
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        case .bullets(let items):
            return items.isEmpty ? nil : items.map { "- " + line($0) }.joined(separator: "\n")
        case .table(let table):
            return render(table)
        }
    }

    /// A pipe table; short rows are padded with empty cells to the widest row.
    static func render(_ table: DocumentTable) -> String {
        let width = max(table.header.count, table.rows.map(\.cells.count).max() ?? 0, 1)
        func row(_ cells: [String], bold: Bool = false) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| "
                + padded.map { cell in
                    let text = self.cell(cell)
                    return bold && !text.isEmpty ? "**\(text)**" : text
                }.joined(separator: " | ") + " |"
        }
        let lines =
            [row(table.header), "| " + Array(repeating: "---", count: width).joined(separator: " | ") + " |"]
            + table.rows.map { row($0.cells, bold: $0.isTotal) }
        return lines.joined(separator: "\n")
    }

    /// A table cell: `|` escaped, backslashes kept literal, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        line(
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|"),
            breaks: "<br>")
    }

    /// One line of text: line breaks replaced (by a space unless told), ends trimmed.
    static func line(_ text: String, breaks: String = " ") -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .joined(separator: breaks)
    }
}
