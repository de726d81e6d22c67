import Foundation
import Vapor

/// Turns every error into a clear page (HTML, in the visitor's language) or, under
/// /api, an `application/problem+json` body (RFC 9457). Internal errors are logged
/// with detail and shown without it.
struct WiegErrorMiddleware: Middleware {
    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: req).flatMapErrorThrowing { error in Self.response(for: error, req: req) }
    }

    static func response(for error: any Error, req: Request) -> Response {
        let lang = req.wieg.lang
        let (status, message, headers): (HTTPResponseStatus, String, HTTPHeaders)
        switch error {
        case let e as WiegError:
            (status, message, headers) = (e.status, e.message(lang), e.headers)
        case let e as any AbortError where e.status == .notFound:
            (status, message, headers) = (.notFound, WiegError.notFound.message(lang), e.headers)
        case let e as any AbortError where e.status == .payloadTooLarge:
            (status, message, headers) = (
                .payloadTooLarge, WiegError.tooLarge(limit: req.application.wiegConfig.maxBodyBytes).message(lang), e.headers
            )
        case let e as any AbortError where e.status.code < 500:
            (status, message, headers) = (
                e.status, lang.t("Het verzoek klopt niet: \(e.reason)", "The request is not valid: \(e.reason)"), e.headers
            )
        case let e as DecodingError:
            (status, message, headers) = (
                .badRequest, lang.t("Het verzoek klopt niet: \(Self.describe(e))", "The request is not valid: \(Self.describe(e))"), [:]
            )
        default:
            req.logger.report(error: error)
            (status, message, headers) = (
                .internalServerError,
                lang.t(
                    "Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, meld het dan bij uw beheerder.",
                    "Something went wrong on our side. Please try again later; if it keeps failing, tell your administrator."), [:]
            )
        }
        let response: Response
        // Only an explicit application/json asks for JSON; */* (curl's default) gets the page.
        let wantsJSON = req.headers.accept.first.map { $0.mediaType.type == "application" && $0.mediaType.subType == "json" } ?? false
        if req.isAPI || wantsJSON {
            response = problem(status: status, detail: message, lang: lang)
        } else {
            response = Layout.page(
                req.shell, title: title(status, lang), status: status,
                [
                    H.h1(title(status, lang)),
                    H.p(message, H.cls("lead")),
                    H.el("p", H.a(SiteURL.home.path, lang.t("Naar de startpagina", "To the home page")))
                ])
        }
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        return response
    }

    static func problem(status: HTTPResponseStatus, detail: String, lang: Lang) -> Response {
        struct Problem: Encodable {
            let type: String
            let title: String
            let status: Int
            let detail: String
        }
        let body = Problem(type: "about:blank", title: title(status, lang), status: Int(status.code), detail: detail)
        let response = Response(status: status)
        response.body = .init(data: (try? JSONEncoder().encode(body)) ?? Data())
        response.headers.replaceOrAdd(name: .contentType, value: "application/problem+json; charset=utf-8")
        return response
    }

    static func title(_ status: HTTPResponseStatus, _ lang: Lang) -> String {
        switch status {
        case .badRequest: lang.t("Ongeldig verzoek", "Bad request")
        case .unauthorized: lang.t("Inloggen nodig", "Sign-in required")
        case .forbidden: lang.t("Geen toegang", "Access denied")
        case .notFound: lang.t("Niet gevonden", "Not found")
        case .methodNotAllowed: lang.t("Methode niet toegestaan", "Method not allowed")
        case .payloadTooLarge: lang.t("Te groot", "Too large")
        case .uriTooLong: lang.t("Adres te lang", "Address too long")
        case .requestHeaderFieldsTooLarge: lang.t("Kopregels te groot", "Headers too large")
        case .tooManyRequests: lang.t("Te veel pogingen", "Too many attempts")
        case .unprocessableEntity: lang.t("Gegevens kloppen niet", "Invalid data")
        case .serviceUnavailable: lang.t("Tijdelijk niet beschikbaar", "Temporarily unavailable")
        default: lang.t("Er ging iets mis", "Something went wrong")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "veld '\(key.stringValue)' ontbreekt"
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            "veld '\(c.codingPath.map(\.stringValue).joined(separator: "."))' heeft een ongeldige waarde"
        @unknown default: "ongeldige gegevens"
        }
    }
}
