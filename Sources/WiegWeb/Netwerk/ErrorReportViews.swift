import Foundation
import Plot
import Vapor
import WiegCore

/// "Klopt er iets niet?": the form, the thanks, the polite refusal, and the editors' list.
enum ErrorReportViews {
    static func form(
        _ shell: PageShell, name: String, back: String, fields f: [String: String], issues: [ImportIssue], status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Klopt er iets niet?", "Is something wrong?")
        return Layout.page(
            shell, title: title, status: status,
            [
                H.el("p", H.cls("back"), H.a(back, lang.t("← Terug naar ", "← Back to ") + name)),
                H.h1(title),
                H.p(
                    lang.t(
                        "Zie je een fout bij \(name), zoals een verkeerd telefoonnummer of hulp die er niet meer is? Laat het weten: wie de gegevens bijhoudt, krijgt je melding.",
                        "Do you see a mistake for \(name), such as a wrong phone number or help that no longer exists? Let us know: whoever keeps the details gets your report."
                    ), H.cls("lead")),
                H.notice(
                    lang.t(
                        "Schrijf geen gegevens over jezelf of een ander, zoals een naam, geboortedatum of BSN: alleen wat er niet klopt aan de hulp of de organisatie.",
                        "Do not write details about yourself or anyone else, such as a name, date of birth or BSN: only what is wrong with the help or the organisation."
                    ), kind: .warn),
                Forms.errorSummary(issues.fieldErrors, lang: lang),
                Forms.post(
                    shell.path.components(separatedBy: "?")[0], csrf: shell.csrf,
                    [
                        Forms.textarea(
                            lang.t("Wat klopt er niet?", "What is wrong?"), name: "wat", value: f["wat"],
                            hint: lang.t("Hoogstens \(ErrorReportForm.maxText) tekens.", "At most \(ErrorReportForm.maxText) characters."),
                            error: issues.message("wat"), rows: 5),
                        Forms.field(
                            lang.t("Je e-mailadres (als je antwoord wilt)", "Your email address (if you want an answer)"), name: "email",
                            type: "email", value: f["email"],
                            hint: lang.t(
                                "Niet verplicht. We gebruiken het alleen om je te antwoorden en wissen het daarna.",
                                "Optional. We only use it to answer you and delete it afterwards."),
                            error: issues.message("email"), autocomplete: "email"),
                        Forms.submit(lang.t("Melding versturen", "Send report"))
                    ])
            ])
    }

    static func thanks(_ shell: PageShell, back: String) -> Response {
        let lang = shell.lang
        return Layout.page(
            shell, title: lang.t("Dank je wel", "Thank you"),
            [
                H.h1(lang.t("Dank je wel", "Thank you")),
                H.notice(
                    lang.t(
                        "Je melding is verstuurd naar wie deze gegevens bijhoudt.",
                        "Your report has been sent to whoever keeps these details."),
                    kind: .ok),
                H.el("p", H.a(back, lang.t("← Terug", "← Back")))
            ])
    }

    static func tooMany(_ shell: PageShell, back: String) -> Response {
        let lang = shell.lang
        return Layout.page(
            shell, title: lang.t("Even wachten", "Please wait"), status: .tooManyRequests,
            [
                H.h1(lang.t("Even wachten", "Please wait")),
                H.p(
                    lang.t(
                        "Er zijn net veel meldingen vanaf dit adres verstuurd. Probeer het over een minuut opnieuw; dank je voor je hulp.",
                        "Many reports were just sent from this address. Please try again in a minute; thank you for your help.")),
                H.el("p", H.a(back, lang.t("← Terug", "← Back")))
            ])
    }

    /// The editors' task list: open reports on the organisations they keep, each closed with a note.
    static func list(
        _ shell: PageShell, network: NetworkCache.Snapshot, reports: [ErrorReport], notice: String?,
        failed: (UUID, [ImportIssue])? = nil, status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Meldingen", "Reports")
        var content: [BodyNode] = [
            H.h1(title),
            notice == "afgehandeld" ? H.notice(lang.t("De melding is afgehandeld.", "The report has been closed."), kind: .ok) : .empty,
            H.p(
                lang.t(
                    "Wat bezoekers melden als fout bij aanbod en organisaties die u bijhoudt. Pas de gegevens aan en handel de melding af met een korte notitie.",
                    "What visitors report as wrong on services and organisations you keep. Correct the details and close the report with a short note."
                ), H.cls("lead")),
            H.el(
                "p",
                H.text(lang.t("Kwam een ouder met een hulpkaart bij u? ", "Did a parent come to you with a help card? ")),
                H.a(SiteURL.referralConfirm.path, lang.t("Bevestig het contact met de code", "Confirm contact with the code")))
        ]
        if reports.isEmpty {
            content.append(H.p(lang.t("Er zijn geen open meldingen.", "There are no open reports.")))
        }
        for report in reports {
            let (name, path): (String, String) =
                switch report.subject {
                case .service(let id): (network.services[id]?.name ?? "—", SiteURL.service(id.uuidString).path)
                case .organisation(let id): (network.organisations[id]?.name ?? "—", SiteURL.organisation(id.uuidString).path)
                }
            let issues = failed?.0 == report.id ? failed!.1 : []
            content.append(
                H.el(
                    "section", H.cls("card"), H.attr("aria-label", name),
                    H.el("h2", H.a(path, name)),
                    H.p(
                        lang.t("Gemeld op ", "Reported on ") + Layout.date(report.createdAt, lang: lang)
                            + (network.organisations[report.organisationID].map { " · " + $0.name } ?? ""), H.cls("meta")),
                    H.el("blockquote", H.p(report.text)),
                    report.replyEmail.map {
                        H.el("p", H.text(lang.t("Wil antwoord op: ", "Wants an answer at: ")), NetworkBits.email($0))
                    } ?? H.p(lang.t("Wil geen antwoord.", "Wants no answer."), H.cls("meta")),
                    Forms.post(
                        SiteURL.report(report.id.uuidString).path, csrf: shell.csrf,
                        [
                            Forms.textarea(
                                lang.t("Wat is er gedaan?", "What was done?"), name: "notitie", value: nil,
                                hint: lang.t("Bijvoorbeeld: telefoonnummer aangepast.", "For example: phone number corrected."),
                                error: issues.message("notitie"), rows: 2, id: "notitie-\(report.id.uuidString.lowercased())"),
                            Forms.submit(lang.t("Afhandelen", "Close"), cls: "button button-secondary")
                        ])))
        }
        return Layout.page(shell, title: title, status: status, content)
    }
}
