import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

/// The printable documents of the demo coalitions, compared with the HTML committed under
/// `Snapshots/`: any change to a document's content or markup shows up as a diff. A
/// missing snapshot is written and the test fails once, so a new one is always looked at;
/// `WIEG_RECORD_SNAPSHOTS=1` rewrites them all.
@Suite("Coalitie: printable documents (snapshots)")
struct DocumentSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let cases: [(slug: String, account: String, document: String, year: Int)] = [
        ("meppel", "coordinator.meppel@wieg.demo", "plan-van-aanpak", 2024),
        ("meppel", "coordinator.meppel@wieg.demo", "jaarplan", 2021),
        ("meppel", "coordinator.meppel@wieg.demo", "voortgangsrapportage", 2021),
        ("nml", "regio.nml@wieg.demo", "plan-van-aanpak", 2024),
        ("nml", "regio.nml@wieg.demo", "jaarplan", 2024),
        ("nml", "regio.nml@wieg.demo", "voortgangsrapportage", 2024),
        ("apeldoorn", "beheerder@wieg.demo", "jaarplan", 2021),
        ("apeldoorn", "beheerder@wieg.demo", "voortgangsrapportage", 2021)
    ]

    /// The document itself: the `<article class="document">` of the page.
    static func article(_ html: String) -> String? {
        guard let start = html.range(of: "<article class=\"document\""),
            let end = html.range(of: "</article>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound]).replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    @Test("the demo coalitions' plan of approach, annual plan and progress report match their snapshots")
    func snapshots() async throws {
        let record = ProcessInfo.processInfo.environment["WIEG_RECORD_SNAPSHOTS"] == "1"
        try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
        try await withWiegApp(.sqlite) { app, _ in
            for c in Self.cases {
                let browser = Browser(app)
                try await browser.login(c.account)
                let page = try await browser.get("/coalities/\(c.slug)/documenten/\(c.document)?jaar=\(c.year)")
                #expect(page.status == .ok, "\(c.slug) \(c.document)")
                let article = try #require(Self.article(page.body.string), "\(c.slug) \(c.document) has no document")
                let file = Self.directory.appendingPathComponent("\(c.slug)-\(c.document)-\(c.year).html")
                guard !record, let stored = try? String(contentsOf: file, encoding: .utf8) else {
                    try article.write(to: file, atomically: true, encoding: .utf8)
                    Issue.record("snapshot \(file.lastPathComponent) written: check it and run the tests again")
                    continue
                }
                #expect(article == stored, "\(file.lastPathComponent) differs from the rendered document")
            }
        }
    }
}
