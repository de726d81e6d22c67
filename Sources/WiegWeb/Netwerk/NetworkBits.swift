import Foundation
import Plot
import Vapor
import WiegCore

/// Pieces the network pages share.
enum NetworkBits {
    /// A phone number to tap (tel:), kept whole; "—" when there is none.
    static func phone(_ number: String?) -> BodyNode {
        guard let number, !number.isEmpty else { return H.text("—") }
        return H.el(
            "a", H.attr("href", "tel:" + number.filter { $0.isNumber || $0 == "+" }), H.cls("number"), H.text(number))
    }

    /// An e-mail address to tap (mailto:); "—" when there is none.
    static func email(_ address: String?) -> BodyNode {
        guard let address, !address.isEmpty, NetworkFields.isEmail(address) else { return H.text(address ?? "—") }
        return H.a("mailto:" + address, address)
    }

    /// A contact meant for professionals, marked as such, its number and address tappable.
    static func professionalContact(_ c: ProfessionalContact, lang: Lang) -> BodyNode {
        guard !c.isEmpty else { return .empty }
        let who = [c.name, c.role].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        var parts: [BodyNode] = [
            H.el("strong", H.text(lang.t("Voor professionals, niet voor ouders: ", "For professionals, not for parents: ")))
        ]
        if !who.isEmpty { parts.append(H.text(who)) }
        if let number = c.phone, !number.isEmpty { parts += [H.text(who.isEmpty ? "" : " · "), phone(number)] }
        if let address = c.email, !address.isEmpty { parts += [H.text(" · "), email(address)] }
        return H.el("p", [H.cls("meta contact-professional")] + parts)
    }

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
