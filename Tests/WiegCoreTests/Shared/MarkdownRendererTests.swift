import Foundation
import Testing

@testable import WiegCore

@Suite("Markdown renderer")
struct MarkdownRendererTests {
    let small = CoalitionDocument(
        title: "Jaarplan 2024", subtitle: "Coalitie X",
        sections: [
            DocumentSection("Ambitie", blocks: [.paragraph("Meer kinderen een kansrijke start."), .bullets(["Samenwerken", "Borgen"])]),
            DocumentSection(
                "2.1 Signaleren", level: 2,
                blocks: [
                    .table(
                        DocumentTable(
                            header: ["Initiatief", "Tijdspad", "Kosten"],
                            rows: [["Platform | verkennen", "Q1 - Q2", "€ 1.000"], ["Tool", "Q3"]],
                            totals: [["Totaal", "", "€ 1.000"]]))
                ]),
            DocumentSection("Leeg", blocks: [.paragraph("  "), .bullets([])])
        ])

    @Test("a small document renders exactly")
    func snapshot() {
        #expect(
            MarkdownRenderer.render(small) == """
                # Jaarplan 2024

                _Coalitie X_

                ## Ambitie

                Meer kinderen een kansrijke start.

                - Samenwerken
                - Borgen

                ### 2.1 Signaleren

                | Initiatief | Tijdspad | Kosten |
                | --- | --- | --- |
                | Platform \\| verkennen | Q1 - Q2 | € 1.000 |
                | Tool | Q3 |  |
                | **Totaal** |  | **€ 1.000** |

                ## Leeg

                """)
    }

    @Test("with a table of contents, links point at anchors set before the headings")
    func tableOfContents() {
        let text = MarkdownRenderer.render(small, tableOfContents: true)
        #expect(
            text.contains(
                """
                **Inhoud**

                - [Ambitie](#ambitie)
                  - [2.1 Signaleren](#2-1-signaleren)
                - [Leeg](#leeg)
                """))
        #expect(text.contains("<a id=\"2-1-signaleren\"></a>\n### 2.1 Signaleren"))
    }

    @Test(
        "cells keep one line and escape pipes and backslashes",
        arguments: [
            ("a|b", "a\\|b"),
            ("regel 1\nregel 2", "regel 1<br>regel 2"),
            ("C:\\pad", "C:\\\\pad"),
            ("  ruimte  ", "ruimte")
        ])
    func cells(raw: String, rendered: String) {
        #expect(MarkdownRenderer.cell(raw) == rendered)
    }

    @Test("a line break in a heading or bullet becomes a space")
    func lines() {
        let document = CoalitionDocument(title: "Titel\nlang", sections: [DocumentSection("Kop\nlang", blocks: [.bullets(["een\ntwee"])])])
        #expect(MarkdownRenderer.render(document) == "# Titel lang\n\n## Kop lang\n\n- een twee\n")
    }
}
