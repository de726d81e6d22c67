import Plot
import WiegCore

/// Pieces the level pages (funnel plot, small areas, map) share.
enum MonitoringForms {
    /// The GET form to choose level, area and period.
    static func levelForm(_ lang: Lang, action: String, query q: LevelQuery) -> BodyNode {
        H.el(
            "form", H.attr("method", "get"), H.attr("action", action), H.cls("filters"),
            Forms.select(
                lang.t("Niveau", "Level"), name: "niveau",
                options: [
                    ("gemeente", lang.t("Gemeenten", "Municipalities")), ("wijk", lang.t("Wijken", "Neighbourhoods")), ("pc4", "PC4")
                ],
                selected: q.level.rawValue),
            Forms.field(lang.t("Binnen gebied (code, optioneel)", "Within area (code, optional)"), name: "gebied", value: q.within?.code),
            Forms.select(lang.t("Periode", "Period"), name: "periode", options: q.periods.map { ($0, $0) }, selected: q.period),
            Forms.submit(lang.t("Tonen", "Show"), cls: "button button-secondary"))
    }

    /// The warning for signed-in viewers who see figures the public does not.
    static func smallNumbersWarning(_ lang: Lang) -> BodyNode {
        H.notice(
            lang.t(
                "Let op: u ziet ook kleine aantallen. Deel deze niet buiten uw organisatie.",
                "Note: you also see small numbers. Do not share them outside your organisation."), kind: .warn)
    }

    /// The warning for viewers who see small numbers, and the note that some are hidden
    /// (a regio team or coordinator sees its own areas' small numbers, not the others').
    static func smallNumbersNotice(_ lang: Lang, query q: LevelQuery) -> [BodyNode] {
        let warning = q.showsSmallNumbers ? [smallNumbersWarning(lang)] : []
        let hidden = q.hiddenCodes.count
        guard hidden > 0 else { return warning }
        return warning + [
            H.p(
                lang.t(
                    "\(hidden) gebied(en) zijn verborgen: te kleine aantallen, of af te leiden uit het totaal van het grotere gebied.",
                    "\(hidden) area(s) are hidden: numbers too small, or derivable from the larger area's total."))
        ]
    }

    /// The note under a table with hidden figures: how many, and the two reasons.
    static func hiddenCellsNote(_ cells: [IndicatorCell], lang: Lang) -> [BodyNode] {
        let hidden = cells.filter { $0.suppression.isHidden }.count
        guard hidden > 0 else { return [] }
        return [
            H.p(
                lang.t(
                    "\(hidden) \(hidden == 1 ? "cijfer is" : "cijfers zijn") verborgen: te kleine aantallen (minder dan 10), of terug te rekenen uit het totaal van het grotere gebied.",
                    "\(hidden) \(hidden == 1 ? "figure is" : "figures are") hidden: numbers too small (below 10), or derivable from the larger area's total."
                ))
        ]
    }
}
