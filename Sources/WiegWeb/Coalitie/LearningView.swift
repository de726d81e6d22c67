import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// The "Leren van elkaar" page: the filter, the matching items of published plans, and
/// for editors a form per item to copy it into their own plan.
enum LearningView {
    static func render(
        _ shell: PageShell, matches: [PublishedPlanMatch], targets: [Coalition], filter f: PublishedPlanFilter,
        copied: Bool
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Leren van elkaar", "Learning from each other")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "Coalities die hun plan publiceren, delen hier de openbare delen: doelen, activiteiten en werkgroepen, zonder namen, begroting of risico's. Neem over wat bij u past; de kopie onthoudt waar ze vandaan komt.",
                    "Coalitions that publish their plan share its public parts here: goals, activities and workgroups, without names, budget or risks. Copy what fits you; the copy remembers where it came from."
                )),
            H.el(
                "form", H.attr("method", "get"), H.attr("action", SiteURL.learning.path), H.cls("filters"),
                Forms.select(
                    lang.t("Thema", "Theme"), name: "thema",
                    options: [("", lang.t("Alle thema's", "All themes"))] + MinimumTheme.allCases.map { ($0.rawValue, $0.dutchName) },
                    selected: f.theme?.rawValue ?? ""),
                Forms.select(
                    lang.t("Actielijn", "Action line"), name: "actielijn",
                    options: [("", lang.t("Alle actielijnen", "All action lines"))] + ActionLine.allCases.map { ($0.rawValue, $0.label) },
                    selected: f.actionLine?.rawValue ?? ""),
                Forms.select(
                    lang.t("Soort", "Kind"), name: "soort",
                    options: [("", lang.t("Alles", "Everything"))]
                        + OriginItemKind.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                    selected: f.kinds.count == 1 ? f.kinds.first!.rawValue : ""),
                Forms.field(lang.t("Interventie of zoekwoord", "Intervention or keyword"), name: "zoek", value: f.text),
                Forms.submit(lang.t("Zoeken", "Search"), cls: "button button-secondary"))
        ]
        if copied { content.append(H.notice(lang.t("Overgenomen in uw plan.", "Copied into your plan."))) }
        guard !matches.isEmpty else {
            content.append(
                H.p(lang.t("Geen gepubliceerde onderdelen gevonden voor deze keuze.", "No published items found for this choice.")))
            return Layout.page(shell, title: title, content)
        }
        content.append(H.p(lang.t("\(matches.count) gevonden.", "\(matches.count) found.")))
        content.append(
            H.el(
                "ul",
                [H.cls("learning")]
                    + matches.map { match in
                        H.el(
                            "li",
                            H.el("h2", H.text("\(lang.t(match.kind.dutchName, match.kind.englishName).capitalizedFirst): \(match.title)")),
                            H.p(lang.t("Van \(match.plan.name)", "From \(match.plan.name)")),
                            details(match, lang: lang),
                            copyForm(match, targets: targets, shell: shell))
                    }))
        return Layout.page(shell, title: title, content)
    }

    static func details(_ match: PublishedPlanMatch, lang: Lang) -> BodyNode {
        switch match.item {
        case .goal(let goal):
            return H.p(lang.t("Actielijnen: ", "Action lines: ") + goal.actionLines.map(\.rawValue).joined(separator: ", "))
        case .activity(let activity):
            return .group([
                H.p(activity.description),
                H.p(
                    lang.t("Actielijnen: ", "Action lines: ") + activity.actionLines.map(\.rawValue).joined(separator: ", ")
                        + (activity.expectedResult.isEmpty
                            ? "" : lang.t(". Verwacht resultaat: ", ". Expected result: ") + activity.expectedResult))
            ])
        case .workgroup(_, let activities):
            return H.p(
                lang.t("Met \(activities.count) activiteit(en): ", "With \(activities.count) activities: ")
                    + activities.map(\.title).joined(separator: "; "))
        }
    }

    static func copyForm(_ match: PublishedPlanMatch, targets: [Coalition], shell: PageShell) -> BodyNode {
        let lang = shell.lang
        let candidates = targets.filter { $0.id != match.plan.coalitionID }
        guard !candidates.isEmpty else { return .empty }
        let id = "doel-\(match.itemID.uuidString.prefix(8))"
        return Forms.post(
            SiteURL.learningCopy.path, csrf: shell.csrf,
            [
                H.void("input", [("type", "hidden"), ("name", "bron"), ("value", match.plan.coalitionID.uuidString)]),
                H.void("input", [("type", "hidden"), ("name", "soort"), ("value", match.kind.rawValue)]),
                H.void("input", [("type", "hidden"), ("name", "item"), ("value", match.itemID.uuidString)]),
                candidates.count == 1
                    ? H.void("input", [("type", "hidden"), ("name", "doel"), ("value", candidates[0].slug)])
                    : H.el(
                        "div", H.cls("field"), H.el("label", H.attr("for", id), H.text(lang.t("In het plan van", "Into the plan of"))),
                        H.el(
                            "select",
                            [H.attr("id", id), H.attr("name", "doel")]
                                + candidates.map { H.el("option", H.attr("value", $0.slug), H.text($0.name)) })),
                Forms.submit(
                    candidates.count == 1
                        ? lang.t("Overnemen in het plan van \(candidates[0].name)", "Copy into the plan of \(candidates[0].name)")
                        : lang.t("Overnemen", "Copy"), cls: "button button-secondary")
            ], cls: "inline")
    }
}
