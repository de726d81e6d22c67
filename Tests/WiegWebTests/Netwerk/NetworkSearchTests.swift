import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Netwerk: finding help")
struct NetworkSearchTests {
    struct Search: Decodable {
        struct Item: Decodable {
            var id: UUID
            var name: String
            var organisationName: String?
            var professional: Professional?
        }
        struct Professional: Decodable { var description: String }
        struct Pagination: Decodable { var total: Int }
        var data: [Item]
        var pagination: Pagination
        var facets: [String: [String: Int]]
        var relaxed: Bool
    }

    func search(_ browser: Browser, _ query: String) async throws -> Search {
        try await browser.get("/api/v1/aanbod?\(query)").content.decode(Search.self)
    }

    @Test("Dutch search: prefixes, synonyms, diacritics, with facet counts that add up", arguments: TestDatabase.allCases)
    func dutchRelevance(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let anonymous = Browser(app)
            let zwanger = try await search(anonymous, "zoek=zwanger&gemeente=GM0119")
            #expect(zwanger.data.first?.name == "Zwangerschapscontrole")
            let money = try await search(anonymous, "zoek=geldzorgen&gemeente=GM0119")
            #expect(money.data.prefix(3).contains { $0.name == "Schuldhulpverlening" })
            let folded = try await search(anonymous, "zoek=FINANCI%C3%8BLE%20problemen&gemeente=GM0119")
            #expect(folded.data.contains { $0.name == "Schuldhulpverlening" })
            let maternity = try await search(anonymous, "zoek=kraamverzorgende")
            #expect(maternity.data.contains { $0.name == "Kraamzorg thuis" })
            // Every phase count is what filtering on that phase gives.
            for (phase, count) in zwanger.facets["phase"] ?? [:] {
                #expect(try await search(anonymous, "zoek=zwanger&gemeente=GM0119&fase=\(phase)").pagination.total == count)
            }
            let venlo = try await search(anonymous, "gemeente=GM0983&per_pagina=200")
            let meppel = try await search(anonymous, "gemeente=GM0119&per_pagina=200")
            #expect(Set(venlo.data.map(\.id)).isDisjoint(with: meppel.data.map(\.id)))
            #expect(try await anonymous.get("/api/v1/aanbod?fase=later").status == .badRequest)
            #expect(try await anonymous.get("/api/v1/aanbod?behoefte=bestaat-niet").status == .badRequest)
        }
    }

    @Test("the public never sees professional fields, in HTML, JSON, CSV or HSDS; a professional does")
    func professionalFieldsStayPrivate() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let services = try await FluentNetworkStore(db: app.db).services()
            let s = try #require(services.first { $0.professionalContact.email != nil && !$0.professionalDescription.isEmpty })
            let email = try #require(s.professionalContact.email)
            let secret = s.professionalDescription
            let anonymous = Browser(app)
            let publicBodies = [
                try await anonymous.get("/aanbod/\(s.id.uuidString)").body.string,
                try await anonymous.get("/hulp/\(s.id.uuidString)").body.string,
                try await anonymous.get("/api/v1/aanbod/\(s.id.uuidString)").body.string,
                try await anonymous.get("/api/v1/aanbod?per_pagina=200").body.string,
                try await anonymous.get("/hulp?zoek=\(s.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)").body.string,
                try await anonymous.get("/export/aanbod.csv").body.string,
                try await anonymous.get("/api/v1/hsds/services/\(s.id.uuidString)").body.string,
                try await anonymous.get("/api/v1/hsds/organizations/\(s.organisationID.uuidString)").body.string
            ]
            for body in publicBodies {
                #expect(!body.isEmpty)
                #expect(
                    !body.contains(email) && !body.contains(secret) && !body.contains("\"professional\"") && !body.contains("contact_email")
                )
            }
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            #expect(try await professional.get("/aanbod/\(s.id.uuidString)").body.string.contains(email))
            #expect(try await professional.get("/api/v1/aanbod/\(s.id.uuidString)").body.string.contains("\"professional\""))
            #expect(try await professional.get("/export/aanbod.csv").body.string.contains("contact_email"))
        }
    }

    @Test("a professional choosing Meppel and schulden sees the zorgpad first, then services; parents get three doors")
    func zorgpadFirstAndDoors() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            let html = try await professional.get("/aanbod?gemeente=GM0119&behoefte=schulden").body.string
            let path = try #require(html.range(of: "Zorgpad: Schulden en geldzorgen bij zwangeren"))
            let results = try #require(html.range(of: "resultaten</h2>"))
            #expect(path.lowerBound < results.lowerBound)
            let parents = try await Browser(app).get("/hulp").body.string
            #expect(parents.contains("Ik wil zwanger worden") && parents.contains("Ik ben zwanger") && parents.contains("Ik heb een baby"))
            let english = Browser(app)
            _ = try await english.get("/taal/en")
            #expect(try await english.get("/hulp").body.string.contains("I am pregnant"))
            let during = try await Browser(app).get("/hulp?fase=tijdens&gemeente=GM0119").body.string
            #expect(during.contains("Kraamzorg thuis") && during.contains("Pagina 1 van"))
        }
    }
}

@Suite("Netwerk: the search answer cache")
struct SearchCacheTests {
    @Test("a professional's answer is never served to the public, and a change to the map shows at once", arguments: TestDatabase.allCases)
    func cache(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            let query = "/api/v1/aanbod?zoek=kraamzorg&per_pagina=200"
            let signedIn = try await professional.get(query).body.string
            #expect(signedIn.contains("\"professional\""))
            let anonymous = Browser(app)
            let first = try await anonymous.get(query).body.string
            #expect(!first.contains("\"professional\""), "the professional's cached answer stays with professionals")
            #expect(try await anonymous.get(query).body.string == first)
            // The snapshot as it stands (freshSnapshot() is nil once a second has passed, which a
            // loaded machine may take): unchanged map, so the same snapshot with its answers.
            let snapshot = try await app.networkCache.snapshot(stores: app.stores)
            #expect(snapshot.searchResponses.count >= 2, "both answers are cached")

            let store = FluentNetworkStore(db: app.db)
            var service = try #require(
                try await store.services().first { first.contains($0.id.uuidString.lowercased()) || first.contains($0.id.uuidString) })
            service.name = "Kraamzorg Zonnestraal hernoemd"
            try await store.save(service, by: .cli, at: Date())
            await app.networkCache.invalidate()  // what every web write does
            let after = try await anonymous.get(query).body.string
            #expect(after.contains("Kraamzorg Zonnestraal hernoemd"))
        }
    }
}

extension SearchCacheTests {
    @Test("a change made outside the web (the command line) shows within about a second; no request waits for the check")
    func revalidate() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let anonymous = Browser(app)
            let query = "/api/v1/aanbod?zoek=kraamzorg&per_pagina=200"
            let before = try await anonymous.get(query).body.string
            let store = FluentNetworkStore(db: app.db)
            var service = try #require(try await store.services().first { before.contains($0.id.uuidString) })
            service.name = "Kraamzorg buiten het web om"
            try await store.save(service, by: .cli, at: Date())  // no invalidate: another process
            try await Task.sleep(for: .milliseconds(1_100))
            #expect(try await anonymous.get(query).status == .ok, "served at once from the current snapshot")
            var seen = false
            for _ in 0..<50 where !seen {
                seen = try await anonymous.get(query).body.string.contains("Kraamzorg buiten het web om")
                if !seen { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(seen)
        }
    }
}

@Suite("Netwerk: filter forms")
struct NetworkFilterFormTests {
    @Test("a filter form's 'alle …' choice (an empty value) lists everything on a page; the API refuses an empty value")
    func emptyChoices() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let page = try await Browser(app).get("/organisaties?zoek=&gemeente=&soort=")
            #expect(page.status == .ok && page.body.string.contains("GGD Drenthe"))
            let api = try await Browser(app).get("/api/v1/organisaties?soort=")
            #expect(api.status == .badRequest && api.body.string.contains("is leeg"))
            #expect(try await Browser(app).get("/api/v1/aanbod?fase=").status == .badRequest)
            // The care paths read `behoefte` the same way (schemathesis found an empty one accepted).
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let paths = try await coordinator.get("/zorgpaden?gemeente=&behoefte=")
            #expect(paths.status == .ok && paths.body.string.contains("Huiselijk geweld"))
            let emptyNeed = try await coordinator.get("/api/v1/zorgpaden?behoefte=&gemeente=")
            #expect(emptyNeed.status == .badRequest && emptyNeed.body.string.contains("'behoefte' is leeg"))
            let unknown = try await coordinator.get("/api/v1/zorgpaden?behoefte=onzin")
            #expect(unknown.status == .badRequest && unknown.body.string.contains("kent de waarde 'onzin' niet"))
        }
    }
}
