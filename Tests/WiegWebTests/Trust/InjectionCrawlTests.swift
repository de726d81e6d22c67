import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

/// The injection crawl (issue 11): a marker is put into every text that forms and imports
/// can store, and into every query parameter a page may reflect; then every page reachable
/// by links is read as every role and anonymously. The marker may never arrive as markup.
@Suite("Trust: the injection crawl")
struct InjectionCrawlTests {
    static let marker = "\"'><x-probe>"
    /// The marker as it stands inside a JSON string.
    static let jsonMarker = "\\\"'><x-probe>"
    static let evilURL = "javascript:alert(1)"

    /// The stored texts that get the marker: (table, column) for plain columns, and the JSON
    /// keys of the columns that hold domain values as JSON.
    static let columns: [(String, String)] = [
        ("organisations", "name"), ("organisations", "description"),
        ("services", "name"), ("services", "public_description"), ("services", "professional_description"),
        ("services", "cost"), ("services", "target_group"),
        ("zorgpaden", "title"), ("zorgpaden", "summary"),
        ("users", "name"), ("need_terms", "name_nl"), ("need_terms", "name_en"), ("need_terms", "description_nl"),
        ("coalitions", "name"), ("activities", "title"), ("stories", "title"),
        ("areas", "name"), ("indicators", "name_nl"), ("indicators", "name_en"), ("indicators", "definition")
    ]
    static let jsonColumns: [(String, String)] = [
        ("zorgpaden", "steps"), ("zorgpaden", "agreements"), ("coalitions", "details"), ("activities", "body"),
        ("coalition_items", "body"), ("stories", "body"), ("services", "professional_contact"), ("services", "locations"),
        ("organisations", "addresses")
    ]
    static let jsonKeys = [
        "title", "name", "description", "text", "component", "risk", "measure", "contactRole", "projectLeader",
        "body", "authorOrganisation", "summary", "involvementNote", "street", "city", "role", "ambition",
        "result", "note", "notes", "partiesNote", "explanation"
    ]
    /// Query parameters a page might reflect.
    static let parameters = [
        "zoek", "volgende", "terug", "indicator", "gemeente", "gebied", "jaar", "periode", "fase", "behoefte",
        "rol", "melding", "aanbod", "activiteit", "coalitie", "niveau", "pagina", "thema", "actielijn", "soort"
    ]

    static func plant(_ db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let text = marker.replacingOccurrences(of: "'", with: "''")
        let json = jsonMarker.replacingOccurrences(of: "'", with: "''")
        var fields = 0
        for (table, column) in columns {
            try await sql.raw(
                "UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = '\(unsafeRaw: text)' || \(unsafeRaw: column) WHERE \(unsafeRaw: column) IS NOT NULL"
            ).run()
            fields += 1
        }
        for (table, column) in jsonColumns {
            for key in jsonKeys {
                try await sql.raw(
                    """
                    UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = replace(\(unsafeRaw: column), '"\(unsafeRaw: key)":"', '"\(unsafeRaw: key)":"\(unsafeRaw: json)')
                    """
                ).run()
            }
            fields += 1
        }
        // The parents' words are empty (Wieg's own list) until a beheerder edits them.
        try await sql.raw("UPDATE need_terms SET words = '\(unsafeRaw: text), ' || code").run()
        fields += 1
        // A website stored before the URL check existed.
        try await sql.raw("UPDATE organisations SET website = '\(unsafeRaw: evilURL)'").run()
        try await sql.raw("UPDATE services SET website = '\(unsafeRaw: evilURL)'").run()
        return fields + 2
    }

    struct Finding: CustomStringConvertible {
        var role: String, path: String, excerpt: String
        var description: String { "\(role) \(path): …\(excerpt)…" }
    }

    /// Same-site GET targets in a page.
    static func links(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "href=\"") {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            let raw = String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            if raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.hasPrefix("/static") {
                found.append(raw.split(separator: "#").first.map(String.init) ?? raw)
            }
            rest = after[end...]
        }
        return found
    }

    /// A page's shape: ids and numbers replaced, query names kept, so each shape is read a
    /// few times, not once per area or year.
    static func shape(_ path: String) -> String {
        let parts = path.split(separator: "?", maxSplits: 1)
        let segments = parts[0].split(separator: "/").map { segment -> String in
            if UUID(uuidString: String(segment)) != nil { return "{id}" }
            if segment.contains(where: \.isNumber) { return "{n}" }
            return String(segment)
        }
        let names =
            parts.count > 1 ? parts[1].split(separator: "&").map { $0.split(separator: "=").first.map(String.init) ?? "" }.sorted() : []
        return "/" + segments.joined(separator: "/") + "?" + names.joined(separator: ",")
    }

    static func problems(in body: String) -> [String] {
        var excerpts: [String] = []
        for needle in ["<x-probe", "href=\"javascript:", "src=\"javascript:", "href='javascript:"] {
            var rest = body[...]
            while let range = rest.range(of: needle, options: .caseInsensitive) {
                let start = body.index(range.lowerBound, offsetBy: -60, limitedBy: body.startIndex) ?? body.startIndex
                let end = body.index(range.upperBound, offsetBy: 40, limitedBy: body.endIndex) ?? body.endIndex
                excerpts.append(String(body[start..<end]))
                rest = rest[range.upperBound...]
            }
        }
        return excerpts
    }

    @Test("no marker arrives as markup, on any page reachable by any role, stored or reflected", arguments: TestDatabase.allCases)
    func crawl(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind, configure: { $0.loginThrottle = LoginThrottle(maxFailures: 1000, maxAddressFailures: 1000) }) {
            app, _ in
            let fields = try await Self.plant(app.db)
            let roles: [String?] = [
                nil, "beheerder@wieg.demo", "regio.nml@wieg.demo", "coordinator.meppel@wieg.demo",
                "partner.meppel@wieg.demo", "coordinator.venlo@wieg.demo", "professional@wieg.demo"
            ]
            let reflected = Self.parameters.map { "\($0)=\(Self.marker.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
                .joined(separator: "&")
            var findings: [Finding] = []
            var pages = 0
            var requests = 0
            for email in roles {
                let browser = Browser(app)
                if let email { try await browser.login(email) }
                var queue = ["/"]
                var seen = Set<String>()
                var shapes: [String: Int] = [:]
                while let path = queue.popLast(), pages < 4000 {
                    guard seen.insert(path).inserted, !path.hasPrefix("/uitloggen") else { continue }
                    let key = Self.shape(path)
                    guard shapes[key, default: 0] < 2 else { continue }
                    shapes[key, default: 0] += 1
                    pages += 1
                    for variant in [path, path + (path.contains("?") ? "&" : "?") + reflected] {
                        let response = try await browser.get(variant)
                        requests += 1
                        let type = response.headers.contentType?.subType ?? ""
                        guard type == "html" || type == "svg+xml" else { continue }
                        let body = response.body.string
                        findings += Self.problems(in: body).map { Finding(role: email ?? "anoniem", path: variant, excerpt: $0) }
                        if variant == path {
                            queue += Self.links(in: body).filter { !seen.contains($0) }
                            if let location = response.headers.first(name: .location), location.hasPrefix("/") { queue.append(location) }
                        }
                    }
                }
            }
            print(
                "Injection crawl (\(kind)): \(pages) pages in \(requests) requests as \(roles.count) roles; marker in \(fields) stored fields and \(Self.parameters.count) query parameters; \(findings.count) findings"
            )
            #expect(pages > 500, "the crawl reached only \(pages) pages")
            #expect(findings.isEmpty, "\(findings.prefix(10).map(\.description).joined(separator: "\n"))")
        }
    }
}
