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

    /// The raw query with the codes in `gebied`, `gemeente` and `binnen` in their canonical
    /// spelling, or nil when none needed it. Works on the percent-encoded pairs, so every
    /// other parameter stays byte for byte as it came (`%2B` stays a plus, not a space).
    static func canonicalQuery(_ rawQuery: String) -> String? {
        guard queryNames.contains(where: { rawQuery.contains($0 + "=") }) else { return nil }
        var changed = false
        let pairs = rawQuery.split(separator: "&", omittingEmptySubsequences: false).map { pair -> Substring in
            guard let eq = pair.firstIndex(of: "="), queryNames.contains(String(pair[..<eq])),
                let value = pair[pair.index(after: eq)...].removingPercentEncoding,
                let canonical = canonical(value, indicator: false)
            else { return pair }
            changed = true
            // A canonical code is letters, digits and '-' only: nothing to encode.
            return pair[...eq] + canonical
        }
        return changed ? pairs.joined(separator: "&") : nil
    }

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard req.method == .GET || req.method == .HEAD else { return next.respond(to: req) }
        if req.isAPI {
            if let value = req.parameters.get("code"),
                let canonical = Self.canonical(value, indicator: req.url.path.contains("/indicatoren/"))
            {
                req.parameters.set("code", to: canonical)
            }
            if let query = req.url.query, let fixed = Self.canonicalQuery(query) {
                req.url.query = fixed
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
        let rawQuery = req.url.query
        let fixedQuery = rawQuery.flatMap(Self.canonicalQuery)
        guard changed || fixedQuery != nil else { return next.respond(to: req) }
        let target = fixed.joined(separator: "/") + ((fixedQuery ?? rawQuery).map { "?" + $0 } ?? "")
        guard let local = LocalPath.safe(target) else { return next.respond(to: req) }
        return req.eventLoop.makeSucceededFuture(req.redirect(to: local, redirectType: .permanent))
    }
}
