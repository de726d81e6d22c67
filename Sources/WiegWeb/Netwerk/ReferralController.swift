import Foundation
import Vapor
import WiegCore
import WiegStore

/// The hulpkaart: a professional picks services (and a care path) and gets a card for the
/// parent, printable and as a phone page behind a short link. Its random code lets the
/// receiving organisation confirm contact; Wieg keeps only code, services, municipality and
/// days (see `Referral`).
enum ReferralController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .referralNew, access: .signedIn, use: choose)
        routes.on(.POST, .referralNew, access: .signedIn, use: make)
        routes.on(.GET, .referralConfirm, access: .signedIn, use: confirmForm)
        routes.on(.POST, .referralConfirm, access: .signedIn, use: confirm)
        routes.on(.GET, .referral(":code"), access: .everyone, use: card)
    }

    /// At most this many services on one card (one A4).
    static let maxServices = 6

    /// What was picked: active services that exist, a care path, the municipality.
    struct Choice {
        var services: [ServiceRecord]
        var zorgpad: ZorgpadRecord?
        var municipality: String?
        var language: ParentLanguage
        var problems: [String] = []
    }

    static func choice(_ values: [String: String], network: NetworkCache.Snapshot) -> Choice {
        let ids = (values["dienst"] ?? "").split(whereSeparator: { $0 == "|" || $0 == "," }).compactMap { UUID(uuidString: String($0)) }
        var seen = Set<UUID>()
        let services = ids.filter { seen.insert($0).inserted }.compactMap { network.services[$0] }.filter { $0.status == .actief }
        let zorgpad = values["zorgpad"].flatMap(UUID.init(uuidString:)).flatMap { id in network.zorgpaden.first { $0.id == id } }
        var municipality = values["gemeente"].flatMap { code in network.municipalities.contains { $0.code == code } ? code : nil }
        municipality = municipality ?? zorgpad?.areaCode ?? services.first?.areaCodes.first
        let language = values["taal"].flatMap(ParentLanguage.init(rawValue:)) ?? .nl
        var choice = Choice(services: services, zorgpad: zorgpad, municipality: municipality, language: language)
        if services.isEmpty { choice.problems.append("Kies ten minste één aanbod voor de hulpkaart.") }
        if services.count > maxServices {
            choice.problems.append(
                "Kies hoogstens \(maxServices) aanbod voor één hulpkaart (nu \(services.count)); dan past hij op één A4.")
        }
        if municipality == nil { choice.problems.append("Kies de gemeente van de ouder.") }
        return choice
    }

    static func values(_ req: Request) -> [String: String] {
        var values: [String: String] = [:]
        for name in ["gemeente", "zorgpad", "taal"] { values[name] = try? req.query.get(String.self, at: name) }
        values["dienst"] = ((try? req.query.get([String].self, at: "dienst")) ?? []).joined(separator: "|")
        return values
    }

    @Sendable static func choose(req: Request) async throws -> Response {
        let network = try await req.network()
        let choice = choice(values(req), network: network)
        return ReferralViews.choose(req.shell, network: network, choice: choice, status: .ok)
    }

    @Sendable static func make(req: Request) async throws -> Response {
        let network = try await req.network()
        let values = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let choice = choice(values, network: network)
        guard choice.problems.isEmpty, let municipality = choice.municipality else {
            return ReferralViews.choose(req.shell, network: network, choice: choice, status: .unprocessableEntity)
        }
        // A fresh code: the alphabet has 31^8 ≈ 850 billion codes, so a clash is rare; try again if one happens.
        var code = ReferralCode.random()
        while try await req.stores.referrals.find(code) != nil { code = ReferralCode.random() }
        let referral = Referral(
            code: code, municipalityCode: municipality, madeOn: ReferralDay.string(req.now),
            services: choice.services.map { Referral.Service(serviceID: $0.id) })
        try await req.stores.referrals.create(referral, by: req.auditActor, at: req.now)
        return req.redirect(to: link(code, language: choice.language, zorgpad: choice.zorgpad), redirectType: .normal)
    }

    /// The card's short link: the code, the language, and the care path by the first eight
    /// characters of its id (enough among a site's care paths; nothing about the parent).
    static func link(_ code: String, language: ParentLanguage, zorgpad: ZorgpadRecord?) -> String {
        SiteURL.referral(code).with([
            ("taal", language == .nl ? nil : language.rawValue), ("z", zorgpad.map { String($0.id.uuidString.lowercased().prefix(8)) })
        ])
    }

    @Sendable static func card(req: Request) async throws -> Response {
        let network = try await req.network()
        let typed = req.parameters.get("code") ?? ""
        guard case .success(let code) = ReferralCode.read(typed), let referral = try await req.stores.referrals.find(code) else {
            throw WiegError.notFound(
                "Deze hulpkaart bestaat niet. Controleer de link of vraag een nieuwe kaart.",
                "This help card does not exist. Check the link or ask for a new card.")
        }
        let language = (try? req.query.get(String.self, at: "taal")).flatMap(ParentLanguage.init(rawValue:)) ?? .nl
        let short = (try? req.query.get(String.self, at: "z")).map { $0.lowercased() }.flatMap { $0.count == 8 ? $0 : nil }
        let zorgpad =
            (try? req.query.get(String.self, at: "zorgpad")).flatMap(UUID.init(uuidString:)).flatMap { id in
                network.zorgpaden.first { $0.id == id }
            } ?? short.flatMap { prefix in network.zorgpaden.first { $0.id.uuidString.lowercased().hasPrefix(prefix) } }
        return ReferralViews.card(
            req.shell, network: network, referral: referral, language: language, zorgpad: zorgpad,
            professional: req.principal != nil, shortBase: req.application.wiegConfig.publicURL)
    }

    @Sendable static func confirmForm(req: Request) async throws -> Response {
        ReferralViews.confirm(req.shell, code: (try? req.query.get(String.self, at: "code")) ?? "", outcome: nil, status: .ok)
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let network = try await req.network()
        let values = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let typed = values["code"] ?? ""
        let code: String
        switch ReferralCode.read(typed) {
        case .failure(let problem):
            return ReferralViews.confirm(
                req.shell, code: typed, outcome: .problem(ReferralCode.message(problem)), status: .unprocessableEntity)
        case .success(let read): code = read
        }
        // The card's services this person may confirm for: those of organisations they may edit
        // (only the card's, not the whole social map).
        let scope = try await req.scopeAreas()
        let onCard = try await req.stores.referrals.find(code)?.services.map(\.serviceID) ?? []
        let allowed = Set(
            onCard.filter { id in
                guard let service = network.services[id], let org = network.organisations[service.organisationID] else { return false }
                return NetworkPolicy.canEdit(service, of: org, by: req.principal, scope: scope)
            })
        let outcome = try await req.stores.referrals.confirm(
            code, allowed: allowed, today: ReferralDay.string(req.now), by: req.auditActor, at: req.now)
        let status: HTTPResponseStatus = if case .confirmed = outcome { .ok } else { .unprocessableEntity }
        return ReferralViews.confirm(req.shell, code: ReferralCode.written(code), outcome: .done(outcome, network), status: status)
    }
}
