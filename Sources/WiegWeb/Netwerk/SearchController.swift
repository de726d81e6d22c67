import Foundation
import Vapor
import WiegCore
import WiegStore

/// Finding help. `/aanbod` for professionals (zorgpad first, then services with their
/// professional contact), `/hulp` for parents (plain language, public texts only), and
/// `/api/v1/aanbod` as the JSON twin (professional fields only when signed in).
enum SearchController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .services, access: .signedIn, use: professional)
        routes.on(.GET, .help, access: .everyone, use: parents)
        routes.on(.GET, .apiServices, access: .everyone, network: json)
        routes.on(.GET, .apiHelp, access: .everyone, network: helpJSON)
        routes.on(.GET, .apiNeeds, access: .everyone, use: needs)
    }

    /// The search parameters, shared by the page and the API (Dutch names, as in the URL).
    struct Params {
        var text = ""
        var municipality: String?
        var phase: Phase?
        var need: String?
        var domain: NetworkDomain?
        var access: ServiceAccess?
        var recognition: Recognition?
        var language: String?
        var page = PageQuery()
        /// The parents' pages: the language they are read in (`taal` there) and a postcode.
        var reading: ParentLanguage?
        var postcode: String?

        var query: SearchQuery {
            SearchQuery(
                text: text,
                filters: SearchFilters(
                    phases: Set([phase].compactMap { $0 }), needs: Set([need].compactMap { $0 }),
                    domains: Set([domain].compactMap { $0 }), municipalities: Set([municipality].compactMap { $0 }),
                    access: Set([access].compactMap { $0 }), recognitions: Set([recognition].compactMap { $0 }),
                    languages: Set([language].compactMap { $0 })), page: page)
        }

        /// For links: every set parameter by its URL name.
        var items: [(String, String?)] {
            [
                ("zoek", text), ("gemeente", municipality), ("fase", phase?.rawValue), ("behoefte", need), ("domein", domain?.rawValue),
                ("toegang", access?.rawValue), ("erkenning", recognition?.rawValue),
                ("taal", language ?? (reading == .nl ? nil : reading?.rawValue)), ("postcode", postcode)
            ]
        }
    }

    static func params(_ req: Request, network: NetworkCache.Snapshot, defaultSize: Int = 20) throws -> Params {
        func text(_ name: String, _ max: Int) throws -> String? {
            try req.apiString(name, maxLength: max).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        var p = Params()
        p.text = try text("zoek", 200) ?? ""
        p.municipality = try text("gemeente", 40)
        p.phase = try req.apiEnum("fase", Phase.self)
        p.need = try req.needParameter(network)
        p.domain = try req.apiEnum("domein", NetworkDomain.self)
        p.access = try req.apiEnum("toegang", ServiceAccess.self)
        p.recognition = try req.apiEnum("erkenning", Recognition.self)
        p.language = try text("taal", 8)
        p.page = try req.apiPage(defaultSize: defaultSize)
        return p
    }

    @Sendable static func professional(req: Request) async throws -> Response {
        let network = try await req.network()
        let p = try params(req, network: network)
        var result = network.index.search(p.query)
        // Parents' words work here too: "geldzorgen" is about debts even where no service
        // says so. Where the words themselves find nothing, the needs they stand for do.
        let needs = p.need == nil && !p.text.isEmpty ? network.index.needs(in: p.text, words: network.parentWords) : []
        var searchedNeeds = false
        if !needs.isEmpty && (result.hits.total == 0 || result.relaxed) {
            var byNeed = p.query
            byNeed.text = ""
            byNeed.filters.needs = Set(needs)
            result = network.index.search(byNeed)
            searchedNeeds = true
        }
        let paths = (p.municipality != nil && p.need != nil) ? network.zorgpaden(for: p.municipality, need: p.need) : []
        return SearchView.render(
            req.shell, network: network, params: p, result: result, zorgpaden: paths, now: req.now,
            understood: (needs.compactMap { network.taxonomy.term(code: $0) }, searchedNeeds))
    }

    /// A parent's question as read: the parameters, the answer, the page's language and
    /// where the parent is (from a postcode).
    struct ParentQuestion {
        var params: Params
        var answer: HelpAnswer?
        var strings: ParentStrings
        /// The middle of the parent's postcode area, when known: distances are measured from it.
        var origin: GeoCoordinate?
        var postcodeProblem: ParentText?
    }

    /// The parents' question and its answer: one loader for the page and its JSON twin.
    static func help(_ req: Request, network: NetworkCache.Snapshot) throws -> ParentQuestion {
        var p = try params(req, network: network, defaultSize: 10)
        // A door of the form (a button, so the chosen municipality and words go along).
        if let door = try? req.query.get(String.self, at: "deur") { p.phase = Phase(rawValue: door) }
        p.domain = nil
        p.access = nil
        p.recognition = nil
        // `taal` is the language the page is read in here, not a filter.
        p.reading = p.language.flatMap(ParentLanguage.init(rawValue:)) ?? (req.wieg.lang == .en ? .en : .nl)
        p.language = nil
        var origin: GeoCoordinate?
        var problem: ParentText?
        if let typed = try req.apiString("postcode", maxLength: 12), !typed.trimmingCharacters(in: .whitespaces).isEmpty {
            p.postcode = typed
            if let postcode = Postcode(typed) {
                if let municipality = network.postcodeMunicipalities[postcode.digits] {
                    p.municipality = municipality
                    origin = network.postcodeCentres[postcode.digits]
                } else {
                    problem = .postcodeUnknown
                }
            } else {
                problem = .postcodeInvalid
            }
        }
        let asked = !p.text.isEmpty || p.phase != nil || p.need != nil || p.municipality != nil
        let answer =
            asked
            ? network.publicIndex.help(
                p.query, words: network.parentWords, records: { network.services[$0] },
                kilometres: origin.map { from in { network.position(of: $0).map(from.kilometres) } })
            : nil
        return ParentQuestion(params: p, answer: answer, strings: (p.reading ?? .nl).strings, origin: origin, postcodeProblem: problem)
    }

    @Sendable static func parents(req: Request) async throws -> Response {
        try await parents(req, embedded: false)
    }

    /// The finder on a municipality's own website (see `EmbedController`).
    static func parents(_ req: Request, embedded: Bool) async throws -> Response {
        let network = try await req.network()
        let question = try help(req, network: network)
        let p = question.params
        // The twin asks what this page shows (a door pressed is a phase; the page number).
        req.wieg.jsonTwin = SiteURL.apiHelp.with(p.items + [("pagina", p.page.number > 1 ? String(p.page.number) : nil)])
        // Topics where no question narrows it yet, or where the question was not understood.
        var topicCounts: [String: Int]?
        if p.need == nil && (p.text.isEmpty || question.answer?.notUnderstood == true) {
            var browse = p.query
            browse.text = ""
            browse.page = PageQuery(size: 1)
            topicCounts = network.publicIndex.search(browse).facets[.need]
        }
        return HelpView.render(req.shell, network: network, question: question, topicCounts: topicCounts, embedded: embedded)
    }

    /// `{understood, notUnderstood, data, pagination}`: what the parents' page shows.
    @Sendable static func helpJSON(req: Request, network: NetworkCache.Snapshot) throws -> Response {
        let question = try help(req, network: network)
        let p = question.params
        let answer = question.answer ?? .nothing(page: p.page, notUnderstood: false)
        let t = question.strings
        var json = JSONText()
        json.object { json in
            json.member("understood") { json in
                json.array(answer.needs.compactMap { network.taxonomy.term(code: $0) }) { (json: inout JSONText, term: NeedTerm) in
                    json.object { json in
                        json.member("code") { $0.string(term.code) }
                        json.member("name") { $0.string(t.needName(term)) }
                        json.member("nameNL") { $0.string(term.dutchName) }
                        json.member("nameEN") { $0.string(term.englishName) }
                    }
                }
            }
            json.member("notUnderstood") { $0.bool(answer.notUnderstood) }
            json.member("language") { $0.string(t.language.rawValue) }
            if p.postcode != nil {
                json.member("postcode") { json in
                    json.object { json in
                        json.member("understood") { $0.bool(question.postcodeProblem == nil) }
                        if question.postcodeProblem == nil, let code = p.municipality { json.member("municipality") { $0.string(code) } }
                        if let problem = question.postcodeProblem { json.member("message") { $0.string(t(problem)) } }
                    }
                }
            }
            json.member("data") { json in
                json.array(answer.result.hits.items.compactMap { network.services[$0.id] }) { json, s in
                    writeParentService(s, network: network, question: question, to: &json)
                }
            }
            writePagination(answer.result.hits, to: &json)
        }
        return JSONText.response(json.buffer)
    }

    /// `{data, pagination, facets, relaxed}`, written by hand (see `JSONText`).
    @Sendable static func json(req: Request, network: NetworkCache.Snapshot) throws -> Response {
        let signedIn = req.principal != nil
        // Signed-in answers carry professional fields: they are cached apart.
        let key = (signedIn ? "professional?" : "public?") + (req.url.query ?? "")
        if let body = network.searchResponses.body(for: key, now: req.now) { return JSONText.response(body) }
        let p = try params(req, network: network)
        let result = (signedIn ? network.index : network.publicIndex).search(p.query)
        let page = result.hits
        var json = JSONText()
        json.object { json in
            writePage(page, network: network, professional: signedIn, now: req.now, to: &json)
            json.member("facets") { json in
                json.object { json in
                    for facet in SearchFacet.allCases {
                        json.dynamicMember(facet.rawValue) { json in
                            json.object { json in
                                for (value, count) in result.facets[facet] {
                                    json.dynamicMember(value) { $0.int(count) }
                                }
                            }
                        }
                    }
                }
            }
            json.member("relaxed") { $0.bool(result.relaxed) }
        }
        let body = json.buffer
        network.searchResponses.store(body, for: key, now: req.now)
        return JSONText.response(body)
    }

    /// The `data` and `pagination` members of a page of found services.
    static func writePage(
        _ page: Paged<SearchHit>, network: NetworkCache.Snapshot, professional: Bool, now: Date, to json: inout JSONText
    ) {
        let boundaries = Freshness.Boundaries(now: now)
        json.member("data") { json in
            json.array(page.items.compactMap { network.services[$0.id] }) { json, s in
                ServiceJSON(
                    s, organisationName: network.organisationName(s.organisationID), professional: professional, freshness: boundaries
                )
                .write(to: &json)
            }
        }
        writePagination(page, to: &json)
    }

    /// The `pagination` member: the same on every list.
    static func writePagination<T>(_ page: Paged<T>, to json: inout JSONText) {
        json.member("pagination") { json in
            json.object { json in
                json.member("page") { $0.int(page.number) }
                json.member("pageSize") { $0.int(page.size) }
                json.member("total") { $0.int(page.total) }
                json.member("pageCount") { $0.int(page.pageCount) }
            }
        }
    }

    /// A service as a parent sees it on `/hulp` (the `ParentService` schema).
    static func writeParentService(
        _ s: ServiceRecord, network: NetworkCache.Snapshot, question q: ParentQuestion, to json: inout JSONText
    ) {
        let t = q.strings
        json.object { json in
            json.member("id") { $0.string(s.id.uuidString.lowercased()) }
            json.member("name") { $0.string(HelpBits.name(s, t, network: network)) }
            json.member("description") { $0.string(HelpBits.description(s, network: network, t)) }
            json.member("needs") { $0.strings(s.needs) }
            json.member("cost") { $0.string(t.costText(s.cost)) }
            json.member("howToGet") { $0.string(HelpBits.howToGet(s.access, t)) }
            json.member("access") { $0.string(s.access.rawValue) }
            json.member("place") { $0.string(HelpBits.place(s, network: network)) }
            json.member("organisation") { $0.string(network.organisationName(s.organisationID) ?? "") }
            if let phone = HelpBits.phone(s, network: network) { json.member("phone") { $0.string(phone) } }
            if let website = s.website ?? network.organisations[s.organisationID]?.website { json.member("website") { $0.string(website) } }
            json.member("languages") { $0.strings(s.languages) }
            if let km = HelpBits.kilometres(s, from: q.origin, network: network) {
                json.member("kilometres") { $0.double((km * 10).rounded() / 10) }
            }
        }
    }

    struct NeedJSON: Content { var code, domain, nameNL, nameEN, descriptionNL, descriptionEN: String }

    @Sendable static func needs(req: Request) async throws -> Response {
        let network = try await req.network()
        let all = network.taxonomy.terms.map {
            NeedJSON(
                code: $0.code, domain: $0.domain.rawValue, nameNL: $0.dutchName, nameEN: $0.englishName,
                descriptionNL: $0.dutchDescription, descriptionEN: $0.englishDescription)
        }
        let page = try req.apiPage(defaultSize: 100)
        return try await APIPage(
            Paged(
                items: Array(all.dropFirst(page.offset).prefix(page.size)), number: page.number,
                size: page.size, total: all.count)
        ).encodeResponse(for: req)
    }
}
