import Vapor

/// "Are you sure?" before a destructive action. Works without JavaScript: the action
/// is a POST from this page; cancelling is a link back.
enum ConfirmView {
    static func render(_ shell: PageShell, title: String, message: String, action: String, confirm: String, cancel: String) -> Response {
        Layout.page(
            shell, title: title,
            [
                H.h1(title),
                H.p(message, H.cls("lead")),
                H.el(
                    "div", H.cls("actions"),
                    Forms.post(action, csrf: shell.csrf, [Forms.submit(confirm, cls: "button button-danger")], cls: "inline"),
                    H.a(cancel, shell.lang.t("Nee, terug", "No, go back")))
            ])
    }
}
