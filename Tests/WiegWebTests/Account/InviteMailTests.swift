import Foundation
import Testing
import Vapor
import VaporTesting
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Invites by e-mail")
struct InviteMailTests {
    @Test("with SMTP settings the invite link is also mailed to the invitee")
    func mailed() async throws {
        let smtp = try await FakeSMTPServer()
        do {
            try await withWiegApp(
                .sqlite,
                configure: {
                    $0.mail = MailSettings(host: "127.0.0.1", port: smtp.port, from: "wieg@gemeente.example")
                    $0.publicURL = "https://wieg.gemeente.example"
                }
            ) { app, _ in
                let admin = Browser(app)
                try await admin.login("beheerder@wieg.demo")
                let page = try await admin.post(
                    "/beheer/gebruikers", ["email": "jgz@ggd.example", "name": "JGZ-verpleegkundige", "role": "professional"])
                #expect(page.body.string.contains("De link is ook gemaild naar jgz@ggd.example"))
                let link = try UsersTests.inviteLink(in: page.body.string)
                let messages = smtp.messages.withLockedValue { $0 }
                #expect(messages.count == 1)
                #expect(messages.first?.recipient == "jgz@ggd.example")
                #expect(messages.first?.data.contains("https://wieg.gemeente.example\(link)") == true)
                #expect(messages.first?.data.contains("Beste JGZ-verpleegkundige") == true)
            }
        } catch {
            try? await smtp.stop()
            throw error
        }
        try await smtp.stop()
    }

    @Test("when the mail server cannot be reached the link is still shown, with a clear note")
    func unreachable() async throws {
        try await withWiegApp(
            .sqlite,
            configure: {
                $0.mail = MailSettings(host: "127.0.0.1", port: 9, from: "wieg@x.example")
                $0.publicURL = "https://wieg.gemeente.example"
            }
        ) { app, _ in
            app.logger.logLevel = .critical
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let page = try await admin.post("/beheer/gebruikers", ["email": "a@b.example", "name": "A", "role": "professional"])
            #expect(page.status == .ok)
            #expect(page.body.string.contains("De e-mail kon niet worden verstuurd"))
            #expect(page.body.string.contains("/wachtwoord-instellen/"))
        }
    }

    @Test("without WIEG_PUBLIC_URL no invite is mailed: a link that leaves the server needs the configured address")
    func noPublicURL() async throws {
        try await withWiegApp(.sqlite, configure: { $0.mail = MailSettings(host: "127.0.0.1", port: 9, from: "wieg@x.example") }) {
            app, _ in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let page = try await admin.post("/beheer/gebruikers", ["email": "a@b.example", "name": "A", "role": "professional"])
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("De e-mail kon niet worden verstuurd"))
            #expect(page.body.string.contains("/wachtwoord-instellen/"))
        }
    }
}
