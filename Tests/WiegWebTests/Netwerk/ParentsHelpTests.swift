import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegDemo
import WiegTestSupport

@testable import WiegWeb

@Suite("Parents find help in their own words")
struct ParentsHelpTests {
    struct Answer: Decodable {
        struct Need: Decodable { var code: String }
        struct Service: Decodable { var needs: [String] }
        struct Pagination: Decodable { var total: Int }
        var understood: [Need]
        var notUnderstood: Bool
        var data: [Service]
        var pagination: Pagination
    }

    static func ask(_ browser: Browser, _ question: String, _ municipality: String) async throws -> Answer {
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "zoek", value: question), URLQueryItem(name: "gemeente", value: municipality)]
        let response = try await browser.get("/api/v1/hulp?" + (components.percentEncodedQuery ?? ""))
        #expect(response.status == .ok)
        return try response.content.decode(Answer.self)
    }

    @Test(
        "the 25 everyday questions, in Meppel and in Venlo: understood as one of their needs, and the first result carries one",
        arguments: TestDatabase.allCases)
    func acceptance(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            var withoutHelp: [String] = []
            for municipality in ["GM0119", "GM0983"] {
                for (question, needs) in NetworkDemo.parentQuestions {
                    let answer = try await Self.ask(visitor, question, municipality)
                    let understood = Set(answer.understood.map(\.code))
                    #expect(!understood.isEmpty && understood.isSubset(of: needs), "\(question) in \(municipality): \(understood)")
                    #expect(!answer.notUnderstood)
                    if let first = answer.data.first {
                        #expect(!needs.isDisjoint(with: first.needs), "\(question) in \(municipality): first result \(first.needs)")
                    } else {
                        withoutHelp.append("\(question) (\(municipality))")
                    }
                }
            }
            // The demo's social map has help for each of them in both municipalities.
            #expect(withoutHelp.isEmpty, "no help for: \(withoutHelp)")
        }
    }

    @Test(
        "a question read as no need gets no guess: it says so plainly, on the page and in the twin",
        arguments: TestDatabase.allCases)
    func noGuess(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let answer = try await Self.ask(visitor, "auto kopen", "GM0119")
            #expect(answer.notUnderstood && answer.understood.isEmpty && answer.data.isEmpty)
            let page = try await visitor.get("/hulp?zoek=auto+kopen&gemeente=GM0119").body.string
            #expect(page.contains("We begrijpen niet goed waar je hulp bij zoekt"))
            #expect(!page.contains("Dit lijkt erop"))
            let understood = try await visitor.get("/hulp?zoek=sgulden&gemeente=GM0119")
            #expect(understood.body.string.contains("We zoeken hulp bij: <strong>Schulden en geldzorgen</strong>"))
            #expect(understood.headers.first(name: "Link")?.contains("/api/v1/hulp?zoek=sgulden&amp;gemeente=GM0119") == false)
            #expect(understood.headers.first(name: "Link")?.contains("</api/v1/hulp?zoek=sgulden&gemeente=GM0119>") == true)
        }
    }

    @Test(
        "each card says what it costs, how to get it and where; only help a parent may call themselves has a call button; every parent page has the emergency block; back keeps the search",
        arguments: TestDatabase.allCases)
    func cards(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let page = try await visitor.get("/hulp?zoek=tienerzwangerschap&gemeente=GM0983").body.string
            let cards = page.components(separatedBy: "<li class=\"card\">").dropFirst().map(Self.untilClosed)
            let voorZorg = try #require(cards.first { $0.contains(">VoorZorg</a>") })
            #expect(voorZorg.contains("meldt je aan") && !voorZorg.contains("href=\"tel:"))
            #expect(voorZorg.contains("Waar: ") && (voorZorg.contains("Kosten: ") || voorZorg.contains("Vraag wat het kost")))
            let money = try await visitor.get("/hulp?zoek=geldzorgen&gemeente=GM0983").body.string
            // Help a parent may call themselves: the call button right under how to get it.
            #expect(
                money.contains(
                    "<li>Je kunt zelf bellen of je aanmelden.</li><li>Waar: <span>Venlo · Sociaal wijkteam Venlo</span></li></ul><a href=\"tel:"
                ))
            for path in ["/hulp", "/hulp?zoek=somber&gemeente=GM0119"] {
                let html = try await visitor.get(path).body.string
                #expect(html.contains("Direct hulp nodig?") && html.contains("href=\"tel:112\""), "\(path)")
                #expect(html.contains("href=\"tel:08000113\"") && html.contains("href=\"tel:08002000\""), "\(path)")
            }
            let link = try #require(voorZorg.components(separatedBy: "href=\"").dropFirst().first?.components(separatedBy: "\"").first)
            let service = try await visitor.get(link.replacingOccurrences(of: "&amp;", with: "&")).body.string
            #expect(service.contains("Direct hulp nodig?"))
            #expect(service.contains("zoek=tienerzwangerschap&amp;gemeente=GM0983#resultaten"))
            #expect(service.contains("Terug naar je zoekresultaten"))
        }
    }

    @Test(
        "a door keeps the chosen municipality and words; results start with help about what was asked, that a parent can ask for, for this phase; the page lands on what was understood",
        arguments: TestDatabase.allCases)
    func doorsAndOrder(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let door = try await visitor.get("/hulp?deur=tijdens&gemeente=GM0983&zoek=").body.string
            // Pressed again, the chosen door shows help for every phase.
            #expect(
                door.contains("<button type=\"submit\" name=\"deur\" value=\"alle\" class=\"door door-current\" aria-pressed=\"true\">"))
            let every = try await visitor.get("/hulp?deur=alle&fase=tijdens&gemeente=GM0983").body.string
            #expect(!every.contains("door-current") && every.contains("Hulp gevonden ("))
            #expect(door.contains("<option value=\"GM0983\" selected"))
            let cards = door.components(separatedBy: "<li class=\"card\">").dropFirst().map(Self.untilClosed)
            // No help of another municipality, and the first is not help for every phase.
            #expect(!cards.isEmpty && cards.allSatisfy { !$0.contains("Meppel") })
            #expect(!(cards.first ?? "").contains("Advies en melding huiselijk geweld"))
            let money = try await Self.ask(visitor, "geldzorgen", "GM0119")
            #expect(money.data.first.map { $0.needs.first == "schulden" || $0.needs.first == "laag-inkomen" } == true)
            let page = try await visitor.get("/hulp?zoek=geldzorgen&gemeente=GM0119").body.string
            let section = try #require(page.range(of: "<section id=\"resultaten\""))
            let understood = try #require(page.range(of: "We zoeken hulp bij:"))
            #expect(section.upperBound < understood.lowerBound)
            #expect(page.contains("action=\"/hulp#resultaten\""))
            let unknown = try await visitor.get("/hulp?zoek=auto+kopen&gemeente=GM0119").body.string
            #expect(!unknown.contains("Hulp gevonden ("))
        }
    }

    @Test(
        "topics in parents' words: on the first page, after a door and when a question was not understood; with a municipality only needs that have help there, with how much",
        arguments: TestDatabase.allCases)
    func topics(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let first = try await visitor.get("/hulp").body.string
            #expect(first.contains("Kies een onderwerp") && first.contains("Geld, werk en school") && first.contains("Je gevoel"))
            let door = try await visitor.get("/hulp?deur=na&gemeente=GM0983").body.string
            #expect(door.contains("Kies een onderwerp"))
            #expect(
                door.contains(
                    "behoefte=taalontwikkeling&amp;gemeente=GM0983&amp;fase=na#resultaten\">Praten en voorlezen met je kind (1)</a>"))
            // With a municipality chosen, a need without help there is not offered.
            let topicsPart = try #require(
                door.components(separatedBy: "Kies een onderwerp").last?.components(separatedBy: "id=\"spoed\"").first)
            #expect(topicsPart.contains(" (1)</a>") && !topicsPart.contains(" (0)</a>"))
            #expect(topicsPart.components(separatedBy: "behoefte=").count - 1 < NeedTaxonomy.seeded.terms.count)
            let unknown = try await visitor.get("/hulp?zoek=auto+kopen&gemeente=GM0119").body.string
            #expect(unknown.contains("We begrijpen niet goed") && unknown.contains("Kies een onderwerp"))
            let topic = try await visitor.get("/hulp?behoefte=borstvoeding&gemeente=GM0119").body.string
            #expect(topic.contains("We zoeken hulp bij: <strong>Borstvoeding</strong>") && !topic.contains("Kies een onderwerp"))
        }
    }

    @Test(
        "the beheerder keeps the parents' words on the needs page: a word added is understood at once, an empty list means Wieg's own; a too long entry names the field",
        arguments: TestDatabase.allCases)
    func editableWords(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            #expect(try await Self.ask(visitor, "paffen", "GM0119").understood.isEmpty)
            let beheerder = Browser(app)
            try await beheerder.login("beheerder@wieg.demo")
            let form = try await beheerder.get("/beheer/behoeften/roken").body.string
            #expect(form.contains("Woorden van ouders") && form.contains("stoppen met roken"))
            let fields = [
                "domein": "leefstijl", "naam_nl": "roken", "naam_en": "smoking", "beschrijving_nl": "Stoppen met roken.",
                "beschrijving_en": "Quit smoking."
            ]
            // Lines count as commas (a browser sends a textarea's lines with \r\n).
            let saved = try await beheerder.post(
                "/beheer/behoeften/roken", fields.merging(["woorden": "roken,\r\npaffen\r\npeuk"]) { a, _ in a })
            #expect(saved.status == .seeOther)
            #expect(try await Self.ask(visitor, "ik wil stoppen met paffen", "GM0119").understood.map(\.code) == ["roken"])
            #expect(try await Self.ask(visitor, "peuk", "GM0119").understood.map(\.code) == ["roken"])
            #expect(try await beheerder.get("/beheer/behoeften/roken").body.string.contains("roken, paffen, peuk</textarea>"))
            // The other needs keep Wieg's own words.
            #expect(try await Self.ask(visitor, "geldzorgen", "GM0119").understood.map(\.code).contains("schulden"))
            let tooLong = try await beheerder.post(
                "/beheer/behoeften/roken", fields.merging(["woorden": String(repeating: "x", count: 300)]) { a, _ in a })
            #expect(tooLong.status == .unprocessableEntity && tooLong.body.string.contains("te lang voor één woord"))
            let reset = try await beheerder.post("/beheer/behoeften/roken", fields.merging(["woorden": ""]) { a, _ in a })
            #expect(reset.status == .seeOther)
            #expect(try await Self.ask(visitor, "paffen", "GM0119").understood.isEmpty)
            #expect(try await Self.ask(visitor, "sigaretten", "GM0119").understood.map(\.code) == ["roken"])
        }
    }

    @Test(
        "professionals' search reads parents' words too: it names the needs they stand for, and searches by them where the words find nothing",
        arguments: TestDatabase.allCases)
    func professionalsSearch(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            let money = try await professional.get("/aanbod?zoek=geldzorgen&gemeente=GM0119").body.string
            #expect(
                money.contains(
                    "Deze woorden gaan over: <a href=\"/aanbod?behoefte=schulden&amp;gemeente=GM0119\">schulden en geldzorgen</a>"))
            let typo = try await professional.get("/aanbod?zoek=sgulden&gemeente=GM0119").body.string
            #expect(typo.contains("Niets gevonden op deze woorden; gezocht op de behoefte: "))
            #expect(typo.contains("Schuldhulpverlening"))
            // Words that are no need leave the search as it was.
            let plain = try await professional.get("/aanbod?zoek=Home-Start&gemeente=GM0119").body.string
            #expect(!plain.contains("Deze woorden gaan over") && plain.contains("Home-Start"))
        }
    }

    @Test("nothing is kept about a search: the finder says so and links the privacy statement, which says what Wieg keeps")
    func privacy() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let visitor = Browser(app)
            let help = try await visitor.get("/hulp").body.string
            #expect(help.contains("Wij bewaren niet wat je zoekt.") && help.contains("<a href=\"/privacy\">Over je privacy</a>"))
            let privacy = try await visitor.get("/privacy")
            #expect(privacy.status == .ok)
            #expect(privacy.body.string.contains("bewaren we niet wat je zoekt"))
            #expect(privacy.body.string.contains("pogingen om in te loggen 30 dagen"))
        }
    }

    /// The text up to the `</li>` that closes the card (nested lists counted).
    static func untilClosed(_ html: String) -> String {
        var depth = 1
        var index = html.startIndex
        while index < html.endIndex {
            if html[index...].hasPrefix("<li") {
                depth += 1
            } else if html[index...].hasPrefix("</li>") {
                depth -= 1
                if depth == 0 { return String(html[..<index]) }
            }
            index = html.index(after: index)
        }
        return html
    }
}
