import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum CoalitionIndexView {
    static func render(_ shell: PageShell, rows: [CoalitionIndexRow], year: Int, network: NetworkCache.Snapshot) -> Response {
        let lang = shell.lang
        return Layout.page(
            shell, title: lang.t("Coalities", "Coalitions"),
            [
                H.h1(lang.t("Coalities", "Coalitions")),
                H.p(
                    lang.t(
                        "De coalities die u mag inzien, met de minimale eisen en de stap waar zij staan (\(year)).",
                        "The coalitions you may view, with the minimum requirements and the step they are at (\(year)).")),
                rows.isEmpty
                    ? H.notice(lang.t("U hoort nog bij geen coalitie.", "You do not belong to a coalition yet."))
                    : H.table(
                        caption: lang.t("Coalities", "Coalitions"),
                        headers: [
                            lang.t("Coalitie", "Coalition"), lang.t("Soort", "Kind"), lang.t("Gebied", "Area"),
                            lang.t("Minimale eisen voldaan", "Minimum requirements met"), lang.t("Huidige stap", "Current step")
                        ],
                        rows: rows.map { row in
                            [
                                H.a(SiteURL.coalition(row.model.slug).path, row.model.name),
                                H.text(lang.t(row.work.coalition.kind.dutchName, row.work.coalition.kind.englishName)),
                                H.text(network.areaName(row.model.areaCode)),
                                H.text("\(row.met) / \(row.test.count)"),
                                H.text(
                                    row.step.current.map { lang.t($0.dutchName, $0.englishName) }
                                        ?? lang.t("alle stappen gezet", "all steps taken"))
                            ]
                        })
            ])
    }
}
