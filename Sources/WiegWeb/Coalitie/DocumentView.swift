import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// A coalition document as a printable page: title, table of contents, sections.
enum DocumentView {
    static func render(
        _ shell: PageShell, context c: CoalitionContext, kind: CoalitionDocumentKind, year: Int,
        document: CoalitionDocument
    ) -> Response {
        let lang = shell.lang
        let anchors = document.tableOfContents.map(\.anchor)
        let markdown = SiteURL.coalitionMarkdown(c.slug, kind.rawValue).with(kind.isYearly ? [("jaar", String(year))] : [])
        return Layout.page(
            shell, title: document.title,
            [
                H.el(
                    "p", H.cls("no-print"), H.a(SiteURL.coalition(c.slug).path, lang.t("Terug naar de coalitie", "Back to the coalition")),
                    H.text(" · "), H.a(markdown, lang.t("Als Markdown", "As Markdown")),
                    H.text(
                        " · "
                            + lang.t(
                                "Afdrukken of bewaren als PDF: gebruik Afdrukken in uw browser.",
                                "Print or save as PDF: use Print in your browser."))),
                H.el(
                    "article", H.cls("document"),
                    H.h1(document.title),
                    document.subtitle.map { H.p($0, H.cls("lead")) } ?? .empty,
                    H.el(
                        "nav", H.cls("toc"), H.attr("aria-label", lang.t("Inhoud", "Contents")),
                        H.el("h2", H.text(lang.t("Inhoud", "Contents"))),
                        H.el(
                            "ol",
                            document.tableOfContents.map { entry in
                                H.el("li", H.cls("toc-\(entry.level)"), H.a("#\(entry.anchor)", entry.heading))
                            })),
                    .group(
                        zip(document.sections, anchors).map { section, anchor in
                            H.el(
                                "section", H.cls("document-section"),
                                H.el(section.level <= 1 ? "h2" : "h3", H.attr("id", anchor), H.text(section.heading)),
                                .group(section.blocks.map(block)))
                        }))
            ])
    }

    static func block(_ block: DocumentBlock) -> BodyNode {
        switch block {
        case .paragraph(let text): return H.p(text)
        case .bullets(let items): return H.el("ul", items.map { H.el("li", H.text($0)) })
        case .table(let table):
            return H.el(
                "div", H.cls("table-wrap"),
                H.el(
                    "table",
                    H.el("thead", H.el("tr", table.header.map { H.el("th", H.attr("scope", "col"), H.text($0)) })),
                    H.el(
                        "tbody",
                        table.rows.map { row in
                            H.el("tr", [H.attr("class", row.isTotal ? "total" : nil)] + row.cells.map { H.el("td", H.text($0)) })
                        })))
        }
    }
}
