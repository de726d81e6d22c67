import Foundation
import Vapor

/// Every path in Wieg, built in one place. A case with a parameter gives the route
/// pattern when given the parameter's `:name` (e.g. `.user(":id")`) and a link when
/// given a value (e.g. `.user(id.uuidString)`).
enum SiteURL: Equatable {
    case home
    case login, logout
    case setPassword(String)
    case account
    case endSession(String)
    case endOtherSessions, tokens
    case tokenRevoke(String)
    case users, userNew
    case user(String)
    case userDisable(String)
    case userEnable(String)
    case userInvite(String)
    case audit
    case areas
    case area(String)
    case areaProfile(String)
    case geographyImport
    case indicators, indicatorImport
    case funnel(String)
    case funnelCSV(String)
    case smallAreas(String)
    case smallAreasCSV(String)
    case map(String)
    case trend(String)
    case trendCSV(String)
    case reach(String)
    case apiReach(String)
    case apiIndicatorValues(String)
    case regionMonitoring(String)
    case apiRegionMonitoring(String)
    case stories, storyNew
    case storyDelete(String)
    case language(String)
    case accessibility
    case privacy
    case health, version, stylesheet
    case apiOpenAPI, apiAreas
    case apiArea(String)
    case apiAreaProfile(String)
    case apiUsers, apiAudit
    case apiIndicators
    case apiIndicator(String)
    // Netwerk
    case organisations, organisationNew
    case organisation(String)
    case organisationEdit(String)
    case organisationVerified(String)
    case serviceNew(String)
    case services
    case service(String)
    case serviceEdit(String)
    case serviceDelete(String)
    case zorgpaden
    case zorgpad(String)
    case zorgpadNew
    case zorgpadEdit(String)
    case zorgpadDelete(String)
    case help
    case apiHelp
    case helpService(String)
    case helpEmbed
    case referralNew, referralConfirm
    case serviceReport(String)
    case organisationReport(String)
    case reports
    case report(String)
    case freshnessCheck(String)
    case networkMap
    case referral(String)
    case helpEmbedService(String)
    case embedSettings
    case signallingAid
    case networkImport, exportOrganisations, exportServices, needTerms, needTermNew
    case needTerm(String)
    case apiOrganisations
    case apiOrganisation(String)
    case apiServices
    case apiService(String)
    case apiZorgpaden
    case apiZorgpad(String)
    case apiNeeds
    case apiHSDS, apiHSDSServices
    case apiHSDSService(String)
    case apiHSDSOrganizations
    case apiHSDSOrganization(String)
    case apiHSDSTaxonomies, apiHSDSTaxonomyTerms
    // Coalitie
    case coalitions
    case coalition(String)
    case activityNew(String)
    case activityEdit(String, String)
    case activityDelete(String, String)
    case closeYear(String)
    case coalitionDocument(String, String)
    case coalitionMarkdown(String, String)
    case exportActivities(String)
    case exportBudget(String)
    case regionCoalitions(String)
    case learning, learningCopy, apiLearning
    case coalitionPublish(String)
    case coalitionProgress(String)
    case apiCoalitionProgress(String)
    case planEdit(String)
    case coalitionDetails(String)
    case goalNew(String)
    case goalEdit(String, String)
    case goalDelete(String, String)
    case pointEdit(String, String, String)
    case memberNew(String)
    case memberEdit(String, String)
    case memberDelete(String, String)
    case budgetRowNew(String, String, String)
    case budgetRowEdit(String, String, String, String)
    case budgetRowDelete(String, String, String, String)
    case coalitionItemNew(String, String)
    case coalitionItemEdit(String, String, String)
    case coalitionItemDelete(String, String, String)
    case apiCoalitions
    case apiCoalition(String)
    case apiCoalitionTest(String)
    case apiCoalitionActivities(String)
    case apiCoalitionBudget(String)

    var path: String {
        switch self {
        case .home: "/"
        case .login: "/inloggen"
        case .logout: "/uitloggen"
        case .setPassword(let token): "/wachtwoord-instellen/\(escaped(token))"
        case .account: "/account"
        case .endSession(let id): "/account/sessies/\(escaped(id))/beeindigen"
        case .endOtherSessions: "/account/sessies/andere-beeindigen"
        case .tokens: "/account/tokens"
        case .tokenRevoke(let id): "/account/tokens/\(escaped(id))/intrekken"
        case .users: "/beheer/gebruikers"
        case .userNew: "/beheer/gebruikers/nieuw"
        case .user(let id): "/beheer/gebruikers/\(escaped(id))"
        case .userDisable(let id): "/beheer/gebruikers/\(escaped(id))/uitschakelen"
        case .userEnable(let id): "/beheer/gebruikers/\(escaped(id))/inschakelen"
        case .userInvite(let id): "/beheer/gebruikers/\(escaped(id))/uitnodiging"
        case .audit: "/beheer/wijzigingen"
        case .areas: "/gebieden"
        case .area(let code): "/gebieden/\(escaped(code))"
        case .areaProfile(let code): "/gebieden/\(escaped(code))/profiel"
        case .geographyImport: "/beheer/gebieden/import"
        case .indicators: "/indicatoren"
        case .indicatorImport: "/beheer/indicatoren/import"
        case .funnel(let code): "/indicatoren/\(escaped(code))/trechter"
        case .funnelCSV(let code): "/indicatoren/\(escaped(code))/trechter/csv"
        case .smallAreas(let code): "/indicatoren/\(escaped(code))/gebieden"
        case .smallAreasCSV(let code): "/indicatoren/\(escaped(code))/gebieden/csv"
        case .map(let code): "/indicatoren/\(escaped(code))/kaart"
        case .trend(let code): "/indicatoren/\(escaped(code))/trend"
        case .trendCSV(let code): "/indicatoren/\(escaped(code))/trend/csv"
        case .reach(let id): "/aanbod/\(escaped(id))/bereik"
        case .apiReach(let id): "/api/v1/aanbod/\(escaped(id))/bereik"
        case .apiIndicatorValues(let code): "/api/v1/indicatoren/\(escaped(code))/waarden"
        case .regionMonitoring(let code): "/regios/\(escaped(code))/monitoring"
        case .apiRegionMonitoring(let code): "/api/v1/regios/\(escaped(code))/monitoring"
        case .coalitionItemNew(let slug, let segment): "/coalities/\(escaped(slug))/\(segment)/nieuw"
        case .coalitionItemEdit(let slug, let segment, let id): "/coalities/\(escaped(slug))/\(segment)/\(escaped(id))/bewerken"
        case .coalitionItemDelete(let slug, let segment, let id): "/coalities/\(escaped(slug))/\(segment)/\(escaped(id))/verwijderen"
        case .planEdit(let slug): "/coalities/\(escaped(slug))/plan/bewerken"
        case .coalitionDetails(let slug): "/coalities/\(escaped(slug))/gegevens"
        case .goalNew(let slug): "/coalities/\(escaped(slug))/doelen/nieuw"
        case .goalEdit(let slug, let id): "/coalities/\(escaped(slug))/doelen/\(escaped(id))/bewerken"
        case .goalDelete(let slug, let id): "/coalities/\(escaped(slug))/doelen/\(escaped(id))/verwijderen"
        case .pointEdit(let slug, let year, let point): "/coalities/\(escaped(slug))/punten/\(escaped(year))/\(escaped(point))"
        case .memberNew(let slug): "/coalities/\(escaped(slug))/partners/nieuw"
        case .memberDelete(let slug, let id): "/coalities/\(escaped(slug))/partners/\(escaped(id))/verwijderen"
        case .memberEdit(let slug, let id): "/coalities/\(escaped(slug))/partners/\(escaped(id))/bewerken"
        case .budgetRowNew(let slug, let year, let part): "/coalities/\(escaped(slug))/begroting/\(escaped(year))/\(escaped(part))/nieuw"
        case .budgetRowEdit(let slug, let year, let part, let n):
            "/coalities/\(escaped(slug))/begroting/\(escaped(year))/\(escaped(part))/\(escaped(n))/bewerken"
        case .budgetRowDelete(let slug, let year, let part, let n):
            "/coalities/\(escaped(slug))/begroting/\(escaped(year))/\(escaped(part))/\(escaped(n))/verwijderen"
        case .coalitionProgress(let slug): "/coalities/\(escaped(slug))/voortgang"
        case .apiCoalitionProgress(let id): "/api/v1/coalities/\(escaped(id))/voortgang"
        case .learning: "/leren-van-elkaar"
        case .learningCopy: "/leren-van-elkaar/overnemen"
        case .apiLearning: "/api/v1/gedeelde-onderdelen"
        case .coalitionPublish(let slug): "/coalities/\(escaped(slug))/publiceren"
        case .stories: "/verhalen"
        case .storyNew: "/verhalen/nieuw"
        case .storyDelete(let id): "/verhalen/\(escaped(id))/verwijderen"
        case .language(let lang): "/taal/\(escaped(lang))"
        case .accessibility: "/toegankelijkheid"
        case .privacy: "/privacy"
        case .health: "/-/health"
        case .version: "/-/version"
        case .stylesheet: "/static/wieg.css"
        case .apiOpenAPI: "/api/v1/openapi.json"
        case .apiAreas: "/api/v1/gebieden"
        case .apiArea(let code): "/api/v1/gebieden/\(escaped(code))"
        case .apiAreaProfile(let code): "/api/v1/gebieden/\(escaped(code))/profiel"
        case .apiIndicators: "/api/v1/indicatoren"
        case .apiIndicator(let code): "/api/v1/indicatoren/\(escaped(code))"
        case .apiUsers: "/api/v1/gebruikers"
        case .apiAudit: "/api/v1/wijzigingen"
        case .organisations: "/organisaties"
        case .organisationNew: "/organisaties/nieuw"
        case .organisation(let id): "/organisaties/\(escaped(id))"
        case .organisationEdit(let id): "/organisaties/\(escaped(id))/bewerken"
        case .organisationVerified(let id): "/organisaties/\(escaped(id))/gecontroleerd"
        case .serviceNew(let id): "/organisaties/\(escaped(id))/aanbod/nieuw"
        case .services: "/aanbod"
        case .service(let id): "/aanbod/\(escaped(id))"
        case .serviceEdit(let id): "/aanbod/\(escaped(id))/bewerken"
        case .serviceDelete(let id): "/aanbod/\(escaped(id))/verwijderen"
        case .zorgpaden: "/zorgpaden"
        case .zorgpad(let id): "/zorgpaden/\(escaped(id))"
        case .zorgpadNew: "/zorgpaden/nieuw"
        case .zorgpadEdit(let id): "/zorgpaden/\(escaped(id))/bewerken"
        case .zorgpadDelete(let id): "/zorgpaden/\(escaped(id))/verwijderen"
        case .help: "/hulp"
        case .apiHelp: "/api/v1/hulp"
        case .helpService(let id): "/hulp/\(escaped(id))"
        case .helpEmbed: "/hulp/insluiten"
        case .referralNew: "/hulpkaart/nieuw"
        case .serviceReport(let id): "/aanbod/\(escaped(id))/melden"
        case .organisationReport(let id): "/organisaties/\(escaped(id))/melden"
        case .reports: "/meldingen"
        case .freshnessCheck(let token): "/controle/\(escaped(token))"
        case .networkMap: "/netwerk/kaart"
        case .report(let id): "/meldingen/\(escaped(id))"
        case .referralConfirm: "/hulpkaart/bevestigen"
        case .referral(let code): "/hulpkaart/\(escaped(code))"
        case .helpEmbedService(let id): "/hulp/insluiten/\(escaped(id))"
        case .embedSettings: "/beheer/insluiten"
        case .signallingAid: "/gespreksleidraad"
        case .networkImport: "/beheer/netwerk/import"
        case .needTerms: "/beheer/behoeften"
        case .needTermNew: "/beheer/behoeften/nieuw"
        case .needTerm(let code): "/beheer/behoeften/\(escaped(code))"
        case .exportOrganisations: "/export/organisaties.csv"
        case .exportServices: "/export/aanbod.csv"
        case .apiOrganisations: "/api/v1/organisaties"
        case .apiOrganisation(let id): "/api/v1/organisaties/\(escaped(id))"
        case .apiServices: "/api/v1/aanbod"
        case .apiService(let id): "/api/v1/aanbod/\(escaped(id))"
        case .apiZorgpaden: "/api/v1/zorgpaden"
        case .apiZorgpad(let id): "/api/v1/zorgpaden/\(escaped(id))"
        case .apiNeeds: "/api/v1/behoeften"
        case .apiHSDS: "/api/v1/hsds"
        case .apiHSDSServices: "/api/v1/hsds/services"
        case .apiHSDSService(let id): "/api/v1/hsds/services/\(escaped(id))"
        case .apiHSDSOrganizations: "/api/v1/hsds/organizations"
        case .apiHSDSOrganization(let id): "/api/v1/hsds/organizations/\(escaped(id))"
        case .apiHSDSTaxonomies: "/api/v1/hsds/taxonomies"
        case .apiHSDSTaxonomyTerms: "/api/v1/hsds/taxonomy_terms"
        case .coalitions: "/coalities"
        case .coalition(let slug): "/coalities/\(escaped(slug))"
        case .activityNew(let slug): "/coalities/\(escaped(slug))/activiteiten/nieuw"
        case .activityEdit(let slug, let id): "/coalities/\(escaped(slug))/activiteiten/\(escaped(id))/bewerken"
        case .activityDelete(let slug, let id): "/coalities/\(escaped(slug))/activiteiten/\(escaped(id))/verwijderen"
        case .closeYear(let slug): "/coalities/\(escaped(slug))/jaar-afsluiten"
        case .coalitionDocument(let slug, let document): "/coalities/\(escaped(slug))/documenten/\(escaped(document))"
        case .coalitionMarkdown(let slug, let document): "/coalities/\(escaped(slug))/documenten/\(escaped(document))/markdown"
        case .exportActivities(let slug): "/coalities/\(escaped(slug))/export/activiteiten.csv"
        case .exportBudget(let slug): "/coalities/\(escaped(slug))/export/begroting.csv"
        case .regionCoalitions(let code): "/regios/\(escaped(code))/coalities"
        case .apiCoalitions: "/api/v1/coalities"
        case .apiCoalition(let id): "/api/v1/coalities/\(escaped(id))"
        case .apiCoalitionTest(let id): "/api/v1/coalities/\(escaped(id))/minimale-eisen"
        case .apiCoalitionActivities(let id): "/api/v1/coalities/\(escaped(id))/activiteiten"
        case .apiCoalitionBudget(let id): "/api/v1/coalities/\(escaped(id))/begroting"
        }
    }

    /// The route pattern, for registering.
    var pathComponents: [PathComponent] { path.pathComponents }

    /// `path` plus a query string built from the non-empty items.
    func with(_ query: [(String, String?)]) -> String {
        var parts = URLComponents()
        parts.queryItems = query.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: key, value: $0) } }
        guard let q = parts.percentEncodedQuery, !q.isEmpty else { return path }
        return path + "?" + q
    }

    /// The page's JSON twin under /api/v1: the same model as JSON (Datasette's pattern: one
    /// loader, two renderers). The level pages' twin is the values of the same level, area
    /// and period, so their query is passed on.
    /// The page's JSON twin and the query parameters it passes on.
    var jsonTwin: (url: SiteURL, query: [String])? {
        switch self {
        case .areas: (.apiAreas, [])
        case .area(let code): (.apiArea(code), [])
        case .areaProfile(let code): (.apiAreaProfile(code), [])
        case .indicators: (.apiIndicators, [])
        case .funnel(let code), .smallAreas(let code), .map(let code): (.apiIndicatorValues(code), ["niveau", "gebied", "periode"])
        case .regionMonitoring(let code): (.apiRegionMonitoring(code), [])
        case .reach(let id): (.apiReach(id), [])
        case .users: (.apiUsers, [])
        case .audit: (.apiAudit, [])
        case .organisations: (.apiOrganisations, [])
        case .organisation(let id): (.apiOrganisation(id), [])
        case .service(let id): (.apiService(id), [])
        case .zorgpaden: (.apiZorgpaden, [])
        case .zorgpad(let id): (.apiZorgpad(id), [])
        case .needTerms: (.apiNeeds, [])
        case .help, .helpEmbed: (.apiHelp, [])  // set by the page from what it understood (a door is a phase)
        case .coalitions: (.apiCoalitions, [])
        case .learning: (.apiLearning, [])
        default: nil
        }
    }

    private func escaped(_ value: String) -> String {
        // Route patterns pass ":name" through untouched.
        if value.hasPrefix(":") { return value }
        return value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? value
    }
}
