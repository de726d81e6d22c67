import Foundation
import Vapor
import WiegCore
import WiegStore

enum InviteView {
    static func render(_ shell: PageShell, user: User, link: String, mailed: Invites.MailOutcome) -> Response {
        let lang = shell.lang
        return Layout.page(
            shell, title: lang.t("Uitnodiging gemaakt", "Invitation created"),
            [
                H.h1(lang.t("Uitnodiging gemaakt", "Invitation created")),
                mailNotice(mailed, email: user.email, lang: lang),
                H.p(
                    lang.t(
                        "Deze link is 72 uur geldig en werkt één keer. Hij wordt hierna niet meer getoond.",
                        "This link is valid for 72 hours and works once. It will not be shown again.")),
                H.el("p", H.el("code", H.cls("token"), H.text(link))),
                H.el("p", H.a(SiteURL.user(user.id.uuidString).path, lang.t("Naar het account", "To the account")))
            ])
    }

    static func mailNotice(_ outcome: Invites.MailOutcome, email: String, lang: Lang) -> BodyNode {
        switch outcome {
        case .sent:
            H.notice(lang.t("De link is ook gemaild naar \(email).", "The link has also been mailed to \(email)."), kind: .ok)
        case .notConfigured:
            H.notice(
                lang.t(
                    "Er is geen e-mail verstuurd (geen mailserver ingesteld). Geef de link zelf door aan \(email), via een veilig kanaal.",
                    "No e-mail was sent (no mail server configured). Pass the link to \(email) yourself, through a safe channel."),
                kind: .warn)
        case .failed:
            H.notice(
                lang.t(
                    "De e-mail kon niet worden verstuurd: de mailserver gaf geen gehoor. Geef de link zelf door aan \(email), via een veilig kanaal.",
                    "The e-mail could not be sent: the mail server did not answer. Pass the link to \(email) yourself, through a safe channel."
                ), kind: .warn)
        }
    }
}
