import Foundation

/// The OpenAPI document, `Resources/openapi.json`: the single source of truth for the
/// JSON API. `OpenAPIContractTests` fails when a route under /api/v1 is missing from it
/// or a documented operation is not routed.
public enum OpenAPIDocument {
    public static let json: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            fatalError("Resources/openapi.json is missing from the WiegWeb bundle")
        }
        return text
    }()
}
