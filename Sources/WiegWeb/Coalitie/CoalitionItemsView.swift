import Plot
import WiegCore

/// The coalition's workgroups, risks and agreements on its dashboard (governance bodies are
/// in the dashboard's table of bodies against their cadence),
/// each with edit and delete links (and a "new" link) for whoever may edit the coalition.
enum CoalitionItemsView {
    static func all(_ c: CoalitionContext, shell: PageShell) -> BodyNode {
        let lang = shell.lang
        return .group([
            section(Workgroup.self, c, lang: lang, titleNL: "Werkgroepen", titleEN: "Workgroups"),
            section(Risk.self, c, lang: lang, titleNL: "Risico's", titleEN: "Risks"),
            section(Agreement.self, c, lang: lang, titleNL: "Samenwerkingsafspraken", titleEN: "Cooperation agreements"),
            learning(c, shell: shell)
        ])
    }

    /// "Leren van elkaar": whether the plan is published, and the switch for editors.
    static func learning(_ c: CoalitionContext, shell: PageShell) -> BodyNode {
        let lang = shell.lang
        let published = c.work.coalition.publishesPlan
        let copies =
            c.work.activities.compactMap(\.origin) + c.work.workgroups.compactMap(\.origin)
            + (c.work.plan?.goals.compactMap(\.origin) ?? [])
        return .group([
            H.h2(lang.t("Leren van elkaar", "Learning from each other"), id: "leren"),
            H.p(
                published
                    ? lang.t(
                        "Dit plan is gepubliceerd: andere coalities zien de openbare delen (doelen, activiteiten, werkgroepen; geen namen, begroting of risico's) en kunnen ze overnemen.",
                        "This plan is published: other coalitions see its public parts (goals, activities, workgroups; no names, budget or risks) and may copy them."
                    )
                    : lang.t("Dit plan is niet gepubliceerd.", "This plan is not published."),
                H.text(" "), H.a(SiteURL.learning.path, lang.t("Bekijk gepubliceerde plannen", "See published plans"))),
            copies.isEmpty ? .empty : H.el("ul", copies.map { H.el("li", H.text($0.label)) }),
            c.canEdit
                ? Forms.post(
                    SiteURL.coalitionPublish(c.slug).path, csrf: shell.csrf,
                    [
                        H.void("input", [("type", "hidden"), ("name", "publiceren"), ("value", published ? "nee" : "ja")]),
                        Forms.submit(
                            published ? lang.t("Publiceren stoppen", "Stop publishing") : lang.t("Plan publiceren", "Publish the plan"),
                            cls: "button button-secondary")
                    ], cls: "inline") : .empty
        ])
    }

    static func section<Item: EditableCoalitionItem>(
        _ type: Item.Type, _ c: CoalitionContext, lang: Lang,
        titleNL: String, titleEN: String
    ) -> BodyNode {
        let items = Item.items(in: c.work)
        guard !items.isEmpty || c.canEdit else { return .empty }
        return .group([
            H.h2(lang.t(titleNL, titleEN), id: Item.segment),
            items.isEmpty
                ? H.p(lang.t("Nog niets vastgelegd.", "Nothing recorded yet."))
                : H.el(
                    "ul",
                    items.map { item in
                        H.el(
                            "li", H.text(item.label),
                            c.canEdit
                                ? .group([
                                    H.text(" — "),
                                    H.a(
                                        SiteURL.coalitionItemEdit(c.slug, Item.segment, item.id.uuidString).path,
                                        lang.t("Bewerken", "Edit")),
                                    H.text(" · "),
                                    H.a(
                                        SiteURL.coalitionItemDelete(c.slug, Item.segment, item.id.uuidString).path,
                                        lang.t("Verwijderen", "Delete"))
                                ]) : .empty)
                    }),
            c.canEdit
                ? H.el(
                    "p",
                    H.a(
                        SiteURL.coalitionItemNew(c.slug, Item.segment).path,
                        lang.t("\(Item.newNL) toevoegen", "Add a \(Item.nounEN)"))) : .empty
        ])
    }
}
