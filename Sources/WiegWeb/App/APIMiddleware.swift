import Vapor

/// The NL API Design Rules for everything under /api: an `API-Version` header on every
/// response, a trailing slash is a 404 (not a redirect), and the OpenAPI document may
/// be read from any origin (CORS).
struct APIMiddleware: Middleware {
    static let version = "1.0.0"

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard req.isAPI else { return next.respond(to: req) }
        if req.url.path.count > 1 && req.url.path.hasSuffix("/") {
            return req.eventLoop.makeSucceededFuture(
                Self.decorate(
                    WiegErrorMiddleware.response(
                        for: WiegError.notFound(
                            "Dit adres bestaat niet: laat de schuine streep aan het eind weg.",
                            "This address does not exist: leave out the slash at the end."), req: req), for: req))
        }
        if req.method == .OPTIONS && req.url.path == SiteURL.apiOpenAPI.path {
            return req.eventLoop.makeSucceededFuture(Self.decorate(Response(status: .noContent), for: req))
        }
        // The error middleware inside this one has turned errors into responses.
        return next.respond(to: req).map { inner in
            Self.decorate(inner.status == .notFound ? Self.methodNotAllowed(req) ?? inner : inner, for: req)
        }
    }

    /// The API-Version header, and CORS on the OpenAPI document.
    static func decorate(_ response: Response, for req: Request) -> Response {
        response.headers.replaceOrAdd(name: "API-Version", value: Self.version)
        if req.url.path == SiteURL.apiOpenAPI.path {
            response.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: "*")
            response.headers.replaceOrAdd(name: .accessControlAllowMethods, value: "GET, OPTIONS")
            response.headers.replaceOrAdd(name: "Access-Control-Expose-Headers", value: "API-Version")
        }
        return response
    }

    /// A 405 with an Allow header when the path exists for other methods only.
    static func methodNotAllowed(_ req: Request) -> Response? {
        let parts = req.url.path.split(separator: "/").map(String.init)
        let methods = req.application.routes.all.filter { route in
            route.path.count == parts.count
                && zip(route.path, parts).allSatisfy { component, part in
                    switch component {
                    case .constant(let text): text == part
                    case .parameter, .anything, .catchall: true
                    }
                }
        }.map(\.method.rawValue)
        guard !methods.isEmpty, !methods.contains(req.method.rawValue) else { return nil }
        let allowed = Set(methods).sorted().joined(separator: ", ")
        let response = WiegErrorMiddleware.response(
            for: WiegError(
                status: .methodNotAllowed,
                nl: "De methode \(req.method.rawValue) kan hier niet; wel: \(allowed).",
                en: "The method \(req.method.rawValue) is not allowed here; allowed: \(allowed)."), req: req)
        response.headers.replaceOrAdd(name: .allow, value: allowed)
        return response
    }
}
