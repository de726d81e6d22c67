import Vapor

/// The NL API Design Rules for everything under /api: an `API-Version` header on every
/// response, a trailing slash is a 404 (not a redirect), and the OpenAPI document may
/// be read from any origin (CORS).
struct APIMiddleware: AsyncMiddleware {
    static let version = "1.0.0"

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard req.isAPI else { return try await next.respond(to: req) }
        let response: Response
        if req.url.path.count > 1 && req.url.path.hasSuffix("/") {
            response = WiegErrorMiddleware.response(for: WiegError.notFound(
                "Dit adres bestaat niet: laat de schuine streep aan het eind weg.",
                "This address does not exist: leave out the slash at the end."), req: req)
        } else if req.method == .OPTIONS && req.url.path == SiteURL.apiOpenAPI.path {
            response = Response(status: .noContent)
        } else {
            response = try await next.respond(to: req)
        }
        response.headers.replaceOrAdd(name: "API-Version", value: Self.version)
        if req.url.path == SiteURL.apiOpenAPI.path {
            response.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: "*")
            response.headers.replaceOrAdd(name: .accessControlAllowMethods, value: "GET, OPTIONS")
            response.headers.replaceOrAdd(name: "Access-Control-Expose-Headers", value: "API-Version")
        }
        return response
    }
}
