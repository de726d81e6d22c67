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

@Suite("Klopt er iets niet? Reports from visitors become tasks for the editors")
struct ErrorReportTests {
    @Test(
        "a visitor reports an error on a service page: no personal data, the organisation's check address gets a mail, the editor closes it with a note; a sixth in a minute is refused politely",
        arguments: TestDatabase.allCases)
    func report(_ kind: TestDatabase) async throws {
        try await withMailingWiegApp(kind) { app, _, smtp in
            let id = MeppelService.schuldhulp.uuidString
            let visitor = Browser(app)
            let page = try await visitor.get("/aanbod/\(id)").body.string
            #expect(page.contains("href=\"/aanbod/\(id)/melden\">Klopt er iets niet?</a>"))
            let form = try await visitor.get("/aanbod/\(id)/melden").body.string
            #expect(form.contains("Schrijf geen gegevens over jezelf of een ander"))
            // A BSN or an empty report is refused, naming the field.
            let bsn = try await visitor.post("/aanbod/\(id)/melden", ["wat": "Het gaat om 123456782"])
            #expect(bsn.status == .unprocessableEntity && bsn.body.string.contains("Dit lijkt een burgerservicenummer"))
            let empty = try await visitor.post("/aanbod/\(id)/melden", ["wat": " "])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Vul de beschrijving van wat er niet klopt in."))
            let sent = try await visitor.post(
                "/aanbod/\(id)/melden", ["wat": "Het telefoonnummer is veranderd.", "email": "ouder@voorbeeld.nl"])
            #expect(sent.status == .ok && sent.body.string.contains("Je melding is verstuurd"))
            // The organisation's address gets it, with the way to the task.
            let mails = smtp.messages.withLockedValue { $0 }
            #expect(mails.count == 1 && mails.first?.data.contains("Het telefoonnummer is veranderd.") == true)
            #expect(mails.first?.data.contains("https://wieg.gemeente.example/meldingen") == true)
            // Two more reach the limit of five a minute (the refused ones counted too); the sixth is refused.
            for _ in 0..<2 { _ = try await visitor.post("/aanbod/\(id)/melden", ["wat": "Nog iets."]) }
            let sixth = try await visitor.post("/aanbod/\(id)/melden", ["wat": "En nog iets."])
            #expect(sixth.status == .tooManyRequests && sixth.body.string.contains("Probeer het over een minuut opnieuw"))
            // The editor of Meppel's map sees it among the tasks; a professional sees none.
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let tasks = try await coordinator.get("/meldingen").body.string
            #expect(tasks.contains("Het telefoonnummer is veranderd.") && tasks.contains("ouder@voorbeeld.nl"))
            let professional = Browser(app)
            try await professional.login("professional@wieg.demo")
            #expect(try await professional.get("/meldingen").body.string.contains("Er zijn geen open meldingen."))
            let report = try #require(
                try await ErrorReportRow.query(on: app.db).filter(\.$text == "Het telefoonnummer is veranderd.").first())
            #expect(try await professional.post("/meldingen/\(report.id!.uuidString)", ["notitie": "x"]).status == .forbidden)
            let noNote = try await coordinator.post("/meldingen/\(report.id!.uuidString)", ["notitie": ""])
            #expect(noNote.status == .unprocessableEntity && noNote.body.string.contains("Vul de notitie in."))
            let closed = try await coordinator.post("/meldingen/\(report.id!.uuidString)", ["notitie": "Nummer aangepast."])
            #expect(closed.status == .seeOther)
            let after = try #require(try await ErrorReportRow.find(report.id, on: app.db))
            #expect(after.closedAt != nil && after.closingNote == "Nummer aangepast." && after.replyEmail == nil)
            #expect(!(try await coordinator.get("/meldingen").body.string.contains("Het telefoonnummer is veranderd.")))
            let audit = try await AuditEventRow.query(on: app.db).filter(\.$entityType == "melding").all()
            #expect(audit.count == 4 && !audit.contains { ($0.after ?? "").contains("ouder@voorbeeld.nl") })
        }
    }
}
