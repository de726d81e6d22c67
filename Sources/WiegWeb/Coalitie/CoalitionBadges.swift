import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum CoalitionBadges {
    static func outcome(_ outcome: CriterionOutcome, lang: Lang) -> BodyNode {
        H.el("span", H.cls("badge badge-\(outcome.rawValue)"), H.text(lang.t(outcome.dutchName, outcome.englishName)))
    }

    static func status(_ status: ActivityStatus, lang: Lang) -> BodyNode {
        H.el("span", H.cls("badge badge-\(status.rawValue)"), H.text(lang.t(status.dutchName, status.englishName)))
    }

    static func quarters(_ quarters: [Quarter]) -> String { quarters.sorted().map(\.label).joined(separator: ", ") }
}
