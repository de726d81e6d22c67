import Testing

@testable import WiegCore

@Suite("Redirect targets and HTML escaping")
struct LocalPathTests {
    @Test("only a plain local path is a redirect target, judged after percent-decoding")
    func localPaths() {
        for good in ["/", "/hulp", "/hulp?zoek=zwanger&gemeente=GM0119", "/coalities/meppel#begroting", "/hulp?zoek=%C3%A9%C3%A9n"] {
            #expect(LocalPath.safe(good) == good, "\(good)")
        }
        for bad in [
            "//evil.example", "/\\evil.example", "https://evil.example", "hulp", "", "/%0D%0ASet-Cookie:%20a=b",
            "/\r\nX: 1", "/%09/127.0.0.1:9999/", "/%2F/evil.example", "/%5Cevil", "/ spatie", "/%250D%250A",
            "/%E2%80%AE", "/%ZZ", String(repeating: "/a", count: 300)
        ] {
            #expect(LocalPath.safe(bad) == nil, "\(bad)")
        }
        #expect(LocalPath.breaksHeader("a\r\nb") && LocalPath.breaksHeader("a\nb") && !LocalPath.breaksHeader("/ok"))
    }

    @Test("the one escaping helper escapes & < > \" ' and leaves everything else")
    func escaping() {
        #expect(HTMLEscape.escape("\"'><x-probe>&") == "&quot;&#39;&gt;&lt;x-probe&gt;&amp;")
        #expect(HTMLEscape.escape("Cliënten in ’s-Hertogenbosch") == "Cliënten in ’s-Hertogenbosch")
        #expect(HTMLEscape.escape("&amp;") == "&amp;amp;")
    }

    @Test("a website is a clean http(s) address: no quotes, brackets, spaces or other schemes")
    func websites() {
        #expect(NetworkFields.isWebsite("https://www.ggddrenthe.nl/zwanger?x=1#a"))
        #expect(NetworkFields.isWebsite("https://www.gemeente.nl/hulp-bij-één"))
        for bad in [
            "javascript:alert(1)", "https://ok.example/\"><script>", "https://ok.example/'x", "https://ok.example/<a>",
            "data:text/html,x", "https://ok example.nl", "https://ok.example/\\x", "ftp://ok.example"
        ] {
            #expect(!NetworkFields.isWebsite(bad), "\(bad)")
        }
    }
}
