import Vapor
import WiegCore
import WiegStore

enum TokensView {
    static func render(
        _ shell: PageShell, tokens: [ApiToken], created: String?, error: String?, notice: String?,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = tokens.map { token in
            [
                H.text(token.name),
                H.text(Layout.date(token.createdAt, lang: lang)),
                H.text(token.lastUsedAt.map { Layout.date($0, lang: lang) } ?? lang.t("nog niet", "not yet")),
                token.isRevoked
                    ? H.text(
                        lang.t(
                            "ingetrokken \(Layout.date(token.revokedAt, lang: lang))", "revoked \(Layout.date(token.revokedAt, lang: lang))"
                        ))
                    : H.a(SiteURL.tokenRevoke(token.id.uuidString).path, lang.t("Intrekken…", "Revoke…"))
            ]
        }
        return Layout.page(
            shell, title: lang.t("API-tokens", "API tokens"), status: status,
            [
                H.h1(lang.t("API-tokens", "API tokens")),
                H.p(
                    lang.t(
                        "Een token geeft een ander systeem toegang tot de API van Wieg (/api/v1), met uw rechten. Stuur het mee als Authorization: Bearer <token>.",
                        "A token gives another system access to Wieg's API (/api/v1), with your rights. Send it as Authorization: Bearer <token>."
                    ), H.cls("lead")),
                notice.map { H.notice($0, kind: .ok) } ?? .empty,
                created.map { text in
                    H.el(
                        "div", H.cls("notice notice-ok"), H.attr("role", "status"),
                        H.p(
                            lang.t(
                                "Uw nieuwe token staat hieronder. Kopieer het nu: het wordt niet meer getoond.",
                                "Your new token is below. Copy it now: it will not be shown again.")),
                        H.el("p", H.el("code", H.cls("token"), H.text(text))))
                } ?? .empty,
                Forms.errorSummary(error.map { [.init(field: "name", message: $0)] } ?? [], lang: lang),
                Forms.post(
                    SiteURL.tokens.path, csrf: shell.csrf,
                    [
                        Forms.field(
                            lang.t("Naam van het nieuwe token", "Name of the new token"), name: "name",
                            hint: lang.t("Bijvoorbeeld het systeem dat het gebruikt.", "For example the system that uses it."),
                            error: error, required: true, autocomplete: "off"),
                        Forms.submit(lang.t("Token maken", "Create token"))
                    ]),
                H.table(
                    caption: lang.t("Uw tokens", "Your tokens"),
                    headers: [
                        lang.t("Naam", "Name"), lang.t("Gemaakt", "Created"), lang.t("Laatst gebruikt", "Last used"),
                        lang.t("Status", "Status")
                    ],
                    rows: rows)
            ])
    }
}
