import Foundation
import Testing
import Vapor
import VaporTesting
import WiegStore

@testable import WiegDemo

/// A small browser over the in-memory test server: keeps cookies, sends forms with the
/// CSRF token the last page carried, and follows nothing on its own.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    private(set) var lastBody = ""
    /// Headers sent with every request (e.g. `X-Forwarded-For`, to act from an address).
    var extraHeaders = HTTPHeaders()
    /// `.running` sends over a real socket (the peer is then 127.0.0.1).
    var method: Application.Method = .inMemory

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form. With `csrf: true` the token is read from a fresh page first.
    @discardableResult
    func post(_ path: String, _ form: [String: String] = [:], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf, fields["_csrf"] == nil { fields["_csrf"] = try await csrfToken() }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: Self.encode(fields)))
    }

    /// Posts a multipart form with one file field named `file`.
    @discardableResult
    func upload(_ path: String, file: Data, filename: String = "gebieden.csv", fields: [String: String] = [:]) async throws
        -> TestingHTTPResponse
    {
        var all = fields
        all["_csrf"] = try await csrfToken()
        let boundary = "wieg-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in all.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n"
                    .utf8))
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: ByteBuffer(data: body))
    }

    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> TestingHTTPResponse {
        var headers = headers
        for (name, value) in extraHeaders { headers.replaceOrAdd(name: name, value: value) }
        if !cookies.isEmpty {
            headers.replaceOrAdd(
                name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let response = try await app.testing(method: self.method).sendRequest(method, path, headers: headers, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        lastBody = response.body.string
        return response
    }

    func csrfToken() async throws -> String {
        let page = try await get("/toegankelijkheid")
        return try #require(Self.hiddenCSRF(in: page.body.string) ?? Self.hiddenCSRF(in: lastBody) ?? cookies["wieg_csrf"])
    }

    /// Signs in with a demo account; returns the response to the POST.
    @discardableResult
    func login(_ email: String, password: String = DemoData.password) async throws -> TestingHTTPResponse {
        _ = try await get("/inloggen")
        return try await post("/inloggen", ["email": email, "password": password])
    }

    static func hiddenCSRF(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// Posts a form whose names may repeat (checkboxes: `factor[]`), in the order given.
    @discardableResult
    func post(_ path: String, pairs: [(String, String)]) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        let body = Self.encode(pairs: [("_csrf", try await csrfToken())] + pairs)
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    static func encode(_ form: [String: String]) -> String {
        encode(pairs: form.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    static func encode(pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { key, value in
            "\(key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    }
}
