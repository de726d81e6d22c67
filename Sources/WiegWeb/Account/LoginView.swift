import Vapor

enum LoginView {
    static func render(
        _ shell: PageShell, email: String, next: String?, error: String?, notice: String?,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        return Layout.page(
            shell, title: lang.t("Inloggen", "Sign in"), status: status,
            [
                H.h1(lang.t("Inloggen", "Sign in")),
                notice.map { H.notice($0) } ?? .empty,
                error.map { H.notice($0, kind: .error) } ?? .empty,
                H.p(
                    lang.t(
                        "Inloggen is voor projectleiders, regioteams, partners en professionals. Ouders hebben geen account nodig.",
                        "Signing in is for project leaders, regional teams, partners and professionals. Parents need no account."),
                    H.cls("lead")),
                Forms.post(
                    SiteURL.login.path, csrf: shell.csrf,
                    [
                        next.map { H.void("input", [("type", "hidden"), ("name", "volgende"), ("value", $0)]) } ?? .empty,
                        Forms.field(
                            lang.t("E-mailadres", "E-mail address"), name: "email", type: "email", value: email,
                            required: true, autocomplete: "username"),
                        Forms.field(
                            lang.t("Wachtwoord", "Password"), name: "password", type: "password",
                            required: true, autocomplete: "current-password"),
                        Forms.submit(lang.t("Inloggen", "Sign in"))
                    ]),
                H.p(
                    lang.t(
                        "Wachtwoord vergeten? Vraag uw coördinator of beheerder om een nieuwe link.",
                        "Forgot your password? Ask your coordinator or administrator for a new link."))
            ])
    }
}
