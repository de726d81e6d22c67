import Vapor
import WiegCore

/// The JSON envelope of every paged list.
struct APIPage<Item: Content & Sendable>: Content {
    var data: [Item]
    var pagination: Pagination

    struct Pagination: Content {
        var page: Int
        var pageSize: Int
        var total: Int
        var pageCount: Int
    }

    init(_ page: Paged<Item>) {
        data = page.items
        pagination = Pagination(page: page.number, pageSize: page.size, total: page.total, pageCount: page.pageCount)
    }
}

extension Request {
    /// The page of an HTML list (`pagina`, `per_pagina`; lenient: anything unreadable is the default).
    var listPage: PageQuery {
        PageQuery(number: query[Int.self, at: "pagina"], size: query[Int.self, at: "per_pagina"])
    }
}
