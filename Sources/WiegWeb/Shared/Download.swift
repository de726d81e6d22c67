import Vapor

/// A file to save: the body, its type and the name the browser suggests.
enum Download {
    static func file(_ data: Data, filename: String, type: HTTPMediaType) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = type
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        return response
    }

    /// CSV for Excel-NL (the exports write the BOM and `;` themselves).
    static func csv(_ data: Data, filename: String) -> Response {
        file(data, filename: filename, type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
    }
}
