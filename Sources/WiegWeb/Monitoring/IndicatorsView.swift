import Foundation
import Vapor
import WiegCore
import WiegStore

enum IndicatorsView {
    static func render(_ shell: PageShell, catalogue: [IndicatorDefinition]) -> Response {
        let lang = shell.lang
        let rows: [[BodyNode]] = catalogue.map { d in
            [
                H.el("strong", H.text(lang.t(d.nameNL, d.nameEN))), H.text(d.code), H.text(d.unitLabel),
                H.text(lang.t(d.polarity.dutchLabel, d.polarity.englishLabel)), H.text(lang.t(d.phase.dutchName, d.phase.englishName)),
                H.text(d.source.dutchName), H.text(d.definition),
                H.a(SiteURL.funnel(d.code).path, lang.t("Trechterdiagram", "Funnel plot"))
            ]
        }
        return Layout.page(
            shell, title: lang.t("Indicatoren", "Indicators"),
            [
                H.h1(lang.t("Indicatoren", "Indicators")),
                H.p(
                    lang.t(
                        "De perinatale kerncijfers en de context-indicatoren waarmee coalities hun startsituatie en voortgang volgen.",
                        "The perinatal core figures and context indicators coalitions use to map their starting point and progress."),
                    H.cls("lead")),
                H.el("p", H.a(SiteURL.apiIndicators.path, lang.t("Als JSON", "As JSON"))),
                H.table(
                    caption: lang.t("\(catalogue.count) indicatoren", "\(catalogue.count) indicators"),
                    headers: [
                        lang.t("Naam", "Name"), "Code", lang.t("Eenheid", "Unit"), lang.t("Richting", "Direction"),
                        lang.t("Fase", "Phase"), lang.t("Bron", "Source"), lang.t("Definitie", "Definition"),
                        lang.t("Vergelijken", "Compare")
                    ],
                    rows: rows)
            ])
    }
}
