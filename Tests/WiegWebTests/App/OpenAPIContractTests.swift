import Foundation
import Testing
import Vapor
import VaporTesting
import WiegTestSupport

@testable import WiegWeb

@Suite("OpenAPI contract")
struct OpenAPIContractTests {
    struct Document: Decodable {
        struct Operation: Decodable {
            var operationId: String
            var responses: [String: AnyCodable]
            var parameters: [Parameter]?
            var security: [[String: [String]]]?
        }
        struct Parameter: Decodable {
            var name: String?
            var `in`: String?
            var ref: String?
            enum CodingKeys: String, CodingKey {
                case name, `in`
                case ref = "$ref"
            }
        }
        struct AnyCodable: Decodable { init(from decoder: any Decoder) throws {} }
        var openapi: String
        var servers: [[String: String]]
        var paths: [String: [String: Operation]]
    }

    static func document() throws -> Document {
        try JSONDecoder().decode(Document.self, from: Data(OpenAPIDocument.json.utf8))
    }

    @Test("every route under /api/v1 is documented, and every documented operation is routed")
    func routesMatchDocument() async throws {
        let doc = try Self.document()
        let base = try #require(doc.servers.first?["url"])
        let documented = Set(
            doc.paths.flatMap { path, operations in
                operations.keys.map { method in
                    "\(method.uppercased()) \(base)\(path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: ""))"
                }
            })
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let routed = Set(
                app.routes.all.compactMap { route -> String? in
                    let path = "/" + route.path.map(\.description).joined(separator: "/")
                    return path.hasPrefix("/api/") ? "\(route.method.rawValue) \(path)" : nil
                })
            #expect(routed.subtracting(documented).sorted() == [], "routed but not in openapi.json")
            #expect(documented.subtracting(routed).sorted() == [], "in openapi.json but not routed")
        }
    }

    @Test("every operation documents its path parameters, a success and its errors")
    func operationsAreComplete() throws {
        let doc = try Self.document()
        for (path, operations) in doc.paths {
            let pathParameters = path.split(separator: "{").dropFirst().map { String($0.prefix { $0 != "}" }) }
            for (method, operation) in operations {
                let named = Set((operation.parameters ?? []).compactMap { $0.in == "path" ? $0.name : nil })
                #expect(named == Set(pathParameters), "\(method) \(path): path parameters")
                #expect(operation.responses.keys.contains { $0.hasPrefix("2") }, "\(method) \(path): a success response")
                if !pathParameters.isEmpty || operation.parameters?.isEmpty == false {
                    #expect(operation.responses.keys.contains { $0.hasPrefix("4") }, "\(method) \(path): an error response")
                }
                #expect(operation.security != nil, "\(method) \(path): security stated (empty for public)")
            }
        }
    }

    @Test("the document is public, readable from any origin, and every API answer carries API-Version")
    func headers() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let browser = Browser(app)
            let doc = try await browser.get("/api/v1/openapi.json")
            #expect(doc.status == .ok)
            #expect(doc.headers.first(name: .accessControlAllowOrigin) == "*")
            #expect(doc.headers.first(name: "API-Version") == APIMiddleware.version)
            for path in ["/api/v1/gebieden", "/api/v1/gebieden/XX", "/api/v1/gebruikers", "/api/v1/bestaat-niet"] {
                #expect(try await browser.get(path).headers.first(name: "API-Version") == APIMiddleware.version, "\(path)")
            }
            #expect(try await browser.get("/").headers.first(name: "API-Version") == nil)
        }
    }

    @Test("a trailing slash is a 404, not a redirect")
    func trailingSlash() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let response = try await Browser(app).get("/api/v1/gebieden/")
            #expect(response.status == .notFound)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
        }
    }

    @Test("a method the path does not have is a 405 with Allow; an unknown path stays 404")
    func methodNotAllowed() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let trace = try await Browser(app).send(.TRACE, "/api/v1/gebieden", headers: [:], body: nil)
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers.first(name: .allow) == "GET")
            #expect(trace.body.string.contains("TRACE"))
            #expect(try await Browser(app).get("/api/v1/gebieden/GM9999").status == .notFound)
            #expect(try await Browser(app).send(.DELETE, "/api/v1/onbekend", headers: [:], body: nil).status == .notFound)
        }
    }

    @Test("text parameters longer than the document allows are a 400, signed in too")
    func tooLong() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let long = String(repeating: "x", count: 101)
            #expect(try await admin.get("/api/v1/wijzigingen?id=\(long)").status == .badRequest)
            #expect(try await admin.get("/api/v1/wijzigingen?coalitie=\(long)").status == .badRequest)
            #expect(try await admin.get("/api/v1/gebruikers?zoek=\(long + long)").status == .badRequest)
            #expect(try await admin.get("/api/v1/wijzigingen?soort=indicator_import").status == .ok)
        }
    }

    @Test(
        "a query parameter out of range is a 400 problem naming it, in Dutch",
        arguments: [
            ("/api/v1/gebieden?pagina=0", "pagina"), ("/api/v1/gebieden?per_pagina=500", "per_pagina"),
            ("/api/v1/gebieden?pagina=twee", "pagina"), ("/api/v1/gebieden?soort=stad", "soort")
        ])
    func badParameters(_ path: String, _ name: String) async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            let response = try await Browser(app).get(path)
            #expect(response.status == .badRequest)
            struct Problem: Decodable {
                var title: String
                var status: Int
                var detail: String
            }
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.string.utf8))
            #expect(problem.status == 400 && problem.title == "Ongeldig verzoek" && problem.detail.contains("'\(name)'"))
        }
    }

    @Test("a text parameter's maximum length counts code points, as JSON Schema does, not characters")
    func lengthInCodePoints() async throws {
        try await withWiegApp(.sqlite, demo: false) { app, _ in
            // 100 characters, each an "e" with two combining accents: 300 code points, over 200.
            let combined = String(repeating: "e\u{0301}\u{0302}", count: 100)
            #expect(combined.count == 100 && combined.unicodeScalars.count == 300)
            let query = combined.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let tooLong = try await Browser(app).get("/api/v1/gedeelde-onderdelen?zoek=" + query)
            #expect(tooLong.status == .badRequest && tooLong.body.string.contains("'zoek'"))
            let plain = try await Browser(app).get("/api/v1/gedeelde-onderdelen?zoek=" + String(repeating: "e", count: 200))
            #expect(plain.status == .ok)
        }
    }
}
