import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegTestSupport

@testable import WiegWeb

@Suite("Every page with a JSON twin links to it")
struct JSONTwinTests {
    struct Listing: Decodable {
        struct Item: Decodable { var id: String }
        var data: [Item]
    }

    @Test("the page sends Link rel=alternate and a <link> in its head; the twin answers JSON", arguments: TestDatabase.allCases)
    func twins(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let browser = Browser(app)
            try await browser.login("beheerder@wieg.demo")
            let organisation = try await browser.get("/api/v1/organisaties").content.decode(Listing.self).data[0].id
            let pages: [(String, String)] = [
                ("/gebieden", "/api/v1/gebieden"),
                ("/gebieden/GM0119", "/api/v1/gebieden/GM0119"),
                ("/gebieden/GM0119/profiel", "/api/v1/gebieden/GM0119/profiel"),
                ("/indicatoren", "/api/v1/indicatoren"),
                (
                    "/indicatoren/BIG2/trechter?niveau=pc4&gebied=GM0119",
                    "/api/v1/indicatoren/BIG2/waarden?niveau=pc4&gebied=GM0119&periode=2019-2021"
                ),
                ("/indicatoren/BIG2/kaart", "/api/v1/indicatoren/BIG2/waarden?niveau=gemeente&periode=2022"),
                ("/regios/nml/monitoring", "/api/v1/regios/nml/monitoring"),
                ("/beheer/gebruikers", "/api/v1/gebruikers"),
                ("/organisaties", "/api/v1/organisaties"),
                ("/organisaties/\(organisation)", "/api/v1/organisaties/\(organisation)"),
                ("/zorgpaden", "/api/v1/zorgpaden"),
                ("/coalities", "/api/v1/coalities")
            ]
            for (page, twin) in pages {
                let response = try await browser.get(page)
                #expect(response.status == .ok, "\(page)")
                #expect(response.headers.first(name: .link) == "<\(twin)>; rel=\"alternate\"; type=\"application/json\"", "\(page)")
                let escaped = twin.replacingOccurrences(of: "&", with: "&amp;")
                #expect(response.body.string.contains("<link rel=\"alternate\" type=\"application/json\" href=\"\(escaped)\""), "\(page)")
                let json = try await browser.get(twin)
                #expect(json.status == .ok && json.headers.contentType?.subType == "json", "\(twin)")
            }
            // A page without a twin has no such link; a form page neither.
            #expect(try await browser.get("/account").headers.first(name: .link) == nil)
        }
    }
}
