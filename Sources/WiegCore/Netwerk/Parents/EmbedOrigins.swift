import Foundation

/// The websites (origins: scheme, host and port) that may show the parents' finder in a
/// frame, as a beheerder set them. Every other page may be framed by no one.
public struct EmbedOrigins: Sendable, Equatable {
    public let origins: [String]

    public init(origins: [String]) { self.origins = origins }

    /// The `frame-ancestors` source list: the origins, or `'none'` when there are none.
    public var frameAncestors: String { origins.isEmpty ? "'none'" : origins.joined(separator: " ") }

    /// Reads a beheerder's list: one website per line (or separated by commas or spaces),
    /// each `https://host` with an optional port, nothing after the host. A path is cut
    /// off (a frame's parent is a whole site); plain http only for localhost.
    public static func read(_ text: String) -> FormCheck<EmbedOrigins> {
        var origins: [String] = []
        var issues: [ImportIssue] = []
        let entries = text.split(whereSeparator: { $0.isNewline || $0.isWhitespace || $0 == "," })
        for (index, raw) in entries.enumerated() {
            let entry = String(raw)
            guard origins.count < 50 else {
                issues.append(ImportIssue(line: 2, column: "websites", message: "Hoogstens 50 websites."))
                break
            }
            guard let origin = origin(entry) else {
                issues.append(
                    ImportIssue(
                        line: 2, column: "websites",
                        message:
                            "Website \(index + 1) ('\(entry.prefix(80))') klopt niet; schrijf het adres van de site, zoals https://www.meppel.nl."
                    ))
                continue
            }
            if !origins.contains(origin) { origins.append(origin) }
        }
        return FormCheck(record: issues.isEmpty ? EmbedOrigins(origins: origins) : nil, issues: issues)
    }

    /// `scheme://host[:port]` in lower case, or nil.
    static func origin(_ text: String) -> String? {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(),
            !host.isEmpty, url.user == nil, url.password == nil, url.query == nil, url.fragment == nil,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }),
            host.contains(".") || host == "localhost"
        else { return nil }
        guard scheme == "https" || (scheme == "http" && host == "localhost") else { return nil }
        return "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
    }
}
