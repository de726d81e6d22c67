import Foundation
import Vapor
import WiegCore
import WiegStore

/// One-time set-password links, shown to the inviter and mailed when SMTP is set up.
enum Invites {
    /// The absolute link, based on the configured public URL or else the request's host.
    static func link(_ token: String, req: Request) -> String {
        let path = SiteURL.setPassword(token).path
        if let base = req.application.wiegConfig.publicURL { return base.trimmingSuffix("/") + path }
        // Never the request's Host header (anyone can send `Host: evil.example`): without
        // WIEG_PUBLIC_URL the link names the address this server listens on.
        let server = req.application.http.server.configuration
        let host = server.hostname == "0.0.0.0" || server.hostname == "::" ? "localhost" : server.hostname
        return "http://\(host):\(server.port)\(path)"
    }

    enum MailOutcome { case sent, notConfigured, failed }

    /// Mails the link when SMTP settings exist.
    static func send(to user: User, token: String, req: Request) async throws -> MailOutcome {
        // A link that leaves the server by mail needs the configured public address.
        guard let mail = req.application.wiegConfig.mail, req.application.wiegConfig.publicURL != nil else { return .notConfigured }
        let link = link(token, req: req)
        let body = """
            Beste \(user.name),

            Er is een account voor u aangemaakt in Wieg, het platform van Kansrijke Start.
            Stel binnen 72 uur uw wachtwoord in via deze link:

            \(link)

            Verwachtte u deze e-mail niet? Dan kunt u hem negeren.
            """
        do {
            try await SMTPClient(settings: mail, eventLoop: req.eventLoop)
                .send(to: user.email, subject: "Uw account voor Wieg", body: body)
            return .sent
        } catch {
            req.logger.warning("Could not mail the invite to \(user.email): \(error)")
            return .failed
        }
    }
}
