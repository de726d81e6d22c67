import Vapor

/// Serves the OpenAPI document: readable without login, from any origin.
enum OpenAPIController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .apiOpenAPI, access: .everyone, use: document)
    }

    @Sendable static func document(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: OpenAPIDocument.json))
        response.headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return response
    }
}
