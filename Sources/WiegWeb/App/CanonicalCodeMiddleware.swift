import Vapor
import WiegCore

/// Area and indicator codes are case-insensitive: `gm0119` is GM0119, `big2` is BIG2. A
/// page asked for with another spelling redirects (301) to the canonical address; the API
/// answers for the canonical code in place (its contract has no redirects), in the path
/// and in the query (`gebied`, `gemeente`, `binnen`).
struct CanonicalCodeMiddleware: Middleware {
    static let queryNames = ["gebied", "gemeente", "binnen"]

    /// The canonical spelling of one path segment or code, or nil when it already is.
    static func canonical(_ value: String, indicator: Bool) -> String? {
        let upper = value.uppercased()
        guard upper != value else { return nil }
        if indicator {
            return value.utf8.allSatisfy {
                ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95
            }
                ? upper : nil
        }
        guard let kind = AreaCode.kind(of: upper), kind != .regio else { return nil }
        return upper
    }

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard req.method == .GET || req.method == .HEAD else { return next.respond(to: req) }
        if req.isAPI {
            if let value = req.parameters.get("code"),
                let canonical = Self.canonical(value, indicator: req.url.path.contains("/indicatoren/"))
            {
                req.parameters.set("code", to: canonical)
            }
            let rawQuery = req.url.query ?? ""
            if Self.queryNames.contains(where: { rawQuery.contains($0 + "=") }),
                var query = URLComponents(string: "?" + rawQuery)?.queryItems
            {
                var changed = false
                for (i, item) in query.enumerated() where Self.queryNames.contains(item.name) {
                    if let value = item.value, let canonical = Self.canonical(value, indicator: false) {
                        query[i].value = canonical
                        changed = true
                    }
                }
                if changed {
                    var components = URLComponents()
                    components.queryItems = query
                    req.url.query = components.percentEncodedQuery
                }
            }
            return next.respond(to: req)
        }
        let segments = req.url.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        let fixed = segments.enumerated().map { index, segment -> String in
            // Only the segment after /gebieden/ or /indicatoren/ is a code (not /taal/nl).
            let before = index == 2 ? segments[1] : ""
            guard before == "gebieden" || before == "indicatoren",
                let canonical = Self.canonical(segment, indicator: before == "indicatoren")
            else { return segment }
            changed = true
            return canonical
        }
        // The query is parsed only when it may hold a code (most requests: no).
        let rawQuery = req.url.query ?? ""
        let mayHoldCode = Self.queryNames.contains { rawQuery.contains($0 + "=") }
        var query = mayHoldCode ? URLComponents(string: "?" + rawQuery)?.queryItems ?? [] : []
        for (i, item) in query.enumerated() where Self.queryNames.contains(item.name) {
            if let value = item.value, let canonical = Self.canonical(value, indicator: false) {
                query[i].value = canonical
                changed = true
            }
        }
        guard changed else { return next.respond(to: req) }
        var components = URLComponents()
        components.queryItems = query.isEmpty ? nil : query
        let newQuery = mayHoldCode ? components.percentEncodedQuery : (rawQuery.isEmpty ? nil : rawQuery)
        let target = fixed.joined(separator: "/") + (newQuery.map { "?" + $0 } ?? "")
        guard let local = LocalPath.safe(target) else { return next.respond(to: req) }
        return req.eventLoop.makeSucceededFuture(req.redirect(to: local, redirectType: .permanent))
    }
}
