import Foundation
import Vapor
import WiegCore
import WiegStore

/// The reminder's "alles klopt nog" link: the page asks once more (a mail program may open
/// links on its own, so the link itself changes nothing), the button marks the organisation
/// and its services checked. Once only, until the link expires.
enum FreshnessController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .freshnessCheck(":token"), access: .everyone, use: page)
        routes.on(.POST, .freshnessCheck(":token"), access: .everyone, use: confirm)
    }

    static func hash(_ req: Request) -> String { Tokens.sha256(req.parameters.get("token") ?? "") }

    @Sendable static func page(req: Request) async throws -> Response {
        let state = try await req.stores.freshness.lookup(tokenHash: hash(req), at: req.now)
        return try await render(req, state)
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let state = try await req.stores.freshness.use(tokenHash: hash(req), at: req.now, by: req.auditActor)
        if case .checked = state { await req.application.networkCache.invalidate() }
        return try await render(req, state)
    }

    static func render(_ req: Request, _ state: CheckLink) async throws -> Response {
        let lang = req.lang
        let network = try await req.network()
        func name(_ id: UUID) -> String { network.organisations[id]?.name ?? lang.t("uw organisatie", "your organisation") }
        let title = lang.t("Kloppen uw gegevens nog?", "Are your details still right?")
        var content: [BodyNode] = [H.h1(title)]
        var status = HTTPResponseStatus.ok
        switch state {
        case .valid(let id):
            let services = network.servicesByOrganisation[id] ?? []
            content += [
                H.p(
                    lang.t(
                        "Klopt alles nog bij \(name(id)): adres, telefoon, website en het aanbod (\(services.count))? Dan bevestigt u het hier.",
                        "Is everything still right for \(name(id)): address, phone, website and the services (\(services.count))? Then confirm it here."
                    ), H.cls("lead")),
                H.el("ul", services.map { H.el("li", H.a(SiteURL.service($0.id.uuidString).path, $0.name)) }),
                Forms.post(
                    SiteURL.freshnessCheck(req.parameters.get("token") ?? "").path, csrf: req.shell.csrf,
                    [Forms.submit(lang.t("Ja, alles klopt nog", "Yes, everything is still right"), cls: "button button-big")]),
                H.el(
                    "p",
                    H.text(lang.t("Moet er iets anders? ", "Does something need to change? ")),
                    H.a(SiteURL.organisation(id.uuidString).path, lang.t("Pas het aan (inloggen nodig)", "Change it (sign-in needed)")))
            ]
        case .checked(let id):
            content.append(
                H.notice(
                    lang.t(
                        "Dank u. De gegevens van \(name(id)) en het aanbod staan weer als gecontroleerd, met de datum van vandaag.",
                        "Thank you. The details of \(name(id)) and its services are marked as checked again, dated today."), kind: .ok))
        case .used(let id, let when):
            status = .gone
            content.append(
                H.notice(
                    lang.t(
                        "Deze link is al gebruikt, op \(Layout.date(when, lang: lang)). De gegevens van \(name(id)) staan als gecontroleerd.",
                        "This link has been used already, on \(Layout.date(when, lang: lang)). The details of \(name(id)) are marked as checked."
                    ),
                    kind: .info))
        case .expired(let id):
            status = .gone
            content.append(
                H.notice(
                    lang.t(
                        "Deze link is verlopen. Log in om de gegevens van \(name(id)) te controleren, of wacht op de volgende herinnering.",
                        "This link has expired. Sign in to check the details of \(name(id)), or wait for the next reminder."), kind: .warn))
        case .unknown:
            status = .notFound
            content.append(
                H.notice(
                    lang.t(
                        "Deze link kennen we niet. Controleer of u de hele link uit de e-mail hebt gebruikt.",
                        "We do not know this link. Check that you used the whole link from the e-mail."), kind: .warn))
        }
        return Layout.page(req.shell, title: title, status: status, content)
    }
}
