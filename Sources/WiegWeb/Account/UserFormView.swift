import Foundation
import Vapor
import WiegCore
import WiegStore

/// The invite form (no `user`) and an account's page with its edit form (`user` set).
enum UserFormView {
    static func render(
        _ shell: PageShell, form: UserForm, choices: UserForm.Choices, errors: [Forms.FieldError],
        user: User?, history: [AuditEvent] = [], notice: String? = nil,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }
        let title = user.map { $0.name } ?? lang.t("Iemand uitnodigen", "Invite someone")
        let none = ("", lang.t("— geen —", "— none —"))
        let fields: [BodyNode] = [
            user == nil
                ? Forms.field(
                    lang.t("E-mailadres", "E-mail address"), name: "email", type: "email", value: form.email,
                    error: error("email"), required: true, autocomplete: "off")
                : .empty,
            Forms.field(lang.t("Naam", "Name"), name: "name", value: form.name, error: error("name"), required: true, autocomplete: "off"),
            Forms.select(
                lang.t("Rol", "Role"), name: "role",
                options: choices.roles.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                selected: form.role,
                hint: lang.t(
                    "Regioteam: alle coalities in de regio. Coördinator: bewerkt de eigen coalitie. Partner: leest de coalitie, bewerkt de eigen organisatie. Professional: leest het netwerk.",
                    "Regional team: every coalition in the region. Coordinator: edits its coalition. Partner: reads its coalition, edits its organisation. Professional: reads the network."
                ),
                error: error("role")),
            Forms.select(
                lang.t("Regio", "Region"), name: "region",
                options: [none] + choices.regions.map { ($0.code, $0.name) }, selected: form.region ?? "",
                hint: lang.t("Voor een regioteam (verplicht) of een professional.", "For a regional team (required) or a professional."),
                error: error("region")),
            Forms.select(
                lang.t("Coalitie", "Coalition"), name: "coalition",
                options: [none] + choices.coalitions.map { ($0.slug, $0.name) }, selected: form.coalition ?? "",
                hint: lang.t("Verplicht voor coördinatoren en partners.", "Required for coordinators and partners."),
                error: error("coalition")),
            Forms.select(
                lang.t("Organisatie", "Organisation"), name: "organisation",
                options: [none] + choices.organisations.map { ($0.slug, $0.name) }, selected: form.organisation ?? "",
                hint: lang.t("Verplicht voor partners.", "Required for partners."), error: error("organisation"))
        ]
        var content: [BodyNode] = [H.h1(title), notice.map { H.notice($0, kind: .ok) } ?? .empty]
        if let user {
            content.append(
                H.dl([
                    (lang.t("E-mailadres", "E-mail address"), H.text(user.email)),
                    (
                        lang.t("Status", "Status"),
                        H.text(
                            user.isDisabled
                                ? lang.t("Uitgeschakeld", "Disabled")
                                : user.passwordHash == nil
                                    ? lang.t("Uitgenodigd, nog geen wachtwoord", "Invited, no password yet") : lang.t("Actief", "Active"))
                    ),
                    (lang.t("Laatst ingelogd", "Last sign-in"), H.text(Layout.date(user.lastLoginAt, lang: lang)))
                ]))
            content.append(H.h2(lang.t("Gegevens wijzigen", "Edit details")))
        } else {
            content.append(
                H.p(
                    lang.t(
                        "De uitgenodigde krijgt een link om zelf een wachtwoord in te stellen. De link is 72 uur geldig en werkt één keer.",
                        "The invitee gets a link to set a password. The link is valid for 72 hours and works once."), H.cls("lead")))
        }
        content.append(Forms.errorSummary(errors, lang: lang))
        content.append(
            Forms.post(
                user.map { SiteURL.user($0.id.uuidString).path } ?? SiteURL.users.path, csrf: shell.csrf,
                fields + [Forms.submit(user == nil ? lang.t("Uitnodiging maken", "Create invitation") : lang.t("Opslaan", "Save"))]))
        if let user {
            let id = user.id.uuidString
            content.append(H.h2(lang.t("Toegang", "Access")))
            content.append(
                H.el(
                    "div", H.cls("actions"),
                    user.isDisabled
                        ? Forms.post(
                            SiteURL.userEnable(id).path, csrf: shell.csrf,
                            [Forms.submit(lang.t("Weer inschakelen", "Enable again"), cls: "button button-secondary")], cls: "inline")
                        : user.id == shell.user?.id
                            ? .empty  // one's own account cannot be disabled
                            : H.a(
                                SiteURL.userDisable(id).path, lang.t("Account uitschakelen…", "Disable account…"),
                                H.cls("button button-danger")),
                    user.isDisabled
                        ? .empty
                        : Forms.post(
                            SiteURL.userInvite(id).path, csrf: shell.csrf,
                            [
                                Forms.submit(
                                    lang.t("Nieuwe wachtwoordlink maken", "Create a new password link"), cls: "button button-secondary")
                            ], cls: "inline")))
            content.append(H.h2(lang.t("Geschiedenis", "History")))
            content.append(
                AuditIndexView.table(
                    history, lang: lang, caption: lang.t("Laatste wijzigingen aan dit account", "Latest changes to this account")))
            content.append(
                H.p(
                    "",
                    H.el(
                        "a", H.attr("href", SiteURL.audit.with([("soort", "user"), ("id", id)])),
                        H.text(lang.t("Alle wijzigingen van dit account", "All changes to this account")))))
        }
        return Layout.page(shell, title: title, status: status, content)
    }
}
