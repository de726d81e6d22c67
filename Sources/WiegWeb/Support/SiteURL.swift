import Foundation
import Vapor

/// Every path in Wieg, built in one place. A case with a parameter gives the route
/// pattern when given the parameter's `:name` (e.g. `.user(":id")`) and a link when
/// given a value (e.g. `.user(id.uuidString)`).
enum SiteURL: Equatable {
    case home
    case login, logout
    case setPassword(String)
    case account, endSession(String), endOtherSessions, tokens, tokenRevoke(String)
    case users, userNew, user(String), userDisable(String), userEnable(String), userInvite(String)
    case audit
    case areas, area(String), areaProfile(String), geographyImport
    case indicators, indicatorImport
    case language(String)
    case accessibility
    case health, version, stylesheet
    case apiOpenAPI, apiAreas, apiArea(String), apiAreaProfile(String), apiUsers, apiAudit
    case apiIndicators, apiIndicator(String)

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
        case .language(let lang): "/taal/\(escaped(lang))"
        case .accessibility: "/toegankelijkheid"
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

    private func escaped(_ value: String) -> String {
        // Route patterns pass ":name" through untouched.
        if value.hasPrefix(":") { return value }
        return value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? value
    }
}
