import Fluent
import Foundation
import WiegCore

/// An organisation in the network (GGD, midwifery practice, municipality, ...).
/// Accounts and coalition members point at it; the social map describes it.
public final class OrganisationRow: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    // 004: the social map. Nullable, so organisations made before it keep working.
    @OptionalField(key: "type") public var typeRaw: String?
    @OptionalField(key: "domain") public var domainRaw: String?
    @OptionalField(key: "description") public var details: String?
    @OptionalField(key: "website") public var website: String?
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "check_email") public var checkEmail: String?
    /// JSON array of `AddressRecord`.
    @OptionalField(key: "addresses") public var addressesJSON: String?
    /// JSON array of municipality codes.
    @OptionalField(key: "working_area") public var workingAreaJSON: String?
    @OptionalField(key: "last_verified") public var lastVerified: Date?
    @OptionalField(key: "demo") public var demo: Bool?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID? = nil, slug: String, name: String) {
        self.id = id
        self.slug = slug
        self.name = name
    }

    /// The organisation as the domain sees it.
    public var record: OrganisationRecord {
        let type = typeRaw.flatMap(OrganisationType.init(rawValue:)) ?? .overig
        return OrganisationRecord(
            id: id ?? UUID(), name: name, type: type,
            domain: domainRaw.flatMap(NetworkDomain.init(rawValue:)) ?? type.usualDomain,
            description: details ?? "", website: website, phone: phone, email: email, checkEmail: checkEmail,
            addresses: JSONColumn.decode(addressesJSON) ?? [], workingArea: JSONColumn.decode(workingAreaJSON) ?? [],
            lastVerified: lastVerified, demo: demo ?? false, updatedAt: updatedAt)
    }

    /// The organisation as lists and choices name it.
    public var summary: OrganisationSummary { OrganisationSummary(id: id ?? UUID(), slug: slug, name: name) }

    /// Copies everything but the id from a record (the slug stays once set).
    public func apply(_ r: OrganisationRecord) {
        if slug.isEmpty { slug = Slug.make(r.name) }
        name = r.name
        typeRaw = r.type.rawValue
        domainRaw = r.domain.rawValue
        details = r.description
        website = r.website
        phone = r.phone
        email = r.email
        checkEmail = r.checkEmail
        addressesJSON = JSONColumn.encode(r.addresses)
        workingAreaJSON = JSONColumn.encode(r.workingArea)
        lastVerified = r.lastVerified
        demo = r.demo
    }
}

/// Lists and nested values stored as JSON text: the same on SQLite and PostgreSQL.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func decode<T: Decodable>(_ text: String?, as type: T.Type = T.self) -> T? {
        guard let text else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(T.self, from: Data(text.utf8))
    }
}

/// URL-safe names: lowercase ASCII letters, digits and single dashes.
public enum Slug {
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl_NL")).lowercased()
        var out = ""
        var dash = false
        for ch in folded.unicodeScalars {
            if ("a"..."z").contains(ch) || ("0"..."9").contains(ch) {
                out.unicodeScalars.append(ch)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(80))
    }

}
