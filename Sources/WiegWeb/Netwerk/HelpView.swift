import Foundation
import Plot
import Vapor
import WiegCore

/// Finding help as a parent: three doors, a search box, big tap targets, plain words.
enum HelpView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, params p: SearchController.Params, answer: HelpAnswer?,
        topicCounts: [String: Int]?
    ) -> Response {
        let lang = shell.lang
        let doors: [(Phase, String, String)] = [
            (.voor, "Ik wil zwanger worden", "I want to get pregnant"),
            (.tijdens, "Ik ben zwanger", "I am pregnant"),
            (.na, "Ik heb een baby", "I have a baby")
        ]
        var content: [BodyNode] = [
            H.h1(lang.t("Hulp zoeken", "Find help")),
            H.el(
                "p", H.cls("lead"),
                H.text(
                    lang.t(
                        "Zoek hulp bij jou in de buurt. Je hoeft niet in te loggen. Wij bewaren niet wat je zoekt. ",
                        "Find help near you. You do not need to sign in. We do not keep what you search for. ")),
                H.a(SiteURL.privacy.path, lang.t("Over je privacy", "About your privacy"))),
            H.el(
                "form", H.attr("method", "get"), H.attr("action", SiteURL.help.path + "#resultaten"), H.cls("help-search"),
                // Enter in the search field submits with the form's first button: this one, so
                // it searches instead of choosing the first door.
                H.el(
                    "button", H.attr("type", "submit"), H.cls("default-submit"), H.attr("tabindex", "-1"),
                    H.attr("aria-hidden", "true")),
                H.el(
                    "ul",
                    [H.cls("doors")]
                        + doors.map { phase, nl, en in
                            H.el(
                                "li",
                                H.el(
                                    // The chosen door, pressed again, shows help for every phase.
                                    "button", H.attr("type", "submit"), H.attr("name", "deur"),
                                    H.attr("value", p.phase == phase ? "alle" : phase.rawValue),
                                    H.cls(p.phase == phase ? "door door-current" : "door"),
                                    H.attr("aria-pressed", p.phase == phase ? "true" : "false"), H.text(lang.t(nl, en))))
                        }),
                p.phase.map { H.void("input", [("type", "hidden"), ("name", "fase"), ("value", $0.rawValue)]) } ?? .empty,
                Forms.field(
                    lang.t("Waar zoek je hulp bij?", "What do you need help with?"), name: "zoek", type: "search", value: p.text,
                    hint: lang.t("Bijvoorbeeld: geldzorgen, roken, borstvoeding", "For example: money worries, smoking, breastfeeding"),
                    extra: [("maxlength", "200")]),
                Forms.select(
                    lang.t("Je gemeente", "Your municipality"), name: "gemeente",
                    options: [("", lang.t("Kies je gemeente", "Choose your municipality"))]
                        + network.municipalities.map { ($0.code, $0.name) },
                    selected: p.municipality ?? ""),
                Forms.submit(lang.t("Zoeken", "Search"), cls: "button button-big"))
        ]
        if answer == nil, let topicCounts { content.append(topics(topicCounts, network: network, params: p, lang: lang)) }
        if let answer {
            let result = answer.result
            let names = answer.needs.compactMap { network.taxonomy.term(code: $0) }.map { lang.t($0.dutchName, $0.englishName) }
            // One section the page jumps to after a tap: what was understood comes first, so
            // a parent on a phone sees it above the results.
            var section: [BodyNode] = [H.attr("id", "resultaten"), H.attr("tabindex", "-1"), H.cls("results")]
            if !names.isEmpty {
                section.append(
                    H.el(
                        "p", H.cls("understood"),
                        H.text(lang.t("We zoeken hulp bij: ", "We are looking for help with: ")),
                        H.el("strong", H.text(names.joined(separator: ", "))),
                        H.text(". "),
                        H.a(
                            SiteURL.help.with([("fase", p.phase?.rawValue), ("gemeente", p.municipality)]) + "#zoek",
                            lang.t("Iets anders zoeken", "Search for something else"))))
            }
            if answer.notUnderstood {
                section.append(
                    H.notice(
                        lang.t(
                            "We begrijpen niet goed waar je hulp bij zoekt. Probeer een ander woord, bijvoorbeeld: geldzorgen, somber, borstvoeding, geen huis. Of vraag het je verloskundige, huisarts of het consultatiebureau.",
                            "We do not quite understand what you need help with. Try another word, for example: money worries, feeling down, breastfeeding, no home. Or ask your midwife, GP or the baby clinic."
                        )))
            }
            if let topicCounts { section.append(topics(topicCounts, network: network, params: p, lang: lang)) }
            if !answer.notUnderstood {
                section.append(
                    H.h2(
                        result.total == 1
                            ? lang.t("1 keer hulp gevonden", "1 kind of help found")
                            : lang.t("\(result.total) keer hulp gevonden", "\(result.total) kinds of help found")))
            }
            section.append(
                H.el(
                    "ul",
                    [H.cls("cards")]
                        + result.hits.items.compactMap { hit in
                            network.services[hit.id].map { s in
                                H.el(
                                    "li", H.cls("card"),
                                    H.el(
                                        "h3",
                                        H.a(
                                            SiteURL.helpService(s.id.uuidString).with(
                                                p.items + [("pagina", p.page.number > 1 ? String(p.page.number) : nil)]), s.name)),
                                    H.p(s.publicDescription),
                                    H.el(
                                        "ul", H.cls("facts"),
                                        H.el("li", H.text(HelpBits.cost(s, lang))),
                                        H.el("li", H.text(HelpBits.howToGet(s.access, lang))),
                                        H.el(
                                            "li",
                                            H.text(
                                                lang.t("Waar: ", "Where: ") + HelpBits.place(s, network: network) + " · "
                                                    + (network.organisationName(s.organisationID) ?? "")))),
                                    HelpBits.callButton(s, network: network, lang))
                            }
                        }))
            section.append(Layout.pagination(result.hits, lang: lang, url: .help, query: p.items, fragment: "resultaten"))
            if result.total == 0 && !answer.notUnderstood {
                section.append(
                    H.p(
                        lang.t(
                            "Niets gevonden. Vraag het je verloskundige, huisarts of het consultatiebureau: zij weten de weg.",
                            "Nothing found. Ask your midwife, GP or the baby clinic: they know the way.")))
            }
            content.append(H.el("section", section))
        }
        content.append(HelpBits.emergency(lang))
        return Layout.page(shell, title: lang.t("Hulp zoeken", "Find help"), content)
    }

    /// The needs as topic tiles, each need a link with how much help there is (with a
    /// municipality chosen, only needs that have help there).
    static func topics(_ counts: [String: Int], network: NetworkCache.Snapshot, params p: SearchController.Params, lang: Lang) -> BodyNode {
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
                H.el("h3", H.text(lang.t(topic.dutchName, topic.englishName))),
                H.el(
                    "ul",
                    needs.map { term, count in
                        H.el(
                            "li",
                            H.a(
                                SiteURL.help.with([("behoefte", term.code), ("gemeente", p.municipality), ("fase", p.phase?.rawValue)])
                                    + "#resultaten",
                                lang.t(term.dutchName, term.englishName) + (chosen ? " (\(count))" : "")))
                    }))
        }
        guard !tiles.isEmpty else { return .empty }
        return H.el(
            "div", H.cls("topics"),
            H.el("h2", H.text(lang.t("Kies een onderwerp", "Choose a topic"))),
            H.el("ul", [H.cls("topic-tiles")] + tiles))
    }
}
