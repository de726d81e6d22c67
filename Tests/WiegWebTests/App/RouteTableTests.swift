import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegDemo
@testable import WiegWeb

/// Every route with the access it declares, and the status each role gets. A new
/// route must be added here, or `everyRouteIsListed` fails; a route that answers a
/// role differently from this table fails `matrix`.
@Suite("Route table and authorization matrix")
struct RouteTableTests {
    /// Columns of `expected`: anonymous, beheerder, regio, coordinator, partner, professional.
    struct Entry: Sendable {
        var method: HTTPMethod
        var path: String
        var access: String
        var expected: [UInt]
    }

    static let roles: [Role?] = [nil, .beheerder, .regio, .coordinator, .partner, .professional]
    static let accounts: [Role: String] = [
        .beheerder: "beheerder@wieg.demo", .regio: "regio.nml@wieg.demo", .coordinator: "coordinator.meppel@wieg.demo",
        .partner: "partner.meppel@wieg.demo", .professional: "professional@wieg.demo"
    ]

    static let managers = "beheerder+regio+coordinator"
    // `:id` is the partner account of Meppel: the coordinator of Meppel and the beheerder
    // manage it; the NML regional team does not (404: outside its scope).
    static let table: [Entry] = [
        Entry(method: .GET, path: "/", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/-/health", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/-/version", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/static/wieg.css", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/taal/:lang", access: "public", expected: [303, 303, 303, 303, 303, 303]),
        Entry(method: .GET, path: "/toegankelijkheid", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/privacy", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/inloggen", access: "public", expected: [200, 303, 303, 303, 303, 303]),
        Entry(method: .POST, path: "/inloggen", access: "public", expected: [401, 401, 401, 401, 401, 401]),
        Entry(method: .GET, path: "/wachtwoord-instellen/:token", access: "public", expected: [404, 404, 404, 404, 404, 404]),
        Entry(method: .POST, path: "/wachtwoord-instellen/:token", access: "public", expected: [404, 404, 404, 404, 404, 404]),
        Entry(method: .GET, path: "/gebieden", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/gebieden/:code", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/openapi.json", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/gebieden", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/gebieden/:code/profiel", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/gebieden/:code/profiel", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/indicatoren", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/indicatoren", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/indicatoren/:code", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/gebieden/:code", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/account", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/account/sessies/:id/beeindigen", access: "signed-in", expected: [303, 404, 404, 404, 404, 404]),
        Entry(method: .POST, path: "/account/sessies/andere-beeindigen", access: "signed-in", expected: [303, 303, 303, 303, 303, 303]),
        Entry(method: .GET, path: "/account/tokens", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/account/tokens", access: "signed-in", expected: [303, 422, 422, 422, 422, 422]),
        Entry(method: .GET, path: "/account/tokens/:id/intrekken", access: "signed-in", expected: [303, 404, 404, 404, 404, 404]),
        Entry(method: .POST, path: "/account/tokens/:id/intrekken", access: "signed-in", expected: [303, 404, 404, 404, 404, 404]),
        Entry(method: .GET, path: "/beheer/gebruikers", access: managers, expected: [303, 200, 200, 200, 403, 403]),
        Entry(method: .GET, path: "/api/v1/gebruikers", access: managers, expected: [401, 200, 200, 200, 403, 403]),
        Entry(method: .GET, path: "/beheer/gebruikers/nieuw", access: managers, expected: [303, 200, 200, 200, 403, 403]),
        Entry(method: .POST, path: "/beheer/gebruikers", access: managers, expected: [303, 422, 422, 422, 403, 403]),
        Entry(method: .GET, path: "/beheer/gebruikers/:id", access: managers, expected: [303, 200, 404, 200, 403, 403]),
        Entry(method: .POST, path: "/beheer/gebruikers/:id", access: managers, expected: [303, 422, 404, 422, 403, 403]),
        Entry(method: .GET, path: "/beheer/gebruikers/:id/uitschakelen", access: managers, expected: [303, 200, 404, 200, 403, 403]),
        Entry(method: .POST, path: "/beheer/gebruikers/:id/uitschakelen", access: managers, expected: [303, 303, 404, 303, 403, 403]),
        Entry(method: .POST, path: "/beheer/gebruikers/:id/inschakelen", access: managers, expected: [303, 303, 404, 303, 403, 403]),
        Entry(method: .POST, path: "/beheer/gebruikers/:id/uitnodiging", access: managers, expected: [303, 200, 404, 200, 403, 403]),
        Entry(method: .GET, path: "/beheer/wijzigingen", access: managers, expected: [303, 200, 200, 200, 403, 403]),
        Entry(method: .GET, path: "/api/v1/wijzigingen", access: managers, expected: [401, 200, 200, 200, 403, 403]),
        Entry(method: .GET, path: "/beheer/indicatoren/import", access: managers, expected: [303, 200, 200, 200, 403, 403]),
        Entry(method: .POST, path: "/beheer/indicatoren/import", access: managers, expected: [303, 422, 422, 422, 403, 403]),
        Entry(method: .GET, path: "/beheer/gebieden/import", access: "beheerder", expected: [303, 200, 403, 403, 403, 403]),
        Entry(method: .POST, path: "/beheer/gebieden/import", access: "beheerder", expected: [303, 422, 403, 403, 403, 403]),
        Entry(method: .POST, path: "/uitloggen", access: "signed-in", expected: [303, 303, 303, 303, 303, 303]),
        // Netwerk: `:id` is GGD Drenthe (the Meppel partner's organisation), one of its
        // services, or a Meppel zorgpad. The NML regio team may not edit in Drenthe.
        Entry(method: .GET, path: "/organisaties", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/organisaties", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/organisaties/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/organisaties/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/organisaties/:id/gecontroleerd", access: "signed-in", expected: [303, 303, 403, 303, 303, 403]),
        Entry(method: .GET, path: "/organisaties/nieuw", access: managers, expected: [303, 200, 200, 200, 403, 403]),
        Entry(method: .POST, path: "/organisaties/nieuw", access: managers, expected: [303, 422, 422, 422, 403, 403]),
        Entry(method: .GET, path: "/organisaties/:id/bewerken", access: "signed-in", expected: [303, 200, 403, 200, 200, 403]),
        Entry(method: .POST, path: "/organisaties/:id/bewerken", access: "signed-in", expected: [303, 422, 403, 422, 422, 403]),
        Entry(method: .GET, path: "/organisaties/:id/aanbod/nieuw", access: "signed-in", expected: [303, 200, 403, 200, 200, 403]),
        Entry(method: .POST, path: "/organisaties/:id/aanbod/nieuw", access: "signed-in", expected: [303, 422, 403, 422, 422, 403]),
        Entry(method: .GET, path: "/aanbod", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/aanbod/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/aanbod/:id/bewerken", access: "signed-in", expected: [303, 200, 403, 200, 200, 403]),
        Entry(method: .POST, path: "/aanbod/:id/bewerken", access: "signed-in", expected: [303, 422, 403, 422, 422, 403]),
        Entry(method: .GET, path: "/aanbod/:id/verwijderen", access: "signed-in", expected: [303, 200, 403, 200, 200, 403]),
        Entry(method: .GET, path: "/hulp", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/hulp/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/hulp/insluiten", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/hulp/insluiten/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/hulpkaart/nieuw", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/hulpkaart/nieuw", access: "signed-in", expected: [303, 422, 422, 422, 422, 422]),
        Entry(method: .GET, path: "/hulpkaart/bevestigen", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/hulpkaart/bevestigen", access: "signed-in", expected: [303, 422, 422, 422, 422, 422]),
        Entry(method: .GET, path: "/hulpkaart/:code", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/aanbod/:id/melden", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/aanbod/:id/melden", access: "public", expected: [422, 422, 422, 422, 422, 422]),
        Entry(method: .GET, path: "/organisaties/:id/melden", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/organisaties/:id/melden", access: "public", expected: [422, 422, 422, 422, 422, 422]),
        Entry(method: .GET, path: "/meldingen", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/controle/:token", access: "public", expected: [404, 404, 404, 404, 404, 404]),
        Entry(method: .GET, path: "/netwerk/kaart", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/controle/:token", access: "public", expected: [404, 404, 404, 404, 404, 404]),
        Entry(method: .POST, path: "/meldingen/:id", access: "signed-in", expected: [303, 404, 404, 404, 404, 404]),
        Entry(method: .GET, path: "/api/v1/aanbod", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hulp", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/aanbod/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/behoeften", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/zorgpaden", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/zorgpaden", access: "signed-in", expected: [401, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/zorgpaden/:id", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/zorgpaden/:id", access: "signed-in", expected: [401, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/gespreksleidraad", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/gespreksleidraad", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/beheer/netwerk/import", access: managers, expected: [303, 200, 200, 200, 403, 403]),
        Entry(method: .POST, path: "/beheer/netwerk/import", access: managers, expected: [303, 422, 422, 422, 403, 403]),
        Entry(method: .GET, path: "/export/organisaties.csv", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/export/aanbod.csv", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hsds", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hsds/services", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hsds/services/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hsds/organizations", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hsds/organizations/:id", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hsds/taxonomies", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/hsds/taxonomy_terms", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/beheer/behoeften", access: "beheerder", expected: [303, 200, 403, 403, 403, 403]),
        Entry(method: .GET, path: "/beheer/behoeften/nieuw", access: "beheerder", expected: [303, 200, 403, 403, 403, 403]),
        Entry(method: .POST, path: "/beheer/behoeften/nieuw", access: "beheerder", expected: [303, 422, 403, 403, 403, 403]),
        Entry(method: .GET, path: "/beheer/behoeften/:code", access: "beheerder", expected: [303, 200, 403, 403, 403, 403]),
        Entry(method: .POST, path: "/beheer/behoeften/:code", access: "beheerder", expected: [303, 422, 403, 403, 403, 403]),
        Entry(method: .GET, path: "/beheer/insluiten", access: "beheerder", expected: [303, 200, 403, 403, 403, 403]),
        Entry(method: .POST, path: "/beheer/insluiten", access: "beheerder", expected: [303, 303, 403, 403, 403, 403]),
        Entry(method: .GET, path: "/zorgpaden/nieuw", access: managers, expected: [303, 200, 200, 200, 403, 403]),
        Entry(method: .POST, path: "/zorgpaden/nieuw", access: managers, expected: [303, 422, 422, 422, 403, 403]),
        Entry(method: .GET, path: "/zorgpaden/:id/bewerken", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/zorgpaden/:id/bewerken", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/zorgpaden/:id/verwijderen", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .GET, path: "/indicatoren/:code/trechter", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/indicatoren/:code/trechter/csv", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/indicatoren/:code/gebieden", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/indicatoren/:code/gebieden/csv", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/indicatoren/:code/kaart", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/indicatoren/:code/trend", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/indicatoren/:code/trend/csv", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/indicatoren/:code/waarden", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/regios/:code/monitoring", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/regios/:code/monitoring", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        // Reach of Meppel's partner's service: edited by whoever may edit the service.
        Entry(method: .GET, path: "/aanbod/:id/bereik", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/aanbod/:id/bereik", access: "signed-in", expected: [303, 422, 403, 422, 422, 403]),
        Entry(method: .GET, path: "/api/v1/aanbod/:id/bereik", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        // Stories: `:id` is no story, so writers get 404.
        Entry(method: .GET, path: "/verhalen", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(
            method: .GET, path: "/verhalen/nieuw", access: "beheerder+regio+coordinator+partner", expected: [303, 200, 200, 200, 200, 403]),
        Entry(
            method: .POST, path: "/verhalen/nieuw", access: "beheerder+regio+coordinator+partner", expected: [303, 422, 422, 422, 422, 403]),
        Entry(
            method: .GET, path: "/verhalen/:id/verwijderen", access: "beheerder+regio+coordinator+partner",
            expected: [303, 404, 404, 404, 404, 403]),
        Entry(
            method: .POST, path: "/verhalen/:id/verwijderen", access: "beheerder+regio+coordinator+partner",
            expected: [303, 404, 404, 404, 404, 403]),
        // Coalitie: Meppel's coalition and one of its activities. The NML regio team does not
        // oversee Meppel (Drenthe); Meppel's partner and the professional are members.
        Entry(method: .GET, path: "/coalities", access: "signed-in", expected: [303, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/coalities/:slug", access: "signed-in", expected: [303, 200, 403, 200, 200, 200]),
        Entry(method: .GET, path: "/regios/:code/coalities", access: "beheerder+regio", expected: [303, 200, 200, 403, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/documenten/:document", access: "signed-in", expected: [303, 200, 403, 200, 200, 200]),
        Entry(
            method: .GET, path: "/coalities/:slug/documenten/:document/markdown", access: "signed-in",
            expected: [303, 200, 403, 200, 200, 200]),
        Entry(
            method: .GET, path: "/coalities/:slug/export/activiteiten.csv", access: "signed-in", expected: [303, 200, 403, 200, 200, 200]),
        Entry(method: .GET, path: "/coalities/:slug/export/begroting.csv", access: "signed-in", expected: [303, 404, 403, 404, 404, 404]),
        Entry(method: .GET, path: "/coalities/:slug/jaar-afsluiten", access: "signed-in", expected: [303, 200, 403, 200, 200, 200]),
        Entry(method: .POST, path: "/coalities/:slug/jaar-afsluiten", access: managers, expected: [303, 400, 403, 400, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/activiteiten/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/activiteiten/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/activiteiten/:id/bewerken", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/activiteiten/:id/bewerken", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(
            method: .GET, path: "/coalities/:slug/activiteiten/:id/verwijderen", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .GET, path: "/api/v1/coalities", access: "signed-in", expected: [401, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/coalities/:id", access: "signed-in", expected: [401, 200, 403, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/coalities/:id/minimale-eisen", access: "signed-in", expected: [401, 200, 403, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/coalities/:id/activiteiten", access: "signed-in", expected: [401, 200, 403, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/coalities/:id/begroting", access: "signed-in", expected: [401, 404, 403, 404, 404, 404]),
        // The plan, goals (`:id` is no goal), the 10 points of 2024, partners (`:id` is no member organisation) and the budget of 2024.
        Entry(method: .GET, path: "/coalities/:slug/plan/bewerken", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/gegevens", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/gegevens", access: managers, expected: [303, 303, 403, 303, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/plan/bewerken", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/doelen/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/doelen/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/doelen/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/doelen/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/doelen/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/doelen/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/punten/:year/:point", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/punten/:year/:point", access: managers, expected: [303, 303, 403, 303, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/partners/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/partners/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/partners/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/partners/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/partners/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/partners/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        // The budget's out-of-pocket costs (`kosten`) of 2024: Meppel has none, so row 1 does not exist.
        Entry(
            method: .GET, path: "/coalities/:slug/begroting/:year/:part/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/begroting/:year/:part/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(
            method: .GET, path: "/coalities/:slug/begroting/:year/:part/:n/bewerken", access: managers,
            expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/begroting/:year/:part/:n/bewerken", access: managers,
            expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .GET, path: "/coalities/:slug/begroting/:year/:part/:n/verwijderen", access: managers,
            expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/begroting/:year/:part/:n/verwijderen", access: managers,
            expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/voortgang", access: "signed-in", expected: [303, 200, 403, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/coalities/:id/voortgang", access: "signed-in", expected: [401, 200, 403, 200, 200, 200]),
        // Leren van elkaar: an empty copy form names nothing published (400); publishing Meppel.
        Entry(method: .GET, path: "/leren-van-elkaar", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .GET, path: "/api/v1/gedeelde-onderdelen", access: "public", expected: [200, 200, 200, 200, 200, 200]),
        Entry(method: .POST, path: "/leren-van-elkaar/overnemen", access: managers, expected: [303, 400, 400, 400, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/publiceren", access: managers, expected: [303, 303, 403, 303, 403, 403]),
        // Risks, workgroups, governance bodies and agreements of Meppel: `:id` is none of them.
        Entry(method: .GET, path: "/coalities/:slug/risicos/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/risicos/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/risicos/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/risicos/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/risicos/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/risicos/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/werkgroepen/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/werkgroepen/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/werkgroepen/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/werkgroepen/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .GET, path: "/coalities/:slug/werkgroepen/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/werkgroepen/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/overleggen/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/overleggen/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/overleggen/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/overleggen/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .GET, path: "/coalities/:slug/overleggen/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/overleggen/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/afspraken/nieuw", access: managers, expected: [303, 200, 403, 200, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/afspraken/nieuw", access: managers, expected: [303, 422, 403, 422, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/afspraken/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .POST, path: "/coalities/:slug/afspraken/:id/bewerken", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(method: .GET, path: "/coalities/:slug/afspraken/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/afspraken/:id/verwijderen", access: managers, expected: [303, 404, 403, 404, 403, 403]),
        // Last two: they delete the zorgpad and the service the rows above use.
        Entry(method: .POST, path: "/zorgpaden/:id/verwijderen", access: managers, expected: [303, 303, 403, 303, 403, 403]),
        Entry(method: .POST, path: "/aanbod/:id/verwijderen", access: "signed-in", expected: [303, 303, 403, 303, 303, 403]),
        Entry(
            method: .POST, path: "/coalities/:slug/activiteiten/:id/verwijderen", access: managers, expected: [303, 303, 403, 303, 403, 403]
        )
    ]

    @Test("every route is in the table, with the access it declares")
    func everyRouteIsListed() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let routed = Set(
                app.routes.all.map { route in
                    "\(route.method.rawValue) /\(route.path.map(\.description).joined(separator: "/")) \(route.access?.description ?? "UNDECLARED")"
                })
            let listed = Set(Self.table.map { "\($0.method.rawValue) \($0.path) \($0.access)" })
            #expect(routed.subtracting(listed).sorted() == [], "routes missing from the table (or with another access)")
            #expect(listed.subtracting(routed).sorted() == [], "table entries that are not routed")
        }
    }

    @Test("every role × every route gives the expected status", arguments: TestDatabase.allCases)
    func matrix(_ kind: TestDatabase) async throws {
        var mismatches: [String] = []
        // A fresh Wieg per role, as the manager rows change the partner account. Every
        // role posts a failing sign-in from the same test address: lift the throttle.
        for (column, role) in Self.roles.enumerated() {
            try await withWiegApp(kind, configure: { $0.loginThrottle = LoginThrottle(maxFailures: 1000, maxAddressFailures: 1000) }) {
                app, _ in
                let partner = try await app.user("partner.meppel@wieg.demo")
                let partnerID = partner.id.uuidString
                let organisationID = try #require(partner.organisationID)
                let serviceID = try #require(
                    try await ServiceRow.query(on: app.db).filter(\.$organisation.$id == organisationID).first()?.id)
                let zorgpadID = try #require(try await ZorgpadRow.query(on: app.db).filter(\.$areaCode == "GM0119").first()?.id)
                let meppel = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "meppel").first())
                let activityID = try #require(try await ActivityRow.query(on: app.db).filter(\.$coalitionID == meppel.id!).first()?.id)
                try await ReferralRow(code: "K7PQX2MD", serviceID: serviceID, municipalityCode: "GM0119", madeOn: "2026-12-01").create(
                    on: app.db)
                for entry in Self.table {
                    let browser = Browser(app)
                    if let role { try await browser.login(Self.accounts[role]!) }
                    let replacements: [(String, String)] = [
                        ("coalities/:slug/activiteiten/:id", "coalities/meppel/activiteiten/\(activityID.uuidString)"),
                        ("coalities/:slug", "coalities/meppel"),
                        ("documenten/:document", "documenten/jaarplan"),
                        ("api/v1/coalities/:id", "api/v1/coalities/\(meppel.id!.uuidString)"),
                        ("regios/:code", "regios/nml"),
                        ("punten/:year/:point", "punten/2024/3"),
                        ("begroting/:year/:part/:n", "begroting/2024/kosten/1"),
                        ("begroting/:year/:part", "begroting/2024/kosten"),
                        ("indicatoren/:code", "indicatoren/BIG2"),
                        (":lang", "en"),
                        (":token", "onbekend-token"),
                        ("behoeften/:code", "behoeften/schulden"),
                        ("hulpkaart/:code", "hulpkaart/K7PQX2MD"),
                        (":code", "GM0119"),
                        ("sessies/:id", "sessies/\(UUID().uuidString)"),
                        ("tokens/:id", "tokens/\(UUID().uuidString)"),
                        ("organisaties/:id", "organisaties/\(organisationID.uuidString)"),
                        ("organizations/:id", "organizations/\(organisationID.uuidString)"),
                        ("aanbod/:id", "aanbod/\(serviceID.uuidString)"),
                        ("services/:id", "services/\(serviceID.uuidString)"),
                        ("hulp/:id", "hulp/\(serviceID.uuidString)"),
                        ("insluiten/:id", "insluiten/\(serviceID.uuidString)"),
                        ("zorgpaden/:id", "zorgpaden/\(zorgpadID.uuidString)"),
                        (":id", partnerID)
                    ]
                    var path = entry.path
                    for (pattern, value) in replacements { path = path.replacingOccurrences(of: pattern, with: value) }
                    let response = entry.method == .GET ? try await browser.get(path) : try await browser.post(path)
                    if response.status.code != entry.expected[column] {
                        mismatches.append(
                            "\(entry.method.rawValue) \(entry.path) as \(role?.rawValue ?? "anonymous"): \(response.status.code), expected \(entry.expected[column])"
                        )
                    }
                }
            }
        }
        #expect(mismatches == [])
    }
    @Test(
        "the escalation scenario: a partner of Venlo planted with a Meppel organisation gets nothing of Meppel's coalition or organisation",
        arguments: TestDatabase.allCases)
    func escalatedPartner(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let venlo = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "venlo").first())
            let meppel = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == "meppel").first())
            let icare = try #require(
                try await FluentNetworkStore(db: app.db).organisations().first { $0.name == "Icare Jeugdgezondheidszorg" })
            // As the hole let a Venlo coordinator create it (the form now refuses this).
            let planted = UserRow(
                email: "indringer@example.nl", name: "Indringer", role: .partner, regionCode: nil,
                coalitionID: venlo.id, organisationID: icare.id)
            planted.passwordHash = try app.password.hash(DemoData.password)
            try await planted.create(on: app.db)
            let activityID = try #require(try await ActivityRow.query(on: app.db).filter(\.$coalitionID == meppel.id!).first()?.id)
            let browser = Browser(app)
            try await browser.login("indringer@example.nl")
            var mismatches: [String] = []
            for entry in Self.table where entry.path.contains("coalities/:slug") || entry.path.hasPrefix("/api/v1/coalities/:id") {
                var path = entry.path
                for (pattern, value) in [
                    ("coalities/:slug/activiteiten/:id", "coalities/meppel/activiteiten/\(activityID.uuidString)"),
                    ("coalities/:slug", "coalities/meppel"), ("api/v1/coalities/:id", "api/v1/coalities/\(meppel.id!.uuidString)"),
                    ("documenten/:document", "documenten/jaarplan"), ("punten/:year/:point", "punten/2024/3"),
                    ("begroting/:year/:part/:n", "begroting/2024/kosten/1"), ("begroting/:year/:part", "begroting/2024/kosten"),
                    (":id", UUID().uuidString)
                ] {
                    path = path.replacingOccurrences(of: pattern, with: value)
                }
                let response = entry.method == .GET ? try await browser.get(path) : try await browser.post(path)
                if ![403, 404].contains(response.status.code) {
                    mismatches.append("\(entry.method.rawValue) \(path): \(response.status.code)")
                }
            }
            for path in ["/organisaties/\(icare.id.uuidString)/bewerken", "/coalities/venlo"] {
                let status = try await browser.get(path).status.code
                if status != 403 { mismatches.append("GET \(path): \(status)") }
            }
            #expect(mismatches == [])
        }
    }

    @Test("a route registered without declared access is refused (deny by default)")
    func undeclaredIsDenied() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            app.get("onbewaakt") { _ in "geheim" }
            let response = try await Browser(app).get("/onbewaakt")
            #expect(response.status == .forbidden)
            #expect(!response.body.string.contains("geheim"))
        }
    }
}
