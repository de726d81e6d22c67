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

@Suite("The freshness loop: reminders with a one-click link, a weekly summary of overdue checks")
struct FreshnessReminderTests {
    @Test(
        "an organisation due for a check gets a mail; its link, once, marks it and its services checked (audited); used or expired links say so; the teams get the overdue list",
        arguments: TestDatabase.allCases)
    func loop(_ kind: TestDatabase) async throws {
        try await withMailingWiegApp(kind) { app, clock, smtp in
            // The social team of Venlo was checked 260 days ago: due. Its checks go to a separate address.
            let team = try #require(try await OrganisationRow.find(LimburgOrg.wijkteamVenlo, on: app.db))
            team.checkEmail = "controle@wijkteam-venlo.example"
            try await team.save(on: app.db)
            // The public export leaves the address for checks out; importing such a file keeps it,
            // and the coordinates of the same address.
            let export = try await Browser(app).get("/export/organisaties.csv").body.string
            #expect(!export.contains("controle@wijkteam-venlo.example") && !export.contains("controle_email"))
            let known = try #require(try await OrganisationRow.find(LimburgOrg.wijkteamVenlo, on: app.db)?.record)
            var fromFile = known
            fromFile.checkEmail = nil
            fromFile.addresses = known.addresses.map {
                AddressRecord(street: $0.street, postcode: $0.postcode, city: $0.city)
            }
            let kept = NetworkImportController.keepingAbsentFields(
                fromFile, existing: known, columns: ["naam", "straat", "postcode", "plaats"])
            #expect(kept.checkEmail == "controle@wijkteam-venlo.example")
            #expect(kept.addresses.map(\.position) == known.addresses.map(\.position) && known.addresses.first?.position != nil)
            let cleared = NetworkImportController.keepingAbsentFields(fromFile, existing: known, columns: ["naam", "controle_email"])
            #expect(cleared.checkEmail == nil)
            // The GGD and all its services were checked yesterday: not due.
            let ggd = try #require(try await OrganisationRow.query(on: app.db).filter(\.$name == "GGD Limburg-Noord").first())
            ggd.lastVerified = clock.now().addingTimeInterval(-86_400)
            try await ggd.save(on: app.db)
            for service in try await ServiceRow.query(on: app.db).filter(\.$organisation.$id == ggd.id!).all() {
                service.lastVerified = clock.now().addingTimeInterval(-86_400)
                try await service.save(on: app.db)
            }
            let first = try await FreshnessReminders.run(app, now: clock.now())
            #expect(first.ran && first.reminders > 0)
            let mails = smtp.messages.withLockedValue { $0 }
            let mail = try #require(mails.first { $0.recipient == "controle@wijkteam-venlo.example" })
            let subject = Data("Kloppen de gegevens van Sociaal wijkteam Venlo in Wieg nog?".utf8).base64EncodedString()
            #expect(mail.data.contains(subject) && mail.data.contains("Beste Sociaal wijkteam Venlo,"))
            // Organisations whose entries were all checked less than six months ago get none.
            #expect(ggd.email != nil && !mails.contains { $0.recipient == ggd.email })
            let link = String(
                mail.data[try #require(mail.data.range(of: #"/controle/[A-Za-z0-9_-]{20,}"#, options: .regularExpression))])
            // The weekly summary: the NML team hears of its overdue organisations.
            #expect(
                first.summaries > 0
                    && mails.contains { $0.recipient == "regio.nml@wieg.demo" && $0.data.contains("niet gecontroleerd") })
            // Opening the link changes nothing; the button does, once.
            let visitor = Browser(app)
            let page = try await visitor.get(link)
            #expect(page.status == .ok && page.body.string.contains("Ja, alles klopt nog"))
            #expect(try await OrganisationRow.find(LimburgOrg.wijkteamVenlo, on: app.db)?.lastVerified != clock.now())
            let done = try await visitor.post(link)
            #expect(done.status == .ok && done.body.string.contains("staan weer als gecontroleerd"))
            #expect(try await OrganisationRow.find(LimburgOrg.wijkteamVenlo, on: app.db)?.lastVerified == clock.now())
            let services = try await ServiceRow.query(on: app.db).filter(\.$organisation.$id == LimburgOrg.wijkteamVenlo).all()
            #expect(!services.isEmpty && services.allSatisfy { $0.lastVerified == clock.now() })
            let again = try await visitor.post(link)
            #expect(again.status == .gone && again.body.string.contains("Deze link is al gebruikt"))
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityID == LimburgOrg.wijkteamVenlo.uuidString).all()
            #expect(audit.contains { ($0.after ?? "").contains("alles klopt nog") })
            // Not twice a day, and not again within 30 days for those reminded.
            let soon = try await FreshnessReminders.run(app, now: clock.now())
            #expect(!soon.ran && soon.reminders == 0)
            let count = smtp.messages.withLockedValue { $0.count }
            clock.advance(minutes: 2 * 24 * 60)
            let later = try await FreshnessReminders.run(app, now: clock.now())
            #expect(later.ran && later.reminders == 0 && smtp.messages.withLockedValue { $0.count } == count)
            // A link past its 30 days says so.
            clock.advance(minutes: 31 * 24 * 60)
            let next = try await FreshnessReminders.run(app, now: clock.now())
            #expect(next.reminders > 0)
            let newest = try #require(smtp.messages.withLockedValue { $0 }.last { $0.data.contains("/controle/") })
            let newLink = String(
                newest.data[try #require(newest.data.range(of: #"/controle/[A-Za-z0-9_-]{20,}"#, options: .regularExpression))])
            clock.advance(minutes: 31 * 24 * 60)
            let expired = try await visitor.get(newLink)
            #expect(expired.status == .gone && expired.body.string.contains("Deze link is verlopen"))
            #expect(try await visitor.get("/controle/onzin").status == .notFound)
        }
    }
}
