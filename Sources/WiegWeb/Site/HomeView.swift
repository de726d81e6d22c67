import Vapor
import WiegCore

enum HomeView {
    static func render(_ shell: PageShell, tasks: [HomeController.Task], checks: [HomeController.Check] = []) -> Response {
        let lang = shell.lang
        let greeting = shell.user.map { lang.t("Welkom, \($0.name)", "Welcome, \($0.name)") } ?? "Wieg"
        return Layout.page(
            shell, title: lang.t("Start", "Home"),
            [
                H.h1(greeting),
                H.p(
                    lang.t(
                        "Het maakt niet uit waar de wieg staat: elk kind verdient een kansrijke start. Wieg is de plek waar gemeenten, verloskundigen, kraamzorg, JGZ en sociale teams hun netwerk, hun coalitie en hun cijfers bijhouden.",
                        "It should not matter where the cradle stands: every child deserves a promising start. Wieg is where municipalities, midwives, maternity care, youth health care and social teams keep their network, their coalition and their figures."
                    ), H.cls("lead")),
                checks.isEmpty
                    ? .empty
                    : H.el(
                        "section", H.cls("notice notice-warn"), H.attr("aria-labelledby", "controleren"),
                        H.h2(lang.t("Controleer uw gegevens", "Please check your details"), id: "controleren"),
                        H.p(
                            lang.t(
                                "\(checks.filter { $0.freshness == .verouderd }.count) verouderd (meer dan 12 maanden niet gecontroleerd), \(checks.filter { $0.freshness == .controleren }.count) te controleren (meer dan 6 maanden).",
                                "\(checks.filter { $0.freshness == .verouderd }.count) stale (not checked for over 12 months), \(checks.filter { $0.freshness == .controleren }.count) to check (over 6 months)."
                            )),
                        H.el(
                            "ul",
                            checks.prefix(10).map { check in
                                H.el(
                                    "li", H.a(check.path, check.name),
                                    H.text(" — " + lang.t(check.freshness.dutchName, check.freshness.englishName)))
                            })),
                H.h2(lang.t("Wat wilt u doen?", "What would you like to do?")),
                H.el(
                    "ul",
                    [H.cls("cards")]
                        + tasks.map { task in
                            H.el("li", H.cls("card"), H.el("h3", H.a(task.path, task.title)), H.p(task.text))
                        })
            ])
    }
}
