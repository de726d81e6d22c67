import Foundation
import Plot
import Vapor
import WiegCore

/// Finding help as a parent: three doors, a search box, big tap targets, plain words, in
/// the parent's language (`ParentStrings`).
enum HelpView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, question q: SearchController.ParentQuestion, topicCounts: [String: Int]?,
        embedded: Bool
    ) -> Response {
        let t = q.strings
        let p = q.params
        let url: SiteURL = embedded ? .helpEmbed : .help
        let doors: [(Phase, ParentText)] = [(.voor, .doorWish), (.tijdens, .doorPregnant), (.na, .doorBaby)]
        var content: [BodyNode] = [
            H.h1(t(.pageTitle)),
            // The privacy statement may not be framed: from an embedded finder it opens outside.
            H.el(
                "p", H.cls("lead"), H.text(t(.lead) + " "),
                H.a(SiteURL.privacy.path, t(.privacyLink), embedded ? H.attr("target", "_blank") : .empty)),
            // Urgent help is at the foot of every page; this says where, before anything else.
            H.el("p", H.cls("emergency-link"), H.a("#spoed", t(.emergencyHeading))),
            H.el(
                "form", H.attr("method", "get"), H.attr("action", url.path + "#resultaten"), H.cls("help-search"),
                // Enter in the search field submits with the form's first button: this one, so
                // it searches instead of choosing the first door.
                H.el(
                    "button", H.attr("type", "submit"), H.cls("default-submit"), H.attr("tabindex", "-1"),
                    H.attr("aria-hidden", "true")),
                H.el("p", H.cls("doors-label"), H.attr("id", "deuren"), H.text(t(.doorsLabel))),
                H.el(
                    "ul",
                    [H.cls("doors"), H.attr("aria-labelledby", "deuren")]
                        + doors.map { phase, key in
                            H.el(
                                "li",
                                H.el(
                                    // The chosen door, pressed again, shows help for every phase.
                                    "button", H.attr("type", "submit"), H.attr("name", "deur"),
                                    H.attr("value", p.phase == phase ? "alle" : phase.rawValue),
                                    H.cls(p.phase == phase ? "door door-current" : "door"),
                                    H.attr("aria-pressed", p.phase == phase ? "true" : "false"), H.text(t(key))))
                        }),
                p.phase.map { H.void("input", [("type", "hidden"), ("name", "fase"), ("value", $0.rawValue)]) } ?? .empty,
                t.language == .nl ? .empty : H.void("input", [("type", "hidden"), ("name", "taal"), ("value", t.language.rawValue)]),
                Forms.field(
                    t(.questionLabel), name: "zoek", type: "search", value: p.text,
                    hint: t(.questionHint) + (t.language.searchable ? "" : " " + t(.searchLanguageNote)), extra: [("maxlength", "200")]),
                Forms.select(
                    t(.municipalityLabel), name: "gemeente",
                    options: [("", t(.municipalityChoose))] + network.municipalities.map { ($0.code, $0.name) },
                    selected: p.postcode == nil ? (p.municipality ?? "") : ""),
                Forms.field(
                    t(.postcodeLabel), name: "postcode", value: p.postcode, hint: t(.postcodeHint),
                    error: q.postcodeProblem.map { t($0) }, autocomplete: "postal-code", extra: [("maxlength", "12")]),
                Forms.submit(t(.searchButton), cls: "button button-big"))
        ]
        if q.answer == nil, let topicCounts {
            content.append(topics(topicCounts, network: network, params: p, strings: t, url: url))
        }
        if let answer = q.answer {
            content.append(results(answer, network: network, question: q, topicCounts: topicCounts, url: url, embedded: embedded))
        }
        content.append(HelpBits.emergency(t))
        return ParentLayout.page(shell, strings: t, title: t(.pageTitle), embedded: embedded, content)
    }

    /// One section the page jumps to after a tap: what was understood comes first, so a
    /// parent on a phone sees it above the results.
    static func results(
        _ answer: HelpAnswer, network: NetworkCache.Snapshot, question q: SearchController.ParentQuestion, topicCounts: [String: Int]?,
        url: SiteURL, embedded: Bool
    ) -> BodyNode {
        let t = q.strings
        let p = q.params
        let result = answer.result
        let names = answer.needs.compactMap { network.taxonomy.term(code: $0) }.map(t.needName)
        var section: [BodyNode] = [H.attr("id", "resultaten"), H.attr("tabindex", "-1"), H.cls("results")]
        if !names.isEmpty {
            section.append(
                H.el(
                    "p", H.cls("understood"),
                    H.text(t(.understood) + " "),
                    H.el("strong", H.text(names.joined(separator: t.listSeparator))),
                    H.text(". "),
                    H.a(
                        url.with([
                            ("fase", p.phase?.rawValue), ("gemeente", p.postcode == nil ? p.municipality : nil), ("postcode", p.postcode),
                            ("taal", t.language == .nl ? nil : t.language.rawValue)
                        ]) + "#zoek",
                        t(.searchOther))))
        }
        if let postcode = p.postcode, q.postcodeProblem == nil, let code = p.municipality {
            section.append(
                H.p(
                    t(.nearPostcode, ["postcode": Postcode(postcode)?.written ?? postcode, "place": network.areaName(code)]),
                    H.cls("understood")))
        }
        // Not understood: the topics are the way on. Otherwise the help found comes first,
        // the topics after it (a door pressed on a phone lands on results, not on lists).
        let topicsNode = topicCounts.map { topics($0, network: network, params: p, strings: t, url: url) } ?? .empty
        if answer.notUnderstood {
            section.append(H.notice(t(.notUnderstood)))
            section.append(topicsNode)
        } else {
            section.append(H.h2(t(.found, ["n": String(result.total)])))
        }
        if t.language != .nl && t.language != .en && result.total > 0 { section.append(H.p(t(.servicesInDutch), H.cls("note-language"))) }
        let back = p.items + [("pagina", p.page.number > 1 ? String(p.page.number) : nil)]
        section.append(
            H.el(
                "ul",
                [H.cls("cards")]
                    + result.hits.items.compactMap { hit in
                        network.services[hit.id].map { s in
                            card(
                                s, network: network, question: q,
                                link: (embedded ? SiteURL.helpEmbedService : SiteURL.helpService)(s.id.uuidString).with(back))
                        }
                    }))
        section.append(HelpBits.pagination(result.hits, t, url: url, query: p.items))
        if result.total == 0 && !answer.notUnderstood { section.append(H.p(t(.nothingFound))) }
        if !answer.notUnderstood { section.append(topicsNode) }
        return H.el("section", section)
    }

    /// A result with what a parent needs to decide without opening it.
    static func card(_ s: ServiceRecord, network: NetworkCache.Snapshot, question q: SearchController.ParentQuestion, link: String)
        -> BodyNode
    {
        let t = q.strings
        let distance = HelpBits.kilometres(s, from: q.origin, network: network).map { HelpBits.distance($0, t) }
        let place = [HelpBits.place(s, network: network), distance, network.organisationName(s.organisationID)]
            .compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " · ")
        // Only worth a line when the help is in more than Dutch, or the reader reads another language.
        let languages = s.languages.count > 1 || t.language != .nl ? HelpBits.languages(s, t) : ""
        let dutch = HelpBits.dutch(t)
        return H.el(
            "li", H.cls("card"),
            H.el("h3", H.el("a", [H.attr("href", link)] + dutch + [H.text(HelpBits.name(s, t, network: network))])),
            H.el("p", H.el("span", dutch + [H.text(HelpBits.description(s, network: network, t))])),
            H.el(
                "ul", H.cls("facts"),
                H.el("li", HelpBits.cost(s, t)),
                H.el("li", H.text(HelpBits.howToGet(s.access, t))),
                H.el("li", H.text(t(.wherePrefix) + " "), H.el("span", dutch + [H.text(place)])),
                languages.isEmpty ? .empty : H.el("li", H.text(t(.languagesOffered) + " " + languages))),
            HelpBits.callButton(s, network: network, t))
    }

    /// The needs as topic tiles, each need a link with how much help there is (with a
    /// municipality chosen, only needs that have help there).
    static func topics(
        _ counts: [String: Int], network: NetworkCache.Snapshot, params p: SearchController.Params, strings t: ParentStrings, url: SiteURL
    ) -> BodyNode {
        let chosen = p.municipality != nil
        // Needs a beheerder added later stand in no topic: they get a tile of their own.
        let inTopics = Set(ParentTopics.all.flatMap(\.needs))
        let more = ParentTopic(
            key: "meer", dutchName: "Meer", englishName: "More",
            needs: network.taxonomy.terms.map(\.code).filter { !inTopics.contains($0) })
        let tiles = (ParentTopics.all + [more]).compactMap { topic -> BodyNode? in
            let needs = topic.needs.compactMap { code -> (NeedTerm, Int)? in
                guard let term = network.taxonomy.term(code: code) else { return nil }
                let count = counts[code] ?? 0
                return chosen && count == 0 ? nil : (term, count)
            }
            guard !needs.isEmpty else { return nil }
            return H.el(
                "li", H.cls("topic"),
                H.el("h3", H.text(t.topicName(topic))),
                H.el(
                    "ul",
                    needs.map { term, count in
                        H.el(
                            "li",
                            H.a(
                                url.with([
                                    ("behoefte", term.code), ("gemeente", p.postcode == nil ? p.municipality : nil),
                                    ("postcode", p.postcode),
                                    ("fase", p.phase?.rawValue), ("taal", t.language == .nl ? nil : t.language.rawValue)
                                ]) + "#resultaten",
                                t.needName(term) + (chosen ? " (\(count))" : "")))
                    }))
        }
        guard !tiles.isEmpty else { return .empty }
        return H.el(
            "div", H.cls("topics"),
            H.el("h2", H.text(t(.chooseTopic))),
            H.el("ul", [H.cls("topic-tiles")] + tiles))
    }
}
