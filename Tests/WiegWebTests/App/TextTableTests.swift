import Plot
import Testing

@testable import WiegWeb

@Suite("The fast text table")
struct TextTableTests {
    func render(_ node: BodyNode) -> String { Node<HTML.DocumentContext>.body(node).render() }

    @Test("it renders exactly what H.table renders for the same text cells, markup characters escaped")
    func sameAsPlot() {
        let headers = ["Gebied", "Waarde (per 1000)"]
        let rows = [["Meppel <Oost>", "130,8"], ["\"Haven\" & Dok", "—"], ["Zuid", ""]]
        let fast = render(H.textTable(caption: "Gebieden & waarden", headers: headers, rows: rows))
        let plot = render(H.table(caption: "Gebieden & waarden", headers: headers, rows: rows.map { $0.map { H.text($0) } }))
        #expect(fast == plot)
        #expect(fast.contains("Meppel &lt;Oost&gt;") && fast.contains("&quot;Haven&quot; &amp; Dok"))
    }

    @Test("text without markup characters is appended as it is, accents and all")
    func plainText() {
        #expect(HTMLText.escaped("Cliënten in ’s-Hertogenbosch") == "Cliënten in ’s-Hertogenbosch")
        #expect(HTMLText.escaped("a<b") == "a&lt;b")
    }
}
