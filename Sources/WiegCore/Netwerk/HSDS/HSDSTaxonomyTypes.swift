import Foundation

/// A taxonomy (`taxonomy.json`).
public struct HSDSTaxonomy: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
    public var version: String?

    public init(id: String, name: String, description: String, version: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.version = version
    }
}

/// A taxonomy term (`taxonomy_term.json`). `taxonomy` is the taxonomy's name.
public struct HSDSTaxonomyTerm: Codable, Sendable, Equatable {
    public var id: String
    public var code: String?
    public var name: String
    public var description: String
    public var parentID: String?
    public var taxonomy: String?
    public var taxonomyID: String?
    /// ISO 639-2 code of the term's language: "nld".
    public var language: String?

    enum CodingKeys: String, CodingKey {
        case id, code, name, description, taxonomy, language
        case parentID = "parent_id"
        case taxonomyID = "taxonomy_id"
    }

    public init(
        id: String, code: String? = nil, name: String, description: String, parentID: String? = nil,
        taxonomy: String? = nil, taxonomyID: String? = nil, language: String? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.description = description
        self.parentID = parentID
        self.taxonomy = taxonomy
        self.taxonomyID = taxonomyID
        self.language = language
    }
}

/// A link between an entity and a taxonomy term, with an optional value (`attribute.json`).
public struct HSDSAttribute: Codable, Sendable, Equatable {
    public var id: String
    public var linkID: String?
    /// "service", "organization" or "address".
    public var linkEntity: String?
    public var taxonomyTermID: String?
    public var value: String?
    public var taxonomyTerm: HSDSTaxonomyTerm?

    enum CodingKeys: String, CodingKey {
        case id, value
        case linkID = "link_id"
        case linkEntity = "link_entity"
        case taxonomyTermID = "taxonomy_term_id"
        case taxonomyTerm = "taxonomy_term"
    }

    public init(
        id: String, linkID: String? = nil, linkEntity: String? = nil, taxonomyTermID: String? = nil,
        value: String? = nil, taxonomyTerm: HSDSTaxonomyTerm? = nil
    ) {
        self.id = id
        self.linkID = linkID
        self.linkEntity = linkEntity
        self.taxonomyTermID = taxonomyTermID
        self.value = value
        self.taxonomyTerm = taxonomyTerm
    }
}

/// The answer of the API root `GET /` (openapi.json).
public struct HSDSRoot: Codable, Sendable, Equatable {
    /// The HSDS version: "3.0".
    public var version: String
    /// URL of the description of Wieg's HSDS profile.
    public var profile: String
    public var openapiURL: String

    enum CodingKeys: String, CodingKey {
        case version, profile
        case openapiURL = "openapi_url"
    }

    public init(version: String = "3.0", profile: String, openapiURL: String) {
        self.version = version
        self.profile = profile
        self.openapiURL = openapiURL
    }
}

/// A page of a list in the HSDS shape (openapi.json `#/components/schemas/Page`).
/// `size` is the number of items on this page, as the spec defines it.
public struct HSDSPage<Item: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var totalItems: Int
    public var totalPages: Int
    public var pageNumber: Int
    public var size: Int
    public var firstPage: Bool
    public var lastPage: Bool
    public var empty: Bool
    public var contents: [Item]

    enum CodingKeys: String, CodingKey {
        case size, empty, contents
        case totalItems = "total_items"
        case totalPages = "total_pages"
        case pageNumber = "page_number"
        case firstPage = "first_page"
        case lastPage = "last_page"
    }

    /// From one of Wieg's pages (numbered from 1).
    public init(_ paged: Paged<Item>) {
        totalItems = paged.total
        totalPages = paged.pageCount
        pageNumber = paged.number
        size = paged.items.count
        firstPage = !paged.hasPrevious
        lastPage = !paged.hasNext
        empty = paged.items.isEmpty
        contents = paged.items
    }
}
