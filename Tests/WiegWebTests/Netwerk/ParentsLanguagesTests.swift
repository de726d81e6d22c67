import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegDemo
@testable import WiegWeb

@Suite("Parents: their language, plain names, their postcode, the finder on a municipality's site")
struct ParentsLanguagesTests {
    struct Answer: Decodable {
        struct Need: Decodable { var code, name: String }
        struct Service: Decodable {
            var id: String
            var name, howToGet, cost: String
            var needs: [String]
            var phone: String?
            var kilometres: Double?
        }
        struct Postcode: Decodable {
            var understood: Bool
            var municipality: String?
            var message: String?
        }
        var understood: [Need]
        var language: String
        var postcode: Postcode?
        var data: [Service]
    }

    static func ask(_ browser: Browser, _ query: [String: String]) async throws -> Answer {
        var components = URLComponents()
        components.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        let response = try await browser.get("/api/v1/hulp?" + (components.percentEncodedQuery ?? ""))
        #expect(response.status == .ok)
        return try response.content.decode(Answer.self)
    }

    @Test(
        "in Arabic the page reads right to left in Arabic throughout: doors, topics, results, emergency; the links keep the language",
        arguments: TestDatabase.allCases)
    func arabic(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let t = ParentStrings.arabic
            let page = try await visitor.get("/hulp?taal=ar&deur=tijdens&gemeente=GM0119").body.string
            #expect(page.hasPrefix("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"))
            for key in [ParentText.doorPregnant, .emergencyHeading, .questionLabel, .chooseTopic, .servicesInDutch] {
                #expect(page.contains(HTMLEscape.escape(t(key))), "\(key)")
            }
            #expect(page.contains(HTMLEscape.escape(t(.found).components(separatedBy: "{n}")[0])))
            #expect(page.contains(HTMLEscape.escape(t.needName(NeedTaxonomy.seeded.term(code: "borstvoeding")!))))
            // Numbers to call stay whole and left to right inside the Arabic sentence.
            #expect(page.contains("<bdi class=\"number\" dir=\"ltr\">0800-0113</bdi>"))
            #expect(page.contains("<bdi class=\"number\" dir=\"ltr\">0800-2000</bdi>"))
            // The slim header: the six languages, each named in itself, and no site menu.
            for language in ParentLanguage.allCases { #expect(page.contains(">\(language.nativeName)</a>")) }
            #expect(!page.contains("aria-label=\"Hoofdmenu\"") && !page.contains(">Indicatoren<"))
            // Every link to more help keeps the language; the form sends it along.
            #expect(page.contains("<input type=\"hidden\" name=\"taal\" value=\"ar\"/>"))
            let topicLinks = page.components(separatedBy: "href=\"/hulp?behoefte=").dropFirst()
            #expect(!topicLinks.isEmpty && topicLinks.allSatisfy { $0.prefix(200).contains("taal=ar") })
            // A service's own (Dutch) words are marked as Dutch, left to right, inside the Arabic page.
            #expect(page.contains("lang=\"nl\" dir=\"ltr\">Zwangerschapscontrole</a></h3>") || page.contains("lang=\"nl\" dir=\"ltr\">"))
            #expect(
                page.components(separatedBy: "<h3><a href=").dropFirst().allSatisfy { $0.prefix(400).contains("lang=\"nl\" dir=\"ltr\"") })
            // After a door, the help found comes before the topics.
            let found = try #require(page.range(of: HTMLEscape.escape(t(.found).components(separatedBy: "{n}")[0])))
            let topics = try #require(page.range(of: HTMLEscape.escape(t(.chooseTopic))))
            #expect(found.lowerBound < topics.lowerBound)
            let cardLinks = page.components(separatedBy: "<h3><a href=\"/hulp/").dropFirst()
            #expect(!cardLinks.isEmpty && cardLinks.allSatisfy { $0.prefix(300).contains("taal=ar") })
            // The service page in Arabic, with the way back pointing the way the page reads.
            let link = try #require(cardLinks.first?.components(separatedBy: "\"").first)
            let service = try await visitor.get("/hulp/" + link.replacingOccurrences(of: "&amp;", with: "&")).body.string
            #expect(service.contains("<html lang=\"ar\" dir=\"rtl\">") && service.contains(HTMLEscape.escape(t(.backToResults))))
            #expect(service.contains(HTMLEscape.escape(t(.howToGet))))
            // The language switch keeps the question and the door as a phase.
            #expect(page.contains("href=\"/hulp?gemeente=GM0119&amp;fase=tijdens&amp;taal=tr\""))
            // The twin answers in the language asked.
            let answer = try await Self.ask(visitor, ["zoek": "schulden", "gemeente": "GM0119", "taal": "ar"])
            #expect(answer.language == "ar" && answer.understood.first?.name == t.needs["schulden"])
            #expect(answer.data.allSatisfy { [t(.howSelf), t(.howReferral), t(.howGP), t(.howJGZ)].contains($0.howToGet) })
            // An unknown language is Dutch, not an error.
            #expect(try await visitor.get("/hulp?taal=xx").body.string.contains("<html lang=\"nl\" dir=\"ltr\">"))
        }
    }

    @Test("searching in English finds the same help as in Dutch", arguments: TestDatabase.allCases)
    func englishParity(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            for municipality in ["GM0119", "GM0983"] {
                for (english, dutch) in [
                    ("debt", "schulden"), ("money worries", "geldzorgen"), ("feeling down", "somber"), ("breastfeeding", "borstvoeding"),
                    ("homeless", "dakloos")
                ] {
                    let en = try await Self.ask(visitor, ["zoek": english, "gemeente": municipality, "taal": "en"])
                    let nl = try await Self.ask(visitor, ["zoek": dutch, "gemeente": municipality])
                    #expect(!en.data.isEmpty, "\(english) in \(municipality)")
                    #expect(Set(en.understood.map(\.code)) == Set(nl.understood.map(\.code)), "\(english) / \(dutch)")
                    #expect(en.data.map(\.id) == nl.data.map(\.id), "\(english) / \(dutch) in \(municipality)")
                }
            }
        }
    }

    @Test(
        "a professional's jargon never reaches a parent: the parents' name is shown, on the card, the service page and in the twin",
        arguments: TestDatabase.allCases)
    func plainNames(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            var pages: [String] = []
            for query in ["huisvesting", "somber", "schulden", "geweld"] {
                for page in 1...3 {
                    pages.append(try await visitor.get("/hulp?zoek=\(query)&gemeente=GM0119&pagina=\(page)").body.string)
                }
            }
            // What parents read of a service (organisations keep their own names).
            let titles = pages.flatMap { $0.components(separatedBy: "<h3><a href=\"/hulp/").dropFirst() }
                .map { $0.components(separatedBy: "</a></h3>").first?.components(separatedBy: "\">").last ?? "" }
            #expect(titles.count >= 10)
            #expect(titles.contains("Samen zorgen dat je op tijd de goede hulp krijgt"))
            for jargon in ["Risico-overleg", "kwetsbare zwangeren", "Prenataal", "GGZ", "(VVE)"] {
                #expect(!titles.contains { $0.contains(jargon) }, "\(jargon)")
            }
            let risico = MeppelService.risicoOverleg
            let service = try await visitor.get("/hulp/\(risico.uuidString)").body.string
            #expect(
                service.contains("<h1><span>Samen zorgen dat je op tijd de goede hulp krijgt</span></h1>")
                    && !service.contains("Risico-overleg"))
            // Professionals keep their name for it.
            #expect(try await visitor.get("/aanbod/\(risico.uuidString)").body.string.contains("Risico-overleg kwetsbare zwangeren"))
            let answer = try await Self.ask(visitor, ["zoek": "huisvesting", "gemeente": "GM0119", "per_pagina": "50"])
            #expect(answer.data.allSatisfy { ParentJargon.found(in: $0.name).isEmpty })
            // A call button only where a parent may call: the twin carries a phone only then.
            #expect(answer.data.contains { $0.phone != nil } && answer.data.contains { $0.phone == nil })
        }
    }

    @Test(
        "the service form takes a name for parents and coordinates, and refuses jargon in what parents read, naming the field",
        arguments: TestDatabase.allCases)
    func serviceForm(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let id = MeppelService.risicoOverleg.uuidString
            let form = try await coordinator.get("/aanbod/\(id)/bewerken").body.string
            #expect(form.contains("Naam voor ouders") && form.contains("value=\"Samen zorgen dat je op tijd de goede hulp krijgt\""))
            #expect(form.contains("Locatie: breedtegraad"))
            var fields = Self.fields(in: form)
            fields["naam_ouders"] = "Hulp van de GGZ"
            let refused = try await coordinator.post("/aanbod/\(id)/bewerken", fields)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Naam voor ouders bevat vaktaal die ouders vaak niet kennen: &#39;ggz&#39;"))
            fields["naam_ouders"] = "Samen op tijd de goede hulp"
            fields["locatie_straat"] = "Voorbeeldstraat 1"
            fields["locatie_postcode"] = "7941 AA"
            fields["locatie_plaats"] = "Meppel"
            fields["locatie_breedtegraad"] = "155000"
            fields["locatie_lengtegraad"] = "6,1944"
            let rd = try await coordinator.post("/aanbod/\(id)/bewerken", fields)
            #expect(rd.status == .unprocessableEntity && rd.body.string.contains("Breedtegraad 155000 ligt niet in Nederland"))
            fields["locatie_breedtegraad"] = "52.6967"
            let saved = try await coordinator.post("/aanbod/\(id)/bewerken", fields)
            #expect(saved.status == .seeOther)
            let service = try await Browser(app).get("/hulp/\(id)").body.string
            #expect(service.contains("<h1><span>Samen op tijd de goede hulp</span></h1>"))
            // The export carries both, and so does HSDS (alternate_name, the location's latitude).
            let csv = try await Browser(app).get("/export/aanbod.csv").body.string
            #expect(csv.contains("naam_ouders") && csv.contains("Samen op tijd de goede hulp") && csv.contains("52.6967"))
            let hsds = try await Browser(app).get("/api/v1/hsds/services/\(id.lowercased())").body.string
            #expect(hsds.contains("\"alternate_name\":\"Samen op tijd de goede hulp\"") && hsds.contains("\"latitude\":52.6967"))
        }
    }

    @Test(
        "a postcode instead of a municipality: its municipality is found, help says roughly how far and nearer comes first; a wrong one says what to do",
        arguments: TestDatabase.allCases)
    func postcode(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let answer = try await Self.ask(visitor, ["zoek": "geldzorgen", "postcode": "7942 ab"])
            #expect(answer.postcode?.understood == true && answer.postcode?.municipality == "GM0119")
            let byMunicipality = try await Self.ask(visitor, ["zoek": "geldzorgen", "gemeente": "GM0119"])
            #expect(Set(answer.data.map(\.id)) == Set(byMunicipality.data.map(\.id)))
            #expect(answer.data.contains { $0.kilometres != nil })
            #expect(answer.data.allSatisfy { ($0.kilometres ?? 0) < 100 })
            // Venlo's postcodes lead to Venlo's help.
            let venlo = try await Self.ask(visitor, ["zoek": "geldzorgen", "postcode": "5912"])
            #expect(venlo.postcode?.municipality == "GM0983" && !venlo.data.isEmpty)
            let page = try await visitor.get("/hulp?zoek=geldzorgen&postcode=7942AB").body.string
            #expect(page.contains("value=\"7942AB\"") && page.contains("km van je postcode"))
            #expect(page.contains("Dicht bij postcode 7942 AB (Meppel)."))
            // Unknown and malformed postcodes: a message at the field, no error page.
            let unknown = try await Self.ask(visitor, ["zoek": "geldzorgen", "postcode": "1234"])
            #expect(unknown.postcode?.understood == false && unknown.postcode?.message == ParentStrings.dutch(.postcodeUnknown))
            let wrong = try await visitor.get("/hulp?zoek=geldzorgen&postcode=12")
            #expect(wrong.status == .ok && wrong.body.string.contains(ParentStrings.dutch(.postcodeInvalid)))
            #expect(wrong.body.string.contains("aria-invalid=\"true\""))
        }
    }

    @Test(
        "the finder can be framed only by the websites a beheerder listed; every other page by no one; only a beheerder keeps the list",
        arguments: TestDatabase.allCases)
    func embedding(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let before = try await visitor.get("/hulp/insluiten?gemeente=GM0119")
            #expect(
                before.status == .ok && before.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            #expect(try await coordinator.post("/beheer/insluiten", ["websites": "https://evil.example"]).status == .forbidden)
            let beheerder = Browser(app)
            try await beheerder.login("beheerder@wieg.demo")
            let page = try await beheerder.get("/beheer/insluiten").body.string
            #expect(page.contains("/hulp/insluiten?gemeente=GM0119") && page.contains("&lt;iframe"))
            let refused = try await beheerder.post("/beheer/insluiten", ["websites": "https://www.meppel.nl\nwww.venlo.nl"])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Website 2 (&#39;www.venlo.nl&#39;) klopt niet"))
            let saved = try await beheerder.post("/beheer/insluiten", ["websites": "https://www.meppel.nl\r\nhttps://cjg.venlo.nl/hulp"])
            #expect(saved.status == .seeOther)
            let framed = try await visitor.get("/hulp/insluiten?gemeente=GM0119&zoek=geldzorgen")
            #expect(
                framed.headers.first(name: "Content-Security-Policy")?.contains(
                    "frame-ancestors https://www.meppel.nl https://cjg.venlo.nl")
                    == true)
            #expect(framed.headers.first(name: "X-Frame-Options") == nil)
            let body = framed.body.string
            // The slim layout: no brand link, no link for professionals; results link within the frame.
            #expect(!body.contains("class=\"brand\"") && !body.contains(">Voor professionals<") && body.contains("href=\"/hulp/insluiten/"))
            let service = try await visitor.get("/hulp/insluiten/\(MeppelService.zwangerschapscontrole.uuidString)?gemeente=GM0119")
            #expect(service.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors https://www.meppel.nl") == true)
            // Every other page may still be framed by no one.
            for path in ["/hulp", "/", "/hulp/\(MeppelService.zwangerschapscontrole.uuidString)"] {
                let other = try await visitor.get(path)
                #expect(other.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(other.headers.first(name: "X-Frame-Options") == "DENY", "\(path)")
            }
            // The change is in the audit trail.
            let audited = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "setting").all()
            #expect(audited.count == 1 && audited.first?.entityID == "embed-origins")
        }
    }

    /// The form's current values: inputs, selected options, textareas, checked boxes.
    static func fields(in html: String) -> [String: String] {
        var fields: [String: String] = [:]
        for part in html.components(separatedBy: "<input ").dropFirst() {
            let tag = part.prefix { $0 != ">" }
            guard let name = attribute("name", in: String(tag)), name != "_csrf" else { continue }
            if tag.contains("type=\"checkbox\"") {
                if tag.contains(" checked") {
                    fields[name] = [fields[name], attribute("value", in: String(tag))].compactMap { $0 }.joined(separator: "|")
                }
            } else {
                fields[name] = attribute("value", in: String(tag)).map(Self.unescape) ?? ""
            }
        }
        for part in html.components(separatedBy: "<textarea ").dropFirst() {
            guard let name = attribute("name", in: String(part.prefix { $0 != ">" })) else { continue }
            fields[name] = Self.unescape(String(part.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }))
        }
        for part in html.components(separatedBy: "<select ").dropFirst() {
            guard let name = attribute("name", in: String(part.prefix { $0 != ">" })) else { continue }
            let select = part.components(separatedBy: "</select>").first ?? ""
            if let selected = select.components(separatedBy: "<option ").first(where: { $0.contains(" selected") }) {
                fields[name] = attribute("value", in: selected) ?? ""
            }
        }
        return fields
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") ?? (tag.hasPrefix("\(name)=\"") ? tag.range(of: "\(name)=\"") : nil) else {
            return nil
        }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(
            of: "&lt;", with: "<"
        )
        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
