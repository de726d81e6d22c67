import Vapor
import WiegCore

extension Route {
    static let accessKey = "wieg.access"

    /// The access this route declared; nil for a route registered without one.
    var access: Access? { userInfo[Route.accessKey] as? Access }
}

extension RoutesBuilder {
    /// Registers a route with the access it requires. Every Wieg route goes through
    /// here: a route without a declared access is refused by `DenyUndeclaredMiddleware`
    /// and fails the route table test.
    @discardableResult
    func on<R: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: SiteURL, access: Access,
        body: HTTPBodyStreamStrategy = .collect,
        use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route {
        // The body arrives as a stream and is collected only after the access check (and
        // a cross-site check of the request's origin): a visitor without access cannot make
        // the server buffer an upload. The CSRF token in the body is checked once it is read.
        let twin = method == .GET ? url.jsonTwin : nil
        let route = on(method, url.pathComponents, body: .stream) { req async throws -> Response in
            if let refusal = try AccessGuard.check(req, access) { return refusal }
            try CSRF.checkOrigin(req)
            if case .collect(let maxSize) = body {
                let limit = (maxSize ?? req.application.routes.defaultMaxBodySize).value
                _ = try await req.body.collect(max: limit).get()
            }
            try CSRF.check(req)
            if let twin { req.wieg.jsonTwin = JSONTwin.path(twin.url, query: twin.query, for: req) }
            let response = try await handler(req).encodeResponse(for: req)
            if let path = req.wieg.jsonTwin, response.headers.contentType == .html {
                response.headers.add(name: .link, value: "<\(path)>; rel=\"alternate\"; type=\"application/json\"")
            }
            return response
        }
        route.userInfo[AnySendableHashable(stringLiteral: Route.accessKey)] = access
        return route
    }
}

extension RoutesBuilder {
    /// A read route with a synchronous fast path: `handler` runs on the event loop
    /// when the network snapshot is fresh (no task hop), otherwise as a task after the
    /// snapshot is refreshed. Used where the hop was measurable (the search API).
    @discardableResult
    func on(
        _ method: HTTPMethod, _ url: SiteURL, access: Access,
        network handler: @escaping @Sendable (Request, NetworkCache.Snapshot) throws -> Response
    ) -> Route {
        let route = on(method, url.pathComponents) { req -> EventLoopFuture<Response> in
            do {
                if let refusal = try AccessGuard.check(req, access) { return req.eventLoop.makeSucceededFuture(refusal) }
                try CSRF.check(req)
                let application = req.application
                if let network = application.networkCache.freshSnapshot(revalidateOn: { application.stores }) {
                    return req.eventLoop.makeSucceededFuture(try handler(req, network))
                }
            } catch {
                return req.eventLoop.makeFailedFuture(error)
            }
            return req.eventLoop.makeFutureWithTask { try handler(req, try await req.network()) }
        }
        route.userInfo[AnySendableHashable(stringLiteral: Route.accessKey)] = access
        return route
    }
}

/// Applies a route's declared access to the request.
enum AccessGuard {
    /// nil when the request may proceed; otherwise the response to give (a redirect to
    /// the login page for a visitor on an HTML page). Throws 401/403 otherwise.
    static func check(_ req: Request, _ access: Access) throws -> Response? {
        let role = req.principal?.role
        if access.allows(role) { return nil }
        if role == nil {
            if req.isAPI { throw WiegError.unauthorized }
            let next = req.url.query.map { req.url.path + "?" + $0 } ?? req.url.path
            // The session cookie is cleared on this redirect: the reason travels with it.
            let reason: String? =
                switch req.wieg.expired {
                case .some(.idle): "verlopen"
                case .some(.absolute): "beeindigd"
                case nil: nil
                }
            return req.redirect(to: SiteURL.login.with([("volgende", next), ("melding", reason)]), redirectType: .normal)
        }
        throw WiegError.forbidden
    }
}

/// Deny by default: a route that declared no access is not served.
struct DenyUndeclaredMiddleware: Middleware {
    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if let route = req.route, route.access == nil { return req.eventLoop.makeFailedFuture(WiegError.forbidden) }
        return next.respond(to: req)
    }
}

/// The path of a page's JSON twin for one request: the route's pattern with the request's
/// parameters filled in (and its query, for the level pages).
enum JSONTwin {
    static func path(_ twin: SiteURL, query names: [String], for req: Request) -> String? {
        var segments: [String] = []
        for segment in twin.path.split(separator: "/", omittingEmptySubsequences: false) {
            guard segment.hasPrefix(":") else {
                segments.append(String(segment))
                continue
            }
            guard let value = req.parameters.get(String(segment.dropFirst())),
                let escaped = value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"]))
            else { return nil }
            segments.append(escaped)
        }
        let path = segments.joined(separator: "/")
        guard !names.isEmpty else { return path }
        // The page's choice, rebuilt from the parsed values (never the raw query string).
        var components = URLComponents()
        components.queryItems = names.compactMap { name in
            (try? req.query.get(String.self, at: name)).flatMap { $0.isEmpty ? nil : URLQueryItem(name: name, value: $0) }
        }
        guard let query = components.percentEncodedQuery, !query.isEmpty else { return path }
        return LocalPath.safe(path + "?" + query)
    }
}
