import Foundation
import Plot
import Vapor
import WiegCore

/// Pieces the network pages share.
enum NetworkBits {
    /// Under a latitude field: what to write and why.
    static func latitudeHint(_ lang: Lang) -> String {
        lang.t(
            "Graden met een punt, bijvoorbeeld 52.6967. Met breedte- en lengtegraad zien ouders hoe ver het is.",
            "Degrees with a point, e.g. 52.6967. With latitude and longitude, parents see how far away it is.")
    }

    static func freshness(_ verified: Date?, now: Date, lang: Lang) -> BodyNode {
        let f = Freshness.of(lastVerified: verified, now: now)
        let date = verified.map { NetworkDates.format($0) } ?? lang.t("nooit", "never")
        return H.el(
            "span", H.cls("freshness freshness-\(f.rawValue)"),
            H.text(f == .actueel ? date : "\(date): \(lang.t(f.dutchName, f.englishName))"))
    }

    static func phases(_ phases: [Phase], lang: Lang) -> String {
        phases.map { lang.t($0.dutchName, $0.englishName) }.joined(separator: ", ")
    }
}

extension NetworkBits {
    /// The municipality + need chooser shared by the zorgpaden and search pages.
    static func areaNeedForm(
        action: SiteURL, network: NetworkCache.Snapshot, municipality: String?, need: String?,
        lang: Lang, extra: [BodyNode] = []
    ) -> BodyNode {
        H.el(
            "form",
            [H.attr("method", "get"), H.attr("action", action.path), H.cls("filters")] + extra + [
                Forms.select(
                    lang.t("Gemeente", "Municipality"), name: "gemeente",
                    options: [("", lang.t("Alle gemeenten", "All municipalities"))] + network.municipalities.map { ($0.code, $0.name) },
                    selected: municipality ?? ""),
                Forms.select(
                    lang.t("Behoefte", "Need"), name: "behoefte",
                    options: [("", lang.t("Alle behoeften", "All needs"))] + network.needOptions(lang),
                    selected: need ?? ""),
                Forms.submit(lang.t("Tonen", "Show"))
            ])
    }
}
