import Vapor

enum SetPasswordView {
    static func render(_ shell: PageShell, email: String, error: String?, status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        return Layout.page(
            shell, title: lang.t("Wachtwoord instellen", "Set your password"), status: status,
            [
                H.h1(lang.t("Wachtwoord instellen", "Set your password")),
                H.p(lang.t("Account: \(email)", "Account: \(email)"), H.cls("lead")),
                Forms.errorSummary(error.map { [.init(field: "password", message: $0)] } ?? [], lang: lang),
                Forms.post(
                    shell.path, csrf: shell.csrf,
                    [
                        Forms.field(
                            lang.t("Nieuw wachtwoord", "New password"), name: "password", type: "password",
                            hint: lang.t(
                                "Minstens \(12) tekens. Een zin van een paar woorden werkt goed.",
                                "At least 12 characters. A phrase of a few words works well."),
                            error: error, required: true, autocomplete: "new-password"),
                        Forms.field(
                            lang.t("Herhaal het wachtwoord", "Repeat the password"), name: "confirmation", type: "password",
                            required: true, autocomplete: "new-password"),
                        Forms.submit(lang.t("Wachtwoord opslaan", "Save password"))
                    ])
            ])
    }
}
