import Plot
import WiegCore

/// The coalition's workgroups, risks, governance bodies and agreements on its dashboard,
/// each with edit and delete links (and a "new" link) for whoever may edit the coalition.
enum CoalitionItemsView {
    static func all(_ c: CoalitionContext, lang: Lang) -> BodyNode {
        .group([
            section(Workgroup.self, c, lang: lang, titleNL: "Werkgroepen", titleEN: "Workgroups"),
            section(Risk.self, c, lang: lang, titleNL: "Risico's", titleEN: "Risks"),
            section(GovernanceBody.self, c, lang: lang, titleNL: "Overlegorganen", titleEN: "Governance bodies"),
            section(Agreement.self, c, lang: lang, titleNL: "Samenwerkingsafspraken", titleEN: "Cooperation agreements"),
        ])
    }

    static func section<Item: EditableCoalitionItem>(_ type: Item.Type, _ c: CoalitionContext, lang: Lang,
                                                     titleNL: String, titleEN: String) -> BodyNode {
        let items = Item.items(in: c.work)
        guard !items.isEmpty || c.canEdit else { return .empty }
        return .group([
            H.h2(lang.t(titleNL, titleEN), id: Item.segment),
            items.isEmpty ? H.p(lang.t("Nog niets vastgelegd.", "Nothing recorded yet.")) :
                H.el("ul", items.map { item in
                    H.el("li", .text(item.label),
                         c.canEdit ? .group([.text(" — "), H.a(SiteURL.coalitionItemEdit(c.slug, Item.segment, item.id.uuidString).path,
                                                                lang.t("Bewerken", "Edit")),
                                             .text(" · "), H.a(SiteURL.coalitionItemDelete(c.slug, Item.segment, item.id.uuidString).path,
                                                               lang.t("Verwijderen", "Delete"))]) : .empty)
                }),
            c.canEdit ? H.el("p", H.a(SiteURL.coalitionItemNew(c.slug, Item.segment).path,
                                      lang.t("Nieuw \(Item.nounNL) toevoegen", "Add a \(Item.nounEN)"))) : .empty,
        ])
    }
}
