import Vapor
import WiegCore

/// The home page says, per role, what to do next.
enum HomeController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .home, access: .everyone, use: home)
    }

    struct Task {
        var title: String
        var text: String
        var path: String
    }

    @Sendable static func home(req: Request) async throws -> Response {
        let lang = req.lang
        let role = req.principal?.role
        return HomeView.render(req.shell, tasks: tasks(for: role, lang: lang), checks: try await checks(req))
    }

    /// "Controleer uw gegevens": the entries of the map this account looks after that were
    /// not checked for six months (to check) or twelve (stale).
    struct Check {
        var name: String
        var path: String
        var freshness: Freshness
    }

    static func checks(_ req: Request) async throws -> [Check] {
        guard let principal = req.principal, principal.role != .professional else { return [] }
        let network = try await req.network()
        let scope = try await req.scopeAreas()
        var checks: [Check] = []
        for org in network.organisationList
        where NetworkPolicy.canEdit(org, by: principal, scope: scope)
            && (principal.role != .beheerder || principal.organisationID == org.id)
        {
            let f = Freshness.of(lastVerified: org.lastVerified, now: req.now)
            if f != .actueel { checks.append(Check(name: org.name, path: SiteURL.organisation(org.id.uuidString).path, freshness: f)) }
            for service in network.servicesByOrganisation[org.id] ?? [] {
                let f = Freshness.of(lastVerified: service.lastVerified, now: req.now)
                if f != .actueel {
                    checks.append(
                        Check(name: "\(service.name) (\(org.name))", path: SiteURL.serviceEdit(service.id.uuidString).path, freshness: f))
                }
            }
        }
        return checks.sorted { ($0.freshness == .verouderd ? 0 : 1, $0.name) < ($1.freshness == .verouderd ? 0 : 1, $1.name) }
    }

    static func tasks(for role: Role?, lang: Lang) -> [Task] {
        let help = Task(
            title: lang.t("Hulp zoeken", "Find help"),
            text: lang.t(
                "Voor (aanstaande) ouders: hulp bij u in de buurt, in gewone woorden.",
                "For (expectant) parents: help near you, in plain words."),
            path: SiteURL.help.path)
        let search = Task(
            title: lang.t("Aanbod en zorgpaden", "Services and care paths"),
            text: lang.t(
                "Kies een gemeente en een behoefte: eerst het zorgpad, dan het aanbod met contactgegevens.",
                "Choose a municipality and a need: the care path first, then services with contact details."),
            path: SiteURL.services.path)
        let areas = Task(
            title: lang.t("Gebieden bekijken", "Browse areas"),
            text: lang.t(
                "Gemeenten, wijken, postcodegebieden en regio's met hun codes.",
                "Municipalities, neighbourhoods, postcode areas and regions with their codes."),
            path: SiteURL.areas.path)
        let users = Task(
            title: lang.t("Gebruikers beheren", "Manage users"),
            text: lang.t(
                "Nodig collega's en partners uit, pas rollen aan of schakel accounts uit.",
                "Invite colleagues and partners, change roles or disable accounts."),
            path: SiteURL.users.path)
        let audit = Task(
            title: lang.t("Wijzigingen nakijken", "Review changes"),
            text: lang.t("Wie wijzigde wat, en wanneer.", "Who changed what, and when."), path: SiteURL.audit.path)
        let account = Task(
            title: lang.t("Mijn account en sessies", "My account and sessions"),
            text: lang.t("Zie waar u bent ingelogd en beëindig andere sessies.", "See where you are signed in and end other sessions."),
            path: SiteURL.account.path)
        switch role {
        case nil:
            return [
                help, areas,
                Task(
                    title: lang.t("Inloggen", "Sign in"),
                    text: lang.t(
                        "Voor projectleiders, regioteams, partners en professionals.",
                        "For project leaders, regional teams, partners and professionals."),
                    path: SiteURL.login.path)
            ]
        case .beheerder:
            return [
                users,
                Task(
                    title: lang.t("Gebieden importeren", "Import areas"),
                    text: lang.t(
                        "Laad provincies, gemeenten, wijken, PC4-gebieden en regio's uit een CSV-bestand.",
                        "Load provinces, municipalities, neighbourhoods, PC4 areas and regions from a CSV file."),
                    path: SiteURL.geographyImport.path), audit, account
            ]
        case .regio, .coordinator:
            return [search, users, audit, areas, account]
        case .partner, .professional:
            return [search, areas, account]
        }
    }
}
