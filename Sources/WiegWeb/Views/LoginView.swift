import Vapor

enum LoginView {
    static func render(_ shell: PageShell, email: String, next: String?, error: String?, notice: String?,
                       status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        return Layout.page(shell, title: lang.t("Inloggen", "Sign in"), status: status, [
            H.h1(lang.t("Inloggen", "Sign in")),
            notice.map { H.notice($0) } ?? .empty,
            error.map { H.notice($0, kind: "error") } ?? .empty,
            H.p(lang.t("Inloggen is voor projectleiders, regioteams, partners en professionals. Ouders hebben geen account nodig.",
                       "Signing in is for project leaders, regional teams, partners and professionals. Parents need no account."), H.cls("lead")),
            Forms.post(SiteURL.login.path, csrf: shell.csrf, [
                next.map { H.void("input", [("type", "hidden"), ("name", "volgende"), ("value", $0)]) } ?? .empty,
                Forms.field(lang.t("E-mailadres", "E-mail address"), name: "email", type: "email", value: email,
                            required: true, autocomplete: "username"),
                Forms.field(lang.t("Wachtwoord", "Password"), name: "password", type: "password",
                            required: true, autocomplete: "current-password"),
                Forms.submit(lang.t("Inloggen", "Sign in")),
            ]),
            H.p(lang.t("Wachtwoord vergeten? Vraag uw coördinator of beheerder om een nieuwe link.",
                       "Forgot your password? Ask your coordinator or administrator for a new link.")),
        ])
    }
}

enum SetPasswordView {
    static func render(_ shell: PageShell, email: String, error: String?, status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        return Layout.page(shell, title: lang.t("Wachtwoord instellen", "Set your password"), status: status, [
            H.h1(lang.t("Wachtwoord instellen", "Set your password")),
            H.p(lang.t("Account: \(email)", "Account: \(email)"), H.cls("lead")),
            Forms.errorSummary(error.map { [.init(field: "password", message: $0)] } ?? [], lang: lang),
            Forms.post(shell.path, csrf: shell.csrf, [
                Forms.field(lang.t("Nieuw wachtwoord", "New password"), name: "password", type: "password",
                            hint: lang.t("Minstens \(12) tekens. Een zin van een paar woorden werkt goed.", "At least 12 characters. A phrase of a few words works well."),
                            error: error, required: true, autocomplete: "new-password"),
                Forms.field(lang.t("Herhaal het wachtwoord", "Repeat the password"), name: "confirmation", type: "password",
                            required: true, autocomplete: "new-password"),
                Forms.submit(lang.t("Wachtwoord opslaan", "Save password")),
            ]),
        ])
    }
}
