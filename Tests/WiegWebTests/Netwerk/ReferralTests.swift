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

@Suite("Hulpkaart: a card for the parent, counted without client data")
struct ReferralTests {
    static let debtHelp = MeppelService.schuldhulp

    /// Makes a card as `professional` and returns its path (with language and care path).
    static func make(_ professional: Browser, services: [UUID], taal: String = "ar", zorgpad: UUID? = nil) async throws -> String {
        var query = services.map { "dienst=\($0.uuidString)" } + ["gemeente=GM0119"]
        if let zorgpad { query.append("zorgpad=\(zorgpad.uuidString)") }
        let choose = try await professional.get("/hulpkaart/nieuw?" + query.joined(separator: "&"))
        #expect(choose.status == .ok)
        var form = ["dienst": services.map(\.uuidString).joined(separator: "|"), "gemeente": "GM0119", "taal": taal]
        if let zorgpad { form["zorgpad"] = zorgpad.uuidString }
        let made = try await professional.post("/hulpkaart/nieuw", form)
        #expect(made.status == .seeOther)
        return try #require(made.headers.first(name: .location))
    }

    @Test(
        "a professional ticks services and a care path on /aanbod and gets a card: municipality, date, parents' words, how to get it, phone, code; the short link opens it for anyone",
        arguments: TestDatabase.allCases)
    func card(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            // The search offers the boxes and the button.
            let search = try await professional.get("/aanbod?gemeente=GM0119&behoefte=schulden").body.string
            #expect(search.contains("<form id=\"hulpkaart\" method=\"get\" action=\"/hulpkaart/nieuw\">"))
            #expect(search.contains("form=\"hulpkaart\" name=\"dienst\" value=\"\(Self.debtHelp.uuidString)\""))
            #expect(search.contains("form=\"hulpkaart\" name=\"zorgpad\""))
            let zorgpad = try #require(
                try await ZorgpadRow.query(on: app.db).filter(\.$areaCode == "GM0119").filter(\.$needCode == "schulden").first()?.id)
            // A care path's page makes a card with its steps and the services they name.
            let path = try await professional.get("/zorgpaden/\(zorgpad.uuidString)").body.string
            #expect(path.contains("href=\"/hulpkaart/nieuw?zorgpad=\(zorgpad.uuidString)&amp;gemeente=GM0119"))
            let link = try await Self.make(professional, services: [Self.debtHelp, MeppelService.risicoOverleg], zorgpad: zorgpad)
            #expect(
                link.hasPrefix("/hulpkaart/") && link.contains("taal=ar") && link.contains("z=\(zorgpad.uuidString.lowercased().prefix(8))")
            )
            let code = String(link.dropFirst("/hulpkaart/".count).prefix(8))
            // What Wieg keeps: a row per service, nothing else.
            let rows = try await ReferralRow.query(on: app.db).filter(\.$code == code).all()
            #expect(rows.count == 2 && rows.allSatisfy { $0.municipalityCode == "GM0119" && $0.confirmedOn == nil })
            #expect(rows.first?.madeOn == ReferralDay.string(clock.now()))
            // The card opens for anyone (the parent's phone), in Dutch and Arabic.
            let card = try await Browser(app).get(link)
            #expect(card.status == .ok)
            let html = card.body.string
            #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(html.contains("Je hulpkaart") && html.contains(HTMLEscape.escape(ParentStrings.arabic(.cardTitle))))
            #expect(html.contains("Hulp in Meppel") && html.contains(ReferralCode.written(code)))
            #expect(html.contains("Schuldhulpverlening") && html.contains("Samen zorgen dat je op tijd de goede hulp krijgt"))
            #expect(!html.contains("Risico-overleg kwetsbare"))
            #expect(html.contains("href=\"tel:") && html.contains(HTMLEscape.escape(ParentStrings.dutch(.howSelf))))
            #expect(html.contains("Zo gaat het verder"))
            // Urgent help in Dutch on the printed card, and the call buttons Dutch first.
            #expect(html.contains("class=\"card-urgent\"") && html.contains("href=\"tel:08000113\""))
            #expect(html.contains(">Bel <bdi"))
            // The professional sees the short link and how to print; the parent does not.
            #expect(try await professional.get(link).body.string.contains("druk deze kaart af"))
            #expect(!html.contains("druk deze kaart af"))
            // An unknown code is a plain 404.
            #expect(try await Browser(app).get("/hulpkaart/AAAAAAAA").status == .notFound)
        }
    }

    @Test(
        "the choice is checked: no service, too many, unknown ids; nothing is stored then",
        arguments: TestDatabase.allCases)
    func choice(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            let none = try await professional.post("/hulpkaart/nieuw", ["dienst": UUID().uuidString, "gemeente": "GM0119"])
            #expect(none.status == .unprocessableEntity && none.body.string.contains("Kies ten minste één aanbod"))
            let services = try await ServiceRow.query(on: app.db).limit(7).all().compactMap(\.id)
            let many = try await professional.post(
                "/hulpkaart/nieuw", ["dienst": services.map(\.uuidString).joined(separator: "|"), "gemeente": "GM0119"])
            #expect(many.status == .unprocessableEntity && many.body.string.contains("Kies hoogstens 6 aanbod"))
            #expect(try await ReferralRow.query(on: app.db).count() == 0)
        }
    }

    @Test(
        "the receiving organisation confirms contact with the code; counted in reach; unknown, expired, not its own and a second time get plain Dutch messages; a BSN is refused",
        arguments: TestDatabase.allCases)
    func confirm(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, clock in
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            let link = try await Self.make(professional, services: [Self.debtHelp, MeppelService.consultatiebureau], taal: "nl")
            let code = String(link.dropFirst("/hulpkaart/".count).prefix(8))
            // The municipality's coordinator keeps Meppel's map: it may confirm for the debt help.
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            #expect(try await coordinator.get("/hulpkaart/bevestigen").body.string.contains("Code van de hulpkaart"))
            let written = ReferralCode.written(code).lowercased()
            let done = try await coordinator.post("/hulpkaart/bevestigen", ["code": " \(written) "])
            #expect(done.status == .ok && done.body.string.contains("Bevestigd: contact gemaakt voor"))
            let again = try await coordinator.post("/hulpkaart/bevestigen", ["code": code])
            #expect(again.status == .unprocessableEntity && again.body.string.contains("Deze hulpkaart is al bevestigd, op"))
            let unknown = try await coordinator.post("/hulpkaart/bevestigen", ["code": "ZZZZ-ZZZZ"])
            #expect(unknown.body.string.contains("Deze code kennen we niet"))
            let bsn = try await coordinator.post("/hulpkaart/bevestigen", ["code": "123456782"])
            #expect(bsn.status == .unprocessableEntity && bsn.body.string.contains("Dit lijkt een burgerservicenummer"))
            // A partner of another organisation may not confirm for this card.
            let partner = Browser(app)
            try await partner.login("partner.meppel@wieg.demo")
            let notYours = try await partner.post("/hulpkaart/bevestigen", ["code": code])
            #expect(notYours.body.string.contains("Op deze hulpkaart staat geen aanbod van uw organisatie"))
            // Counted in reach: the editor sees 1 made, 1 confirmed; the public sees them hidden (< 10).
            let reach = try await coordinator.get("/aanbod/\(Self.debtHelp.uuidString)/bereik").body.string
            #expect(reach.contains("Verwijzingen met een hulpkaart"))
            #expect(reach.contains("<td>1</td><td>1</td><td>100 %</td>"))
            let publicReach = try await Browser(app).get("/aanbod/\(Self.debtHelp.uuidString)/bereik").body.string
            #expect(publicReach.contains("<td>&lt; 10</td><td>&lt; 10</td><td>—</td>"))
            // In the coalition's progress report (a report travels: small counts hidden) and in region monitoring.
            let year = ReferralDay.string(clock.now()).prefix(4)
            let report = try await coordinator.get("/coalities/meppel/documenten/voortgangsrapportage?jaar=\(year)").body.string
            #expect(report.contains("Verwijzingen met een hulpkaart") && report.contains("&lt; 10"))
            let venlo = try await professional.post(
                "/hulpkaart/nieuw", ["dienst": LimburgService.wijkteam.uuidString, "gemeente": "GM0983", "taal": "nl"])
            #expect(venlo.status == .seeOther)
            let region = try await Browser(app).get("/regios/nml/monitoring").body.string
            #expect(region.contains("Hulpkaarten per gemeente") && region.contains("<td>Venlo</td><td>&lt; 10</td>"))
            // After 90 days a code can no longer be confirmed.
            let late = try await Self.make(professional, services: [Self.debtHelp], taal: "nl")
            let lateCode = String(late.dropFirst("/hulpkaart/".count).prefix(8))
            clock.advance(minutes: 91 * 24 * 60)
            let expired = try await Browser(app).loginAndPost(
                "coordinator.meppel@wieg.demo", "/hulpkaart/bevestigen", ["code": lateCode])
            #expect(expired.body.string.contains("Deze code is verlopen"))
            // Every step is in the audit trail, with the code and nothing about a parent.
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "hulpkaart").all()
            #expect(audit.count == 4 && audit.allSatisfy { $0.entityID.count == 8 })
        }
    }
}

extension Browser {
    /// Signs in (the session may have ended with the clock moved) and posts.
    func loginAndPost(_ email: String, _ path: String, _ form: [String: String]) async throws -> TestingHTTPResponse {
        try await login(email)
        return try await post(path, form)
    }
}
