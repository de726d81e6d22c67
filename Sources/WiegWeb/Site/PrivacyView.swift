import Foundation
import Plot
import Vapor
import WiegCore

/// What Wieg keeps about people, in plain words: nothing about parents or clients, nothing
/// about searches; accounts, sessions and the audit trail for those who work in it.
enum PrivacyView {
    static func render(_ shell: PageShell) -> Response {
        let lang = shell.lang
        let items: [(String, String)] = [
            (
                "Als je hulp zoekt, bewaren we niet wat je zoekt, en ook niet wie je bent of vanaf welk adres je zoekt. Je hoeft niet in te loggen.",
                "When you look for help, we do not keep what you search for, nor who you are or the address you search from. You do not need to sign in."
            ),
            (
                "Wieg bewaart geen gegevens die een ouder of cliënt herkenbaar maken: geen namen, geboortedata, BSN of verslagen. Cijfers over mensen zijn altijd opgeteld; kleine aantallen tonen we niet openbaar.",
                "Wieg keeps no data that identifies a parent or client: no names, dates of birth, citizen service numbers or case notes. Figures about people are always totals; we do not show small numbers in public."
            ),
            (
                "Cookies: alleen wat Wieg nodig heeft om te werken: je taalkeuze, een beveiligingscode voor formulieren en, als je inlogt, je sessie. Geen cookies om je te volgen.",
                "Cookies: only what Wieg needs to work: your language, a security code for forms and, when you sign in, your session. No cookies that follow you."
            ),
            (
                "Voor wie inlogt (professionals en coalities): je naam, e-mailadres en rol; je sessies met adres en browser tot ze eindigen; pogingen om in te loggen 30 dagen; en wie wat veranderde in het overzicht van wijzigingen.",
                "For those who sign in (professionals and coalitions): your name, e-mail address and role; your sessions with address and browser until they end; sign-in attempts for 30 days; and who changed what in the audit trail."
            )
        ]
        return Layout.page(
            shell, title: lang.t("Privacy", "Privacy"),
            [
                H.h1(lang.t("Privacy", "Privacy")),
                H.el("ul", items.map { nl, en in H.el("li", H.text(lang.t(nl, en))) }),
                H.p(
                    lang.t(
                        "Vragen over je gegevens? Neem contact op met de gemeente of organisatie die Wieg voor jou gebruikt.",
                        "Questions about your data? Contact the municipality or organisation that uses Wieg for you."))
            ])
    }
}
