import Vapor
import WiegCore

/// The home page says, per role, what to do next.
enum HomeController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .home, access: .everyone, use: home)
    }

    struct Task { var title: String; var text: String; var path: String }

    @Sendable static func home(req: Request) async throws -> Response {
        let lang = req.lang
        let role = req.principal?.role
        return HomeView.render(req.shell, tasks: tasks(for: role, lang: lang))
    }

    static func tasks(for role: Role?, lang: Lang) -> [Task] {
        let areas = Task(title: lang.t("Gebieden bekijken", "Browse areas"),
                         text: lang.t("Gemeenten, wijken, postcodegebieden en regio's met hun codes.", "Municipalities, neighbourhoods, postcode areas and regions with their codes."),
                         path: SiteURL.areas.path)
        let users = Task(title: lang.t("Gebruikers beheren", "Manage users"),
                         text: lang.t("Nodig collega's en partners uit, pas rollen aan of schakel accounts uit.", "Invite colleagues and partners, change roles or disable accounts."),
                         path: SiteURL.users.path)
        let audit = Task(title: lang.t("Wijzigingen nakijken", "Review changes"),
                         text: lang.t("Wie wijzigde wat, en wanneer.", "Who changed what, and when."), path: SiteURL.audit.path)
        let account = Task(title: lang.t("Mijn account en sessies", "My account and sessions"),
                           text: lang.t("Zie waar u bent ingelogd en beëindig andere sessies.", "See where you are signed in and end other sessions."),
                           path: SiteURL.account.path)
        switch role {
        case nil:
            return [areas, Task(title: lang.t("Inloggen", "Sign in"),
                                text: lang.t("Voor projectleiders, regioteams, partners en professionals.", "For project leaders, regional teams, partners and professionals."),
                                path: SiteURL.login.path)]
        case .beheerder:
            return [users, Task(title: lang.t("Gebieden importeren", "Import areas"),
                                text: lang.t("Laad provincies, gemeenten, wijken, PC4-gebieden en regio's uit een CSV-bestand.", "Load provinces, municipalities, neighbourhoods, PC4 areas and regions from a CSV file."),
                                path: SiteURL.geographyImport.path), audit, account]
        case .regio, .coordinator:
            return [users, audit, areas, account]
        case .partner, .professional:
            return [areas, account]
        }
    }
}

enum HomeView {
    static func render(_ shell: PageShell, tasks: [HomeController.Task]) -> Response {
        let lang = shell.lang
        let greeting = shell.user.map { lang.t("Welkom, \($0.name)", "Welcome, \($0.name)") } ?? "Wieg"
        return Layout.page(shell, title: lang.t("Start", "Home"), [
            H.h1(greeting),
            H.p(lang.t("Het maakt niet uit waar de wieg staat: elk kind verdient een kansrijke start. Wieg is de plek waar gemeenten, verloskundigen, kraamzorg, JGZ en sociale teams hun netwerk, hun coalitie en hun cijfers bijhouden.",
                       "It should not matter where the cradle stands: every child deserves a promising start. Wieg is where municipalities, midwives, maternity care, youth health care and social teams keep their network, their coalition and their figures."), H.cls("lead")),
            H.h2(lang.t("Wat wilt u doen?", "What would you like to do?")),
            H.el("ul", [H.cls("cards")] + tasks.map { task in
                H.el("li", H.cls("card"), H.el("h3", H.a(task.path, task.title)), H.p(task.text))
            }),
        ])
    }
}
