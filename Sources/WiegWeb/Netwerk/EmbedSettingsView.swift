import Foundation
import Vapor
import WiegCore

/// The beheerder's page for embedding the parents' finder: which websites may show it in a
/// frame, and the snippet to paste into such a site.
enum EmbedSettingsView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, fields f: [String: String], issues e: [ImportIssue], notice: String?,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Hulp zoeken op een andere website", "Find help on another website")
        let example = network.municipalities.first(where: { $0.code == "GM0119" }) ?? network.municipalities.first
        let path = SiteURL.helpEmbed.with([("gemeente", example?.code)])
        let snippet =
            "<iframe src=\"https://wieg.example.nl\(path)\" title=\"Hulp zoeken\" "
            + "style=\"width:100%;height:1100px;border:0\" loading=\"lazy\"></iframe>"
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                notice.map { H.notice($0, kind: .ok) } ?? .empty,
                H.p(
                    lang.t(
                        "Een gemeente of CJG kan de hulpzoeker voor ouders op de eigen website laten zien. Dat mag alleen voor de websites die hier staan; geen andere site kan Wieg in een kader tonen.",
                        "A municipality or CJG can show the parents' help finder on its own website. Only the websites listed here may; no other site can show Wieg in a frame."
                    ), H.cls("lead")),
                Forms.errorSummary(e.fieldErrors, lang: lang),
                Forms.post(
                    SiteURL.embedSettings.path, csrf: shell.csrf,
                    [
                        Forms.textarea(
                            lang.t("Websites die de hulpzoeker mogen tonen", "Websites that may show the help finder"), name: "websites",
                            value: f["websites"],
                            hint: lang.t(
                                "Eén per regel, met https://, zoals https://www.meppel.nl. Leeg: geen enkele website.",
                                "One per line, with https://, e.g. https://www.meppel.nl. Empty: no website at all."),
                            error: e.message("websites"), rows: 6),
                        Forms.submit(lang.t("Opslaan", "Save"))
                    ]),
                H.h2(lang.t("Op de website zetten", "Putting it on the website")),
                H.p(
                    lang.t(
                        "Plak deze code in de pagina van de website. Vervang wieg.example.nl door het adres van deze Wieg en GM0119 door de code van de gemeente.",
                        "Paste this code into the website's page. Replace wieg.example.nl with this Wieg's address and GM0119 with the municipality's code."
                    )),
                H.el("pre", H.el("code", H.text(snippet))),
                H.p(
                    lang.t(
                        "Zo ziet het eruit: ", "This is how it looks: "),
                    H.a(path, lang.t("hulpzoeker voor \(example?.name ?? "")", "help finder for \(example?.name ?? "")")))
            ])
    }
}
